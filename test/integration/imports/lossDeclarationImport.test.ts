import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestOffice, tempDataDir, type TestOffice } from '../../helpers/testApp';
import { dryRun, importFile, writeWorkbook, type SheetCell } from '../../helpers/imports';

/** The loss-declaration register: ID numbers with their check digit, amounts as offices write them. */
describe('importing receipt and invoice loss declarations', () => {
  let office: TestOffice;
  let files: ReturnType<typeof tempDataDir>;
  beforeEach(async () => {
    office = await openTestOffice();
    files = tempDataDir('taizhang-import-loss-');
  });
  afterEach(async () => {
    await office.close();
    files.remove();
  });

  const header = ['挂失日期', '客户姓名', '身份证号', '联系电话', '房号', '票据类型', '票据号码', '金额(元)', '开具日期', '款项用途', '置业顾问'];
  const good: SheetCell[][] = [
    ['2026/10/8', '陈喆', '110101199003071233', '139 1234 5678', '3-1-1502', '收据', 'No.0012345', '¥20,000.00', '2026/3/15', '诚意金', '王堃'],
    ['2026年11月2日', '李雷', '32010219780615301x', '0755-12345678', null, '发票', 'FP-889', 1234.5, '2026.10.30', '物业费', null],
  ];

  it('reports a wrong check digit, an ID number Excel turned into a number and amounts beyond the fen; imports the rest', async () => {
    const file = await writeWorkbook(files.dir, '遗失声明登记.xlsx', [
      header,
      ...good,
      ['2026/11/3', '韩梅梅', '110101199003071234', '13812345678', null, '收据', 'No.1', '1,000', '2026/11/1', '房款', null],
      ['2026/11/3', '王五', 440305198511120028, '13812345678', null, '收据', 'No.2', '12.345', '2026/11/1', '房款', null],
      ['2026/11/3', '赵六', '440305198511120028', '13812345678', null, '支票', 'No.3', '-5', '2026/11/1', '其他', null],
      ['2026/11/3', '赵六', '440305198511120028', '13812345678', null, '收据', 'No.3', '5', '2026/11/5', '其他', null],
    ]);
    const { check } = await dryRun(office.asSupervisor, file, 'lossDeclarations');
    expect(check.counts).toEqual({ rows: 6, ready: 2, skipped: 0, failed: 4 });
    const at = (row: number) => check.findings.filter((finding) => finding.row === row).map((finding) => [finding.column, finding.message]);
    expect(at(4)).toEqual([['身份证号', expect.stringContaining('校验')]]);
    expect(at(5)).toEqual([
      ['身份证号', expect.stringContaining('身份证号被 Excel 存成了数字')],
      ['金额(元)', expect.stringContaining('最多两位小数')],
    ]);
    expect(at(6)).toEqual([
      ['票据类型', expect.stringContaining('应为 收据、发票')],
      ['金额(元)', expect.stringContaining('不能为负数')],
    ]);
    // Once its cells read, a row is checked against the office's rules.
    expect(at(7)).toEqual([
      ['开具日期', '开具日期晚于挂失日期,请核对'],
      ['用途说明', '款项用途选“其他”时请写明用途'],
    ]);
    expect((await office.app.call('lossDeclarations.list', {})).total).toBe(0);

    const clean = await writeWorkbook(files.dir, '遗失声明登记-改.xlsx', [header, ...good]);
    const { imported } = await importFile(office.asSupervisor, clean, 'lossDeclarations');
    expect(imported?.counts.ready).toBe(2);
    const rows = await office.app.ctx.db.selectFrom('loss_declarations').selectAll().orderBy('id').execute();
    expect(rows.map((row) => [row.number, row.id_number, row.amount_fen, row.phone, row.status, row.period_ends_on])).toEqual([
      ['YS-202610-0001', '110101199003071233', 2_000_000, '13912345678', 'reported', '2026-10-22'],
      ['YS-202611-0001', '32010219780615301X', 123_450, '0755-12345678', 'reported', '2026-11-16'],
    ]);
  });
});
