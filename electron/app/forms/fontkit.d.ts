// fontkit ships no types; the app reads the character set of the printing font and hands the font to pdfkit.
declare module 'fontkit' {
  export interface Font {
    familyName: string;
    characterSet: number[];
  }
  export function create(buffer: Buffer): Font;
}
