import { describe, expect, it } from 'vitest';
import { covers, findMissingGlyphs, missingGlyphPlaceholder, toRanges } from '../../../shared/domain/glyphCoverage';

// A tiny font: ASCII letters a–z and 王 (U+738B) 堃 (U+5803).
const ranges = toRanges([...Array.from({ length: 26 }, (_, i) => 0x61 + i), 0x5803, 0x738b].sort((a, b) => a - b));

describe('toRanges', () => {
  it('collapses consecutive code points into inclusive ranges', () => {
    expect(toRanges([1, 2, 3, 7, 9, 10])).toEqual([
      [1, 3],
      [7, 7],
      [9, 10],
    ]);
  });

  it('answers no ranges for no code points', () => {
    expect(toRanges([])).toEqual([]);
  });

  it('builds the ranges of the tiny font', () => {
    expect(ranges).toEqual([
      [0x61, 0x7a],
      [0x5803, 0x5803],
      [0x738b, 0x738b],
    ]);
  });
});

describe('covers', () => {
  it('finds code points at both ends and inside a range', () => {
    expect(covers(ranges, 0x61)).toBe(true);
    expect(covers(ranges, 0x6d)).toBe(true);
    expect(covers(ranges, 0x7a)).toBe(true);
    expect(covers(ranges, 0x738b)).toBe(true);
  });

  it('misses code points between and outside the ranges', () => {
    expect(covers(ranges, 0x60)).toBe(false);
    expect(covers(ranges, 0x7b)).toBe(false);
    expect(covers(ranges, 0x5804)).toBe(false);
    expect(covers(ranges, 0x20bb7)).toBe(false);
    expect(covers([], 0x61)).toBe(false);
  });
});

describe('findMissingGlyphs', () => {
  it('lists each missing character once, in order of first appearance', () => {
    expect(findMissingGlyphs(ranges, 'wang王堃 李犇李 𠮷x')).toEqual(['李', '犇', '𠮷']);
  });

  it('treats a character outside the BMP as one character', () => {
    expect(findMissingGlyphs(ranges, '𠮷')).toEqual(['𠮷']);
  });

  it('skips whitespace and control characters, which need no glyph', () => {
    expect(findMissingGlyphs(ranges, ' \t\r\n\u00a0\u3000\u007f')).toEqual([]);
  });

  it('answers nothing for covered text', () => {
    expect(findMissingGlyphs(ranges, 'wang王堃')).toEqual([]);
  });
});

describe('missingGlyphPlaceholder', () => {
  it('prints the code point in upper-case hex between brackets', () => {
    expect(missingGlyphPlaceholder('𠮷')).toBe('〔U+20BB7〕');
    expect(missingGlyphPlaceholder('犇')).toBe('〔U+7287〕');
  });
});
