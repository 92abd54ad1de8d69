import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * Canary for the internals of pdfmake 0.3 and its pdfkit that `shareParsedFonts` (electron/app/forms/renderPdf.ts)
 * replaces, so documents share fonts parsed once. Checked on the library alone, not through the app: an upgrade
 * that moves one of them fails here by name instead of printing slower, or without fonts, somewhere else.
 */
const require = createRequire(import.meta.url);
const pdfmakeDir = dirname(require.resolve('pdfmake/package.json'));
const pdfkitPath = createRequire(join(pdfmakeDir, 'js', 'PDFDocument.js')).resolve('pdfkit');
const versions = `pdfmake ${(require('pdfmake/package.json') as { version: string }).version}, pdfkit ${(require(join(dirname(pdfkitPath), '..', 'package.json')) as { version: string }).version}`;
const recheck = (what: string) =>
  `${versions}: ${what}. Re-read pdfmake/js/PDFDocument.js and Printer.js and pdfkit's FontsMixin and EmbeddedFont, then fix or drop shareParsedFonts in electron/app/forms/renderPdf.ts (test/integration/forms/sharedFonts.test.ts must still pass).`;

interface PdfKitFont {
  id: string;
  font: unknown;
  finalize(): void;
}
interface PdfMakeDocument {
  fontCache: Record<string, Record<string, PdfKitFont>>;
  _fontFamilies: Record<string, PdfKitFont>;
  _fontCount: number;
  getFontType(bold: boolean, italics: boolean): string;
  getFontFile(family: string, bold: boolean, italics: boolean): string | null;
  provideFont(family: string, bold: boolean, italics: boolean): PdfKitFont;
}
type DocumentClass = new (...args: never[]) => PdfMakeDocument;
type EmbeddedFontClass = new (document: PdfMakeDocument, font: fontkit.Font, id: string) => PdfKitFont;
interface PdfMakeServer {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: object): { getBuffer(): Promise<Buffer> };
}

const documentModule = require('pdfmake/js/PDFDocument') as { __esModule?: boolean; default: DocumentClass };
const original = documentModule.default;
afterEach(() => {
  documentModule.default = original;
});

/** pdfmake's own Roboto, so the canary needs nothing of the app's. */
const roboto = readFileSync(join(pdfmakeDir, 'fonts', 'Roboto', 'Roboto-Regular.ttf'));

function server(): PdfMakeServer {
  const pdfmake = require('pdfmake') as PdfMakeServer;
  pdfmake.virtualfs.writeFileSync('Roboto-Regular.ttf', roboto);
  pdfmake.setFonts({ Roboto: { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Regular.ttf', italics: 'Roboto-Regular.ttf', bolditalics: 'Roboto-Regular.ttf' } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  return pdfmake;
}

const definition = { content: [{ text: 'canary 0123' }], defaultStyle: { font: 'Roboto' } };

describe('pdfmake internals replaced by shareParsedFonts', () => {
  it('exports its pdfkit document class as a writable `default` of pdfmake/js/PDFDocument', () => {
    expect(documentModule.__esModule, recheck('pdfmake/js/PDFDocument is no longer a CommonJS module with __esModule')).toBe(true);
    expect(typeof original, recheck('pdfmake/js/PDFDocument has no default class')).toBe('function');
    expect(Object.getOwnPropertyDescriptor(documentModule, 'default')?.writable, recheck('its `default` can no longer be replaced')).toBe(true);
  });

  it('has getFontType(bold, italics), getFontFile(family, bold, italics) and provideFont(family, bold, italics)', () => {
    const prototype = original.prototype as unknown as Record<string, unknown>;
    const arities = Object.fromEntries(['getFontType', 'getFontFile', 'provideFont'].map((name) => [name, (prototype[name] as (() => void) | undefined)?.length]));
    expect(arities, recheck('the font methods of PDFDocument changed name or parameters')).toEqual({ getFontType: 2, getFontFile: 3, provideFont: 3 });
  });

  it('builds each document from the class in `default` at that moment, so replacing it takes effect', async () => {
    let made = 0;
    documentModule.default = class extends original {
      constructor(...args: never[]) {
        super(...args);
        made += 1;
      }
    };
    await server().createPdf(definition).getBuffer();
    expect(made, recheck("pdfmake's Printer no longer reads PDFDocument's `default` when it makes a document")).toBe(1);
  });

  it('lets a subclass serve provideFont with its own pdfkit EmbeddedFont over a shared fontkit font, embedded at the end', async () => {
    const shared = fontkit.create(roboto) as fontkit.Font;
    const seen: Record<string, unknown> = {};
    let served: PdfKitFont | undefined;
    let finalized = 0;
    documentModule.default = class extends original {
      override provideFont(family: string, bold: boolean, italics: boolean): PdfKitFont {
        seen.types = [this.getFontType(false, false), this.getFontType(true, false), this.getFontType(false, true), this.getFontType(true, true)];
        seen.file = this.getFontFile(family, bold, italics);
        seen.unknownFile = this.getFontFile('NoSuchFamily', false, false);
        seen.shapes = { fontCache: typeof this.fontCache, fontFamilies: typeof this._fontFamilies, fontCount: typeof this._fontCount };
        const type = this.getFontType(bold, italics);
        const cached = (this.fontCache[family] ??= {});
        if (!cached[type]) {
          // As the app does: pdfkit's EmbeddedFont is not exported, a font made the usual way names its class.
          const usual = super.provideFont(family, bold, italics);
          seen.cachedByPdfmake = cached[type] === usual;
          const EmbeddedFont = (usual as object).constructor as EmbeddedFontClass;
          const font = new EmbeddedFont(this, shared, `F${++this._fontCount}`);
          seen.font = { id: font.id, sharesFontkitFont: font.font === shared, finalize: typeof font.finalize };
          const finalize = font.finalize.bind(font);
          font.finalize = () => {
            finalized += 1;
            finalize();
          };
          this._fontFamilies[font.id] = font;
          cached[type] = served = font;
        }
        return cached[type];
      }
    };
    const pdf = (await server().createPdf(definition).getBuffer()).toString('latin1');

    expect(seen.types, recheck('getFontType no longer names the four styles')).toEqual(['normal', 'bold', 'italics', 'bolditalics']);
    expect(seen.file, recheck('getFontFile no longer answers the file named in setFonts')).toBe('Roboto-Regular.ttf');
    expect(seen.unknownFile, recheck('getFontFile no longer answers null for an unknown family')).toBeNull();
    expect(seen.shapes, recheck("pdfkit's document no longer keeps fontCache, _fontFamilies and _fontCount")).toEqual({ fontCache: 'object', fontFamilies: 'object', fontCount: 'number' });
    expect(seen.cachedByPdfmake, recheck("pdfmake's provideFont no longer caches in fontCache[family][type]")).toBe(true);
    expect(seen.font, recheck("pdfkit's EmbeddedFont is no longer (document, fontkit font, id)")).toEqual({ id: served?.id, sharesFontkitFont: true, finalize: 'function' });
    expect(finalized, recheck('a font listed in _fontFamilies is no longer embedded when the document ends')).toBe(1);
    expect(pdf, recheck("the page's text no longer uses the font provideFont answered")).toContain(`/${served?.id} `);
  });

  it('has pdfkit parse with the same fontkit package the app parses the print fonts with', () => {
    const fontkitOfPdfkit = createRequire(pdfkitPath).resolve('fontkit');
    expect(dirname(fontkitOfPdfkit), recheck('pdfkit now brings its own fontkit, whose fonts may differ from the ones the app shares')).toBe(dirname(require.resolve('fontkit')));
  });
});
