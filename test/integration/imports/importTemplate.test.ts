import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestOffice, tempDataDir, type TestOffice } from '../../helpers/testApp';
import { importFile } from '../../helpers/imports';

/** Each kind's template: its headers and notes, and, filled in as an office would, imported as it is. */
describe('import templates', () => {
  let office: TestOffice;
  let files: ReturnType<typeof tempDataDir>;
  beforeEach(async () => {
    office = await openTestOffice();
    files = tempDataDir('taizhang-import-template-');
  });
  afterEach(async () => {
    await office.close();
    files.remove();
  });

  it('offers a template for every kind, rooms first, with a notes sheet', async () => {
    const kinds = await office.asSupervisor.call('imports.kinds', {});
    expect(kinds.map((kind) => kind.label)).toEqual(['房屋与业主', '业主投诉', '客户报修', '来电登记', '收据、发票遗失声明']);
    for (const kind of kinds) {
      const template = await office.asSupervisor.call('imports.template', { kind: kind.kind });
      expect(template.fileName).toBe(`${kind.label}导入模板.xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(template.contentBase64!, 'base64') as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([kind.label.slice(0, 31), '填写说明']);
      const headers = (workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
      expect(headers).toEqual(kind.fields.map((field) => (field.required ? `*${field.label}` : field.label)));
      expect(workbook.worksheets[1]!.rowCount).toBe(kind.fields.length + 1);
    }
  });

  it('imports the complaint template filled in, its starred headers matched without help', async () => {
    const template = await office.asSupervisor.call('imports.template', { kind: 'complaints' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template.contentBase64!, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const column = (label: string) => (sheet.getRow(1).values as unknown[]).findIndex((value) => String(value).replace(/^\*/, '') === label);
    const row = sheet.getRow(2);
    row.getCell(column('投诉时间')).value = '2026/11/20 09:30';
    row.getCell(column('房号')).value = '3-1-1502';
    row.getCell(column('投诉人')).value = '陈喆';
    row.getCell(column('联系电话')).value = '13912345678';
    row.getCell(column('投诉内容')).value = '电梯按钮失灵';
    row.commit();
    const file = join(files.dir, '业主投诉导入模板.xlsx');
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    const { check, imported } = await importFile(office.asSupervisor, file, 'complaints');
    expect(check.counts).toEqual({ rows: 1, ready: 1, skipped: 0, failed: 0 });
    expect(imported?.state).toBe('done');
    expect((await office.app.call('complaints.list', {})).items).toMatchObject([{ number: 'TS-202611-0001', receivedAt: '2026-11-20T09:30:00', category: 'other', severity: 'general', status: 'accepted', roomLabel: '3-1-1502' }]);
  });
});
