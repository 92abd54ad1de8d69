import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PrintFonts } from './fonts';
import { withFallbackFonts } from './fontFallback';
import { framedDefinition, type PrintDefinition } from './pageFrame';
import { drawQrCodesInRuns } from './qrRuns';
import { formTableLayouts } from './tableLayouts';

/** The slice of pdfmake 0.3's server API the app uses (its published types still describe 0.2). */
interface PdfMakeServer {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  addTableLayouts(layouts: Record<string, unknown>): void;
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

/** pdfmake's pdfkit document, as far as fonts go (pdfmake/js/PDFDocument.js, pdfkit's FontsMixin). */
interface PdfKitFont {
  id: string;
  /** What fontkit shaped, by text (pdfkit's; absent when a document turns the cache off). */
  layoutCache?: Record<string, unknown>;
}
interface PdfMakeDocument {
  fontCache: Record<string, Record<string, PdfKitFont>>;
  _fontFamilies: Record<string, PdfKitFont>;
  _fontCount: number;
  _font: PdfKitFont | null;
  getFontType(bold: boolean, italics: boolean): string;
  getFontFile(family: string, bold: boolean, italics: boolean): string | null;
  provideFont(family: string, bold: boolean, italics: boolean): PdfKitFont;
  font(src: Buffer): PdfMakeDocument;
}
type PdfMakeDocumentClass = new (...args: never[]) => PdfMakeDocument;
type EmbeddedFontClass = new (document: PdfMakeDocument, font: fontkit.Font, id: string) => PdfKitFont;

export const printFontName = 'NotoSansSC';

let pdfmake: PdfMakeServer | undefined;

/**
 * pdfkit parses a font file anew for every document (fontkit.create): for the 10 MB CJK fonts, decoding the
 * metrics, cmap and layout tables again and re-measuring every word cost a third of a form's time and left
 * megabytes of garbage per print. Here pdfmake's document class is replaced by one that embeds the print
 * fonts from fontkit fonts parsed once per process (one per file, read by the first document).
 * Each document still gets its own pdfkit font (its own subset, widths and ToUnicode map); only the parsed
 * font, which pdfkit only reads, is shared. Rendering is synchronous per call, so documents never interleave
 * on it. A family not served here (none today) falls back to pdfmake's own loading.
 */
function shareParsedFonts(require: NodeJS.Require, files: Map<string, Buffer>): void {
  const documentModule = require('pdfmake/js/PDFDocument') as { default: PdfMakeDocumentClass };
  const Base = documentModule.default;
  let EmbeddedFont: EmbeddedFontClass | undefined;
  class SharedFontDocument extends Base {
    override provideFont(family: string, bold: boolean, italics: boolean): PdfKitFont {
      const file = this.getFontFile(family, bold, italics);
      const buffer = file === null ? undefined : files.get(file);
      if (!buffer) return super.provideFont(family, bold, italics);
      const type = this.getFontType(bold, italics);
      const cached = (this.fontCache[family] ??= {});
      if (!cached[type]) {
        // pdfkit's EmbeddedFont is not exported: the first font it makes the usual way names the class.
        EmbeddedFont ??= (super.provideFont(family, bold, italics) as object).constructor as EmbeddedFontClass;
        const parsedFace = parsedFont(buffer);
        const font = new EmbeddedFont(this, parsedFace, `F${++this._fontCount}`);
        if (font.layoutCache) font.layoutCache = sharedLayouts(parsedFace);
        // Listed like pdfkit's own fonts, so the document embeds it when it ends.
        this._fontFamilies[font.id] = font;
        cached[type] = font;
      }
      return cached[type];
    }
  }
  documentModule.default = SharedFontDocument;
}

const parsed = new WeakMap<Buffer, fontkit.Font>();

/**
 * pdfmake measures CJK text a character or a word at a time, and pdfkit shapes each piece with fontkit once per
 * document: the same few thousand characters and labels, shaped again for every form (a tenth of its time). Shaped
 * pieces depend only on the parsed font (pdfkit scales them by its units per em, never by the size) and are only
 * read once made, so the documents of a process share them, a few hundred documents at a time: a month's dates
 * and numbers would otherwise grow it for as long as the process lives.
 */
const layouts = new WeakMap<fontkit.Font, { pieces: Record<string, unknown>; documents: number }>();
/** Documents that share one cache before it starts again: a form adds its few dozen own numbers and dates. */
const documentsPerLayoutCache = 500;
function sharedLayouts(font: fontkit.Font): Record<string, unknown> {
  let cache = layouts.get(font);
  if (!cache || cache.documents >= documentsPerLayoutCache) layouts.set(font, (cache = { pieces: Object.create(null) as Record<string, unknown>, documents: 0 }));
  cache.documents += 1;
  return cache.pieces;
}

/** The fontkit font of a font file's bytes, parsed once and kept as long as the bytes are. */
export function parsedFont(buffer: Buffer): fontkit.Font {
  let font = parsed.get(buffer);
  if (!font) parsed.set(buffer, (font = keepGlyphOutlines(fontkit.create(buffer))));
  return font;
}

/** fontkit's font and glyphs as far as a subset reads them (TTFGlyph._decode: the outline it copies into the PDF). */
interface OutlinedFont {
  getGlyph(id: number, codePoints?: number[]): OutlinedGlyph | null;
}
interface OutlinedGlyph {
  _decode(): unknown;
}

/**
 * pdfkit's subset decodes every glyph it embeds, every point of it, for every document (a tenth of a form's time).
 * A glyph's outline never changes in a static font, so each glyph is decoded once in a process.
 */
function keepGlyphOutlines(font: fontkit.Font): fontkit.Font {
  const outlined = font as unknown as OutlinedFont;
  const getGlyph = outlined.getGlyph.bind(font);
  outlined.getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints);
    // fontkit keeps one glyph object per id; its own `_decode` marks one already kept.
    if (glyph && !Object.hasOwn(glyph, '_decode')) {
      const decode = glyph._decode.bind(glyph);
      let outline: { data: unknown } | undefined;
      glyph._decode = () => (outline ??= { data: decode() }).data;
    }
    return glyph;
  };
  return font;
}

function printer(fonts: PrintFonts): PdfMakeServer {
  if (pdfmake) return pdfmake;
  const require = createRequire(import.meta.url);
  pdfmake = require('pdfmake') as PdfMakeServer;
  const files = new Map(fonts.faces.flatMap((face) => [[`${face.name}-Regular.ttf`, readFileSync(face.files.regular)], [`${face.name}-Bold.ttf`, readFileSync(face.files.bold)]] as const));
  // Fonts go into pdfmake's in-memory file system once (the same buffers, not copies); documents may not
  // reach the disk or the network.
  for (const [name, buffer] of files) pdfmake.virtualfs.writeFileSync(name, buffer);
  shareParsedFonts(require, files);
  drawQrCodesInRuns(require);
  pdfmake.setFonts(
    Object.fromEntries(
      fonts.faces.map(({ name }) => [
        name,
        { normal: `${name}-Regular.ttf`, bold: `${name}-Bold.ttf`, italics: `${name}-Regular.ttf`, bolditalics: `${name}-Bold.ttf` },
      ]),
    ),
  );
  // The tables name their layouts (tableLayouts.ts), so definitions carry no callbacks.
  pdfmake.addTableLayouts(formTableLayouts);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  return pdfmake;
}

/**
 * The SVG renderer opens fonts by file path and cannot see pdfmake's in-memory ones: it warns and keeps the page's
 * font, the CJK print font, which is what the charts want. The warning is dropped here, where the document is
 * rendered, so a definition holds no callback for it.
 */
function quietSvgs(content: unknown): unknown {
  if (Array.isArray(content)) return content.map(quietSvgs);
  if (!content || typeof content !== 'object') return content;
  const node = content as Record<string, unknown>;
  if (typeof node.svg === 'string') return { ...node, options: { ...(node.options as object), warningCallback: () => undefined } };
  const result: Record<string, unknown> = { ...node };
  for (const key of ['stack', 'columns'] as const) if (Array.isArray(node[key])) result[key] = quietSvgs(node[key]);
  return result;
}

/** The PDF of a definition: its page frame drawn (pageFrame.ts), each text in the first font that has it. */
export async function renderPdf(fonts: PrintFonts, definition: PrintDefinition): Promise<Buffer> {
  const framed = framedDefinition({ ...definition, content: quietSvgs(definition.content) as PrintDefinition['content'] });
  return printer(fonts).createPdf(withFallbackFonts(framed, fonts)).getBuffer();
}
