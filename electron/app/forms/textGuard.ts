import { findMissingGlyphs, missingGlyphPlaceholder, type CodePointRanges } from '../../../shared/domain/glyphCoverage';

/**
 * Every text that goes onto a form passes through here: a character the font lacks is printed as a visible
 * placeholder (〔U+20BB7〕) instead of a silent blank, and reported back to the clerk.
 */
export function createTextGuard(coverage: CodePointRanges) {
  const missing = new Set<string>();
  return {
    text(value: string | null | undefined): string {
      if (!value) return '';
      const absent = findMissingGlyphs(coverage, value);
      if (absent.length === 0) return value;
      absent.forEach((char) => missing.add(char));
      let printable = value;
      for (const char of absent) printable = printable.split(char).join(missingGlyphPlaceholder(char));
      return printable;
    },
    missing: (): string[] => [...missing],
  };
}
export type TextGuard = ReturnType<typeof createTextGuard>;
