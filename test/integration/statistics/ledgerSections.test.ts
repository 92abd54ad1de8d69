import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../helpers/pdf';
import { openLedgerStatisticsFixture, type LedgerStatisticsFixture } from '../../helpers/ledgerStatisticsFixture';
import type { StatLink, StatTable, StatisticsReport } from '../../../shared/domain/statistics/statistics';

let fixture: LedgerStatisticsFixture;
let report: StatisticsReport;

beforeAll(async () => {
  fixture = await openLedgerStatisticsFixture();
  report = await fixture.office.asClerk.call('statistics.report', { from: '2026-10' });
}, 60_000);
afterAll(() => fixture?.office.close());

function table(key: string): StatTable {
  const found = report.tables.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no table ${key}`);
  return found;
}

/** { row key: [this month, previous month, same month last year] } */
function figures(key: string) {
  return Object.fromEntries(table(key).rows.map((row) => [row.key, [row.current.value, row.previous?.value, row.lastYear?.value]]));
}

/** The list a figure links to, every page of it: the record numbers it shows. */
async function linked(link: StatLink | null): Promise<string[]> {
  if (!link) throw new Error('no link');
  const { office } = fixture;
  if (link.ledger === 'repairs') {
    const page = await office.asClerk.call('repairs.list', { ...(link.filter as object), page: 1, pageSize: 100 });
    return page.items.map((item) => item.number).sort();
  }
  if (link.ledger === 'lossDeclarations') {
    const page = await office.asClerk.call('lossDeclarations.list', { ...(link.filter as object), page: 1, pageSize: 100 });
    return page.items.map((item) => item.number).sort();
  }
  throw new Error(`unexpected ledger ${link.ledger}`);
}

const cell = (tableKey: string, rowKey: string) => table(tableKey).rows.find((row) => row.key === rowKey)!.current;

describe('the repairs section against the hand-computed fixture', () => {
  it('counts the month’s repairs, on-site and completion times, never the voided, beside September and last year', () => {
    expect(figures('repairs.overview')).toEqual({
      total: [4, 1, 0],
      loggedRate: [1, 1, null],
      arrived: [3, 1, 0],
      onSiteRate: [0.6667, 1, null],
      onSiteLate: [1, 0, 0],
      averageMinutes: [26.7, 10, null],
      completed: [3, 1, 0],
      averageHours: [10, 1, null],
      medianHours: [4, 1, null],
    });
  });

  it('counts by category and by department, with each department’s on-site rate and hours', () => {
    const current = (key: string) => Object.fromEntries(table(key).rows.filter((row) => row.current.value !== 0).map((row) => [row.label, row.current.value]));
    expect(current('repairs.category')).toEqual({ 给排水: 2, 电气照明: 1, 门窗五金: 1 });
    expect(current('repairs.department')).toEqual({ [fixture.office.engineering.name]: 2, 客户服务部: 1, 尚未派工: 1 });
    expect(current('repairs.departmentOnSite')).toEqual({ [fixture.office.engineering.name]: 0.5, 客户服务部: 1 });
    expect(current('repairs.departmentHours')).toEqual({ [fixture.office.engineering.name]: 3, 客户服务部: 24 });
  });

  it('links every figure to exactly the repairs it counts', async () => {
    const { R1, R2, R3, R4 } = fixture.repairs;
    const sorted = (...numbers: string[]) => numbers.sort();
    expect(await linked(cell('repairs.overview', 'total').link)).toEqual(sorted(R1, R2, R3, R4));
    expect(await linked(cell('repairs.overview', 'arrived').link)).toEqual(sorted(R1, R2, R3));
    expect(await linked(cell('repairs.overview', 'onSiteRate').link)).toEqual(sorted(R1, R3));
    expect(await linked(cell('repairs.overview', 'onSiteLate').link)).toEqual([R2]);
    expect(await linked(cell('repairs.overview', 'completed').link)).toEqual(sorted(R1, R2, R3));
    expect(await linked(cell('repairs.category', 'plumbing').link)).toEqual(sorted(R1, R3));
    expect(await linked(cell('repairs.department', 'department-0').link)).toEqual([R4]);
    expect(await linked(cell('repairs.department', `department-${fixture.office.engineering.id}`).link)).toEqual(sorted(R1, R2));
    expect(await linked(cell('repairs.departmentOnSite', `department-${fixture.service.id}`).link)).toEqual([R3]);
    // Every count's link shows as many records as the count says.
    for (const key of ['repairs.overview', 'repairs.category', 'repairs.department']) {
      for (const row of table(key).rows.filter((candidate) => candidate.format === 'count')) {
        expect((await linked(row.current.link)).length, `${key} ${row.key}`).toBe(row.current.value);
      }
    }
    // The previous month's figure links to September's list.
    expect(await linked(table('repairs.overview').rows[0]!.previous!.link)).toEqual([fixture.repairs.P1]);
  });
});

describe('the loss declarations section', () => {
  it('counts by outcome, never the voided', () => {
    expect(figures('lossDeclarations.outcome')).toEqual({
      total: [5, 1, 0],
      refund: [1, 0, 0],
      receiptCopy: [1, 1, 0],
      invoiceCopy: [1, 0, 0],
      reported: [2, 0, 0],
    });
  });

  it('links each outcome to exactly the declarations it counts', async () => {
    const { L1, L2, L3, L4, L6 } = fixture.declarations;
    expect(await linked(cell('lossDeclarations.outcome', 'total').link)).toEqual([L1, L2, L3, L4, L6].sort());
    expect(await linked(cell('lossDeclarations.outcome', 'refund').link)).toEqual([L1]);
    expect(await linked(cell('lossDeclarations.outcome', 'receiptCopy').link)).toEqual([L2]);
    expect(await linked(cell('lossDeclarations.outcome', 'invoiceCopy').link)).toEqual([L3]);
    expect(await linked(cell('lossDeclarations.outcome', 'reported').link)).toEqual([L4, L6].sort());
  });
});

describe('the printed and Excel reports carry the new sections through the registry', () => {
  it('prints the repair and declaration tables in the PDF', async () => {
    const printed = await fixture.office.asClerk.call('statistics.print', { from: '2026-10' });
    const file = join(fixture.office.dataDir, 'ledger-report.pdf');
    writeFileSync(file, Buffer.from(printed.pdfBase64, 'base64'));
    const text = pdfText(file).replace(/[ \t]+/g, ' ');
    expect(text).toContain('报修概况');
    expect(text).toMatch(/报修总数 4 1 \+3 0 \+4/);
    expect(text).toMatch(/报修至完成用时中位数\(小时\) 4\.0 1\.0/);
    expect(text).toContain('收据、发票遗失声明办理结果');
    expect(text).toMatch(/挂失中 2 0 \+2 0 \+2/);
  });

  it('gives each new table its own sheet', async () => {
    const exported = await fixture.office.asClerk.call('statistics.exportXlsx', { from: '2026-10' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(exported.contentBase64!, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['报修概况', '按报修类别', '按维修部门', '各部门按时到场率', '收据、发票遗失声明办理结果']));
    const rows = (name: string, row: number) => (book.getWorksheet(name)!.getRow(row).values as unknown[]).slice(1);
    expect(rows('报修概况', 3)).toEqual(['报修总数', 4, 1, 3, 0, 4]);
    expect(rows('收据、发票遗失声明办理结果', 3)).toEqual(['遗失声明总数', 5, 1, 4, 0, 5]);
  });
});
