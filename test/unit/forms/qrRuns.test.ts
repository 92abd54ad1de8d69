import { describe, expect, it } from 'vitest';
import { joinRows } from '../../../electron/app/forms/qrRuns';

const square = (x: number, y: number, color = '#000', size = 2) => ({ type: 'rect' as const, x, y, w: size, h: size, lineWidth: 0, color });

describe('a QR code drawn in runs', () => {
  it('joins the dark modules of a row that touch, and only those', () => {
    const background = { ...square(0, 0, '#fff'), w: 10, h: 10 };
    const squares = [background, square(0, 0), square(2, 0), square(4, 0), square(8, 0), square(0, 2), square(2, 4), square(4, 4)];
    expect(joinRows(squares)).toEqual([
      background,
      { ...square(0, 0), w: 6 },
      square(8, 0),
      square(0, 2),
      { ...square(2, 4), w: 4 },
    ]);
  });

  it('keeps the background apart from a dark module where it ends, and leaves its input as it was', () => {
    const squares = [{ ...square(0, 0, '#fff'), w: 4 }, square(4, 0)];
    const before = structuredClone(squares);
    expect(joinRows(squares)).toEqual(squares);
    expect(squares).toEqual(before);
  });
});
