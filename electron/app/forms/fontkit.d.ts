// fontkit ships no types; the app reads only the character set of the printing font.
declare module 'fontkit' {
  export interface Font {
    familyName: string;
    characterSet: number[];
  }
  export function create(buffer: Buffer): Font;
}
