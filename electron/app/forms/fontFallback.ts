import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { covers, missingGlyphMarkers } from '../../../shared/domain/glyphCoverage';
import type { PrintFace, PrintFonts } from './fonts';

/**
 * Every text of a document is printed in the first face of the chain that has its characters: a run the first
 * face lacks (𠮷) becomes an inline of its own in the next face that has it, inheriting every other style. The
 * visible marker of a character no face has (〔U+20BB7〕, from textGuard.ts) is one unbreakable inline, so a line
 * never splits it. Applied once, just before rendering (renderPdf.ts), to content, header and footer alike.
 */
type Inline = string | { text: string; font?: string; noWrap?: boolean };

function faceOf(faces: readonly PrintFace[], codePoint: number): PrintFace | undefined {
  return faces.find((face) => covers(face.coverage, codePoint));
}

/** The text cut into runs of one face each; runs of the first face stay plain strings (the inherited font). */
export function fontRuns(faces: readonly PrintFace[], text: string): Inline[] {
  const runs: Inline[] = [];
  // split() with a capturing pattern keeps the markers, at the odd places.
  for (const [index, part] of text.split(missingGlyphMarkers).entries()) {
    if (part === '') continue;
    if (index % 2 === 1) {
      runs.push({ text: part, noWrap: true });
      continue;
    }
    let current: PrintFace | undefined = faces[0];
    let run = '';
    const flush = () => {
      if (run) runs.push(current === faces[0] ? run : { text: run, font: current!.name });
      run = '';
    };
    for (const char of part) {
      // A character no face has keeps the run it is in (textGuard has already marked what a clerk typed).
      const face = faceOf(faces, char.codePointAt(0)!) ?? current;
      if (face !== current) {
        flush();
        current = face;
      }
      run += char;
    }
    flush();
  }
  return runs;
}

function needsSplitting(faces: readonly PrintFace[], text: string): boolean {
  if (text.includes('〔U+')) return true;
  for (const char of text) if (char.codePointAt(0)! > 0x7f && !covers(faces[0]!.coverage, char.codePointAt(0)!)) return true;
  return false;
}

function inlines(faces: readonly PrintFace[], text: unknown): unknown {
  if (typeof text === 'string') {
    if (!needsSplitting(faces, text)) return text;
    const runs = fontRuns(faces, text);
    return runs.length === 1 && typeof runs[0] === 'string' ? runs[0] : runs;
  }
  // A string cut into runs is spread in place: pdfmake reads only objects and strings in a text array.
  if (Array.isArray(text)) return text.flatMap((item) => (typeof item === 'string' ? [inlines(faces, item)].flat() : [node(faces, item)]));
  return text;
}

/** A content node with its texts split, everything else kept as it was. */
function node(faces: readonly PrintFace[], content: unknown): unknown {
  if (typeof content === 'string') {
    const split = inlines(faces, content);
    return split === content ? content : { text: split };
  }
  if (Array.isArray(content)) return content.map((item) => node(faces, item));
  if (!content || typeof content !== 'object') return content;
  const value = content as Record<string, unknown>;
  const result: Record<string, unknown> = { ...value };
  if ('text' in value) result.text = inlines(faces, value.text);
  for (const key of ['stack', 'columns', 'ul', 'ol'] as const) if (Array.isArray(value[key])) result[key] = node(faces, value[key]);
  if (value.table && typeof value.table === 'object') {
    const table = value.table as { body: unknown[][] };
    result.table = { ...table, body: table.body.map((row) => row.map((cell) => node(faces, cell))) };
  }
  return result;
}

type Margin = (currentPage: number, pageCount: number, pageSize: unknown) => Content;

export function withFallbackFonts(definition: TDocumentDefinitions, fonts: PrintFonts): TDocumentDefinitions {
  const { faces } = fonts;
  const framed = (part: unknown) =>
    typeof part === 'function' ? ((...args: Parameters<Margin>) => node(faces, (part as Margin)(...args))) : node(faces, part);
  return {
    ...definition,
    content: node(faces, definition.content) as Content,
    ...(definition.header ? { header: framed(definition.header) as TDocumentDefinitions['header'] } : {}),
    ...(definition.footer ? { footer: framed(definition.footer) as TDocumentDefinitions['footer'] } : {}),
  };
}
