import { createRequire } from 'node:module';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PrintFonts } from './fonts';

/** The slice of pdfmake 0.3's server API the app uses (its published types still describe 0.2). */
interface PdfMakeServer {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

export const printFontName = 'NotoSansSC';

let pdfmake: PdfMakeServer | undefined;

function printer(fonts: PrintFonts): PdfMakeServer {
  if (pdfmake) return pdfmake;
  pdfmake = createRequire(import.meta.url)('pdfmake') as PdfMakeServer;
  // Fonts go into pdfmake's in-memory file system once; documents may not reach the disk or the network.
  pdfmake.virtualfs.writeFileSync('NotoSansSC-Regular.ttf', fonts.regular);
  pdfmake.virtualfs.writeFileSync('NotoSansSC-Bold.ttf', fonts.bold);
  pdfmake.setFonts({
    [printFontName]: {
      normal: 'NotoSansSC-Regular.ttf',
      bold: 'NotoSansSC-Bold.ttf',
      italics: 'NotoSansSC-Regular.ttf',
      bolditalics: 'NotoSansSC-Bold.ttf',
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  return pdfmake;
}

export async function renderPdf(fonts: PrintFonts, definition: TDocumentDefinitions): Promise<Buffer> {
  return printer(fonts).createPdf(definition).getBuffer();
}
