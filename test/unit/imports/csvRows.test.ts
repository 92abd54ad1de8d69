import { describe, expect, it } from 'vitest';
import { csvRows, decodeCsv } from '../../../electron/app/imports/csvRows';

describe('CSV files as Chinese Windows saves them', () => {
  it('reads GBK (Excel’s “CSV (逗号分隔)”), UTF-8 with or without a byte-order mark, and UTF-16', () => {
    // 房号,业主 in GBK.
    const gbk = Buffer.from([0xb7, 0xbf, 0xba, 0xc5, 0x2c, 0xd2, 0xb5, 0xd6, 0xf7]);
    expect(decodeCsv(gbk)).toBe('房号,业主');
    expect(decodeCsv(Buffer.from('\ufeff房号,业主'))).toBe('房号,业主');
    expect(decodeCsv(Buffer.from('房号,业主'))).toBe('房号,业主');
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('房号\t业主', 'utf16le')]))).toBe('房号\t业主');
  });

  it('keeps quoted commas, line breaks and doubled quotes, numbering rows by the line each starts on', () => {
    const rows = [...csvRows('a,b\r\n"x, y","line1\nline2"\n"say ""hi""",\n')];
    expect(rows).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['x, y', 'line1\nline2'] },
      { row: 4, cells: ['say "hi"', ''] },
    ]);
    expect([...csvRows('房号\t业主\n3-1-1502\t陈喆')]).toEqual([
      { row: 1, cells: ['房号', '业主'] },
      { row: 2, cells: ['3-1-1502', '陈喆'] },
    ]);
  });
});
