/**
 * Which characters the printing font can draw. The main process reads the ranges from the font once;
 * the renderer uses the same ranges to flag a character while it is typed, so nothing prints as a silent blank.
 */
export type CodePointRanges = ReadonlyArray<readonly [number, number]>;

/** Whitespace and control characters never need a glyph. */
function needsGlyph(codePoint: number): boolean {
  return codePoint > 0x20 && !(codePoint >= 0x7f && codePoint <= 0xa0) && codePoint !== 0x3000;
}

export function covers(ranges: CodePointRanges, codePoint: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = ranges[middle]!;
    if (codePoint < start) high = middle - 1;
    else if (codePoint > end) low = middle + 1;
    else return true;
  }
  return false;
}

/** The distinct characters of `text` the font cannot draw, in order of first appearance. */
export function findMissingGlyphs(ranges: CodePointRanges, text: string): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (needsGlyph(codePoint) && !covers(ranges, codePoint)) missing.add(char);
  }
  return [...missing];
}

/** How a missing character is printed: visibly, with its code point, so a reader knows something is there. */
export function missingGlyphPlaceholder(char: string): string {
  return `〔U+${char.codePointAt(0)!.toString(16).toUpperCase()}〕`;
}

/** The markers in a printed text, captured (for split()). */
export const missingGlyphMarkers = /(〔U\+[0-9A-F]{4,6}〕)/;

/** Collapse a sorted list of code points into inclusive ranges. */
export function toRanges(sortedCodePoints: Iterable<number>): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const codePoint of sortedCodePoints) {
    const last = ranges[ranges.length - 1];
    if (last && codePoint === last[1] + 1) last[1] = codePoint;
    else ranges.push([codePoint, codePoint]);
  }
  return ranges;
}
