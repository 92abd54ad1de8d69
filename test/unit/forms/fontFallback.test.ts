import { describe, expect, it } from 'vitest';
import { fontRuns, withFallbackFonts } from '../../../electron/app/forms/fontFallback';
import type { PrintFace, PrintFonts } from '../../../electron/app/forms/fonts';
import { toRanges } from '../../../shared/domain/glyphCoverage';

// Two tiny faces: the first has ASCII, 王 and 祥云; the second also 𠮷.
const face = (name: string, codePoints: number[]): PrintFace => ({
  name,
  family: name,
  files: { regular: '', bold: '' },
  coverage: toRanges([...codePoints].sort((a, b) => a - b)),
});
const ascii = Array.from({ length: 95 }, (_, i) => 0x20 + i);
const first = face('SC', [...ascii, 0x738b, 0x7965, 0x4e91]);
const second = face('JP', [...ascii, 0x20bb7]);
const fonts: PrintFonts = { family: 'SC + JP', faces: [first, second], coverage: toRanges([]), license: '', fingerprint: '' };

describe('fontRuns', () => {
  it('keeps a text the first face has as one plain string', () => {
    expect(fontRuns(fonts.faces, '王祥云')).toEqual(['王祥云']);
  });

  it('prints a character only the second face has in that face, the rest in the first', () => {
    expect(fontRuns(fonts.faces, '𠮷祥云')).toEqual([{ text: '𠮷', font: 'JP' }, '祥云']);
    expect(fontRuns(fonts.faces, '王𠮷𠮷云')).toEqual(['王', { text: '𠮷𠮷', font: 'JP' }, '云']);
  });

  it('keeps the marker of a character no face has in one piece that a line never breaks', () => {
    expect(fontRuns(fonts.faces, '王〔U+2A6A5〕云')).toEqual(['王', { text: '〔U+2A6A5〕', noWrap: true }, '云']);
  });
});

describe('withFallbackFonts', () => {
  it('splits texts wherever the document has them: content, tables, columns, header and footer', () => {
    const definition = withFallbackFonts(
      {
        content: [
          '𠮷祥云',
          { text: ['投诉人:', { text: '𠮷祥云', bold: true }] },
          { table: { body: [[{ text: '𠮷' }, '王']] } },
          { columns: [{ stack: ['𠮷'] }] },
        ],
        header: () => ({ text: '𠮷' }),
        footer: (page: number) => ({ text: `第 ${page} 页` }),
      },
      fonts,
    );
    const json = JSON.stringify(definition.content);
    expect(json.match(/"font":"JP"/g)).toHaveLength(4);
    expect((definition.header as () => unknown)()).toEqual({ text: [{ text: '𠮷', font: 'JP' }] });
    expect((definition.footer as (page: number) => unknown)(2)).toEqual({ text: '第 2 页' });
  });
});
