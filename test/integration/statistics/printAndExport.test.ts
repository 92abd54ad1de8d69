import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStatisticsFixture, type StatisticsFixture } from '../../helpers/statisticsFixture';
import { pdfPageTexts, pdfText, pdfWordSizes, scanPages } from '../../helpers/pdf';
import { CallError } from '../../../shared/contract/errors';

let fixture: StatisticsFixture;

beforeAll(async () => {
  fixture = await openStatisticsFixture();
}, 60_000);
afterAll(() => fixture?.office.close());

function readPdf(base64: string, name: string): string {
  const file = join(fixture.office.dataDir, name);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return pdfText(file).replace(/[ \t]+/g, ' ');
}

async function workbook(base64: string | null): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64!, 'base64') as unknown as ArrayBuffer);
  return book;
}

const cells = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

describe('the printed report', () => {
  it('prints an A4 PDF with the office, the period, the figures, the charts and the 制表/审核 lines', async () => {
    const printed = await fixture.office.asClerk.call('statistics.print', { from: '2026-10' });
    expect(printed.fileName).toBe('客户投诉处理统计分析报告-2026-10.pdf');
    const text = readPdf(printed.pdfBase64, 'report.pdf');
    expect(text).toContain('客户投诉处理统计分析报告');
    expect(text).toContain('安居物业服务有限公司 锦绣花园管理处');
    expect(text).toContain('统计期间:2026年10月');
    expect(text).toContain('上期 2026年09月');
    expect(text).toMatch(/投诉总数 6 1 \+5 1 \+5/);
    expect(text).toMatch(/按时办结率 66\.7% 100\.0% −33\.3 个百分点 0\.0% \+66\.7 个百分点/);
    expect(text).toMatch(/超期 2 0 \+2 1 \+1/);
    expect(text).toMatch(/循环往复处理 1 0 \+1 0 \+1/);
    expect(text).toContain('陈* 139****5678');
    expect(text).not.toContain('13912345678');
    expect(text).toContain('制表:');
    expect(text).toContain('审核:');
    // The charts are vector drawings with their own text: the trend chart's title is on the page.
    expect(text).toContain('近 12 个月趋势');
  });

  it('carries the frame of the forms on every page, nothing below 9 pt, and dated 制表/审核 lines with the last table', async () => {
    const printed = await fixture.office.asClerk.call('statistics.print', { from: '2026-10' });
    const file = join(fixture.office.dataDir, 'framed.pdf');
    writeFileSync(file, Buffer.from(printed.pdfBase64, 'base64'));
    const pages = pdfPageTexts(file);
    pages.forEach((page, index) => {
      const flat = page.replace(/\s+/g, '');
      expect(flat, `p${index + 1}`).toContain('客户投诉处理统计分析报告');
      expect(flat, `p${index + 1}`).toContain('编号:TJ-202610');
      expect(flat, `p${index + 1}`).toContain('第0版');
      expect(flat, `p${index + 1}`).toContain('管理处代码:JX01');
      expect(flat, `p${index + 1}`).toContain(`第${index + 1}页共${pages.length}页`);
    });
    const last = pages.at(-1)!.replace(/\s+/g, '');
    expect(last).toMatch(/制表:年月日审核:年月日/);
    // The signatures share their page with a table, never alone.
    expect(last).toContain('项目');
    const smallest = pdfWordSizes(file).reduce((min, word) => (word.size < min.size ? word : min));
    expect(smallest.size, smallest.word).toBeGreaterThanOrEqual(8.95);
    expect(scanPages(file, fixture.office.dataDir).map((codes) => codes.join())).toEqual(pages.map(() => 'TAIZHANG:JX01:statisticsReport:TJ-202610:R0'));
  });
});

describe('the report in Excel', () => {
  it('has one sheet per table with Chinese headers and masked phones', async () => {
    const exported = await fixture.office.asClerk.call('statistics.exportXlsx', { from: '2026-10' });
    expect(exported.savedTo).toBeNull();
    const book = await workbook(exported.contentBase64);
    const names = book.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(['投诉概况', '按投诉分类', '投诉处理情况', '各部门按时办结率', '重复投诉人(2 次及以上)', '近12个月趋势']));
    const overview = book.getWorksheet('投诉概况')!;
    expect(cells(overview, 2)).toEqual(['项目', '本期', '上期', '较上期', '去年同期', '较去年同期']);
    expect(cells(overview, 3)).toEqual(['投诉总数', 6, 1, 5, 1, 5]);
    const repeat = book.getWorksheet('重复投诉人(2 次及以上)')!;
    expect(cells(repeat, 2)).toEqual(['项目', '本期']);
    expect(cells(repeat, 3)).toEqual(['陈* 139****5678', 3]);
  });
});

describe('list exports', () => {
  it('export the complaint list under its current filter, Chinese headers, phones and names masked', async () => {
    const exported = await fixture.office.asClerk.call('complaints.export', { from: '2026-10-01', to: '2026-10-31', handling: 'overdue', excludeVoided: true });
    const sheet = (await workbook(exported.contentBase64)).worksheets[0]!;
    expect(sheet.name).toBe('投诉台账');
    expect(cells(sheet, 2).slice(0, 5)).toEqual(['编号', '投诉时间', '投诉人', '房号', '联系电话']);
    const rows = [3, 4].map((row) => cells(sheet, row));
    expect(rows.map((row) => row[0]).sort()).toEqual([fixture.numbers.C, fixture.numbers.G].sort());
    expect(sheet.rowCount).toBe(4);
    expect(rows.map((row) => row[4]).sort()).toEqual(['136****2222', '139****5678']);
    expect(rows.map((row) => row[2]).sort()).toEqual(['王*', '陈*']);
  });

  it('give full personal data only to a supervisor who asks for it', async () => {
    await expect(fixture.office.asClerk.call('complaints.export', { fullData: true })).rejects.toThrow(CallError);
    const exported = await fixture.office.asSupervisor.call('complaints.export', { q: fixture.numbers.A, fullData: true });
    const sheet = (await workbook(exported.contentBase64)).worksheets[0]!;
    expect(cells(sheet, 3).slice(2, 5)).toEqual(['陈喆', '3-1-1502', '13912345678']);
  });

  it('export the work orders the same way', async () => {
    const exported = await fixture.office.asClerk.call('workOrders.export', { state: 'all' });
    const sheet = (await workbook(exported.contentBase64)).worksheets[0]!;
    expect(cells(sheet, 2)[0]).toBe('派工单号');
    expect(sheet.rowCount).toBe(2); // the fixture never dispatched: headers only
  });
});
