import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDataDir } from '../../helpers/testApp';
import { sheetSource } from '../../../electron/app/imports/sheetRows';

/**
 * A large sheet is read in chunks of the unzipped XML; a Chinese character (three bytes in UTF-8) cut by a chunk's
 * end must still arrive whole — exceljs on its own decodes each chunk apart and turned such a character into “�”.
 */
describe('reading a large sheet', () => {
  let files: ReturnType<typeof tempDataDir>;
  beforeEach(() => {
    files = tempDataDir('taizhang-import-large-');
  });
  afterEach(() => files.remove());

  const rows = 3000;
  const textOf = (index: number) => `第${index}条:楼道灯不亮,业主反映电梯厅墙面渗水发霉${'维修处理'.repeat(index % 7)}`;

  for (const useSharedStrings of [false, true]) {
    it(`keeps every character whole (${useSharedStrings ? 'shared strings, as Excel saves' : 'inline strings'})`, async () => {
      const file = join(files.dir, `large-${useSharedStrings}.xlsx`);
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings, useStyles: false });
      const sheet = workbook.addWorksheet('投诉台账');
      sheet.addRow(['投诉编号', '投诉内容']).commit();
      for (let index = 1; index <= rows; index += 1) sheet.addRow([`OLD-${index}`, textOf(index)]).commit();
      sheet.commit();
      await workbook.commit();

      const read: string[] = [];
      for await (const row of sheetSource(file).rows(null)) if (row.row > 1) read.push(String(row.cells[1]));
      expect(read).toHaveLength(rows);
      const damaged = read.map((text, index) => ({ text, expected: textOf(index + 1) })).filter(({ text, expected }) => text !== expected);
      expect(damaged.slice(0, 3)).toEqual([]);
    });
  }
});
