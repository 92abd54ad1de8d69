import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestOffice, tempDataDir, type TestOffice } from '../../helpers/testApp';
import { dryRun, importFile, writeWorkbook } from '../../helpers/imports';

/** The old repair book: finished repairs with their charge, open ones to be dispatched here. */
describe('importing repairs', () => {
  let office: TestOffice;
  let files: ReturnType<typeof tempDataDir>;
  beforeEach(async () => {
    office = await openTestOffice();
    files = tempDataDir('taizhang-import-repairs-');
  });
  afterEach(async () => {
    await office.close();
    files.remove();
  });

  const header = ['报修编号', '报修日期', '房号', '报修人', '联系电话', '部位', '报修内容', '类别', '完成情况', '完成时间', '收费'];

  it('imports finished repairs closed with their charge and open ones registered; reports faults by row and column', async () => {
    const rows = [
      ['BX-OLD-1', '2026/9/1 9:00', '3-1-1502', '陈喆', '13912345678', '厨房', '水龙头漏水', '水电', '已更换阀芯', '2026/9/1 15:00', '¥35.00'],
      ['BX-OLD-2', '2026/9/2', '3-1-1502', '陈喆', null, null, '门锁松动', '门窗', null, null, null],
    ];
    const file = await writeWorkbook(files.dir, '报修登记.xlsx', [
      header,
      ...rows,
      ['BX-OLD-3', '2026/9/3', '3-1-1502', null, null, null, '灯不亮', '电器', null, '2026/9/2', null],
    ]);
    const { check } = await dryRun(office.asSupervisor, file, 'repairs');
    expect(check.counts).toEqual({ rows: 3, ready: 2, skipped: 0, failed: 1 });
    expect(check.findings.map((finding) => [finding.row, finding.column, finding.message])).toEqual([
      [4, '报修人', '报修人没有填写'],
      [4, '类别', expect.stringContaining('不是可选的值')],
    ]);

    const clean = await writeWorkbook(files.dir, '报修登记-改.xlsx', [header, ...rows]);
    const { imported } = await importFile(office.asSupervisor, clean, 'repairs');
    expect(imported?.counts.ready).toBe(2);
    const stored = await office.app.ctx.db.selectFrom('repairs').selectAll().orderBy('id').execute();
    expect(stored.map((row) => [row.number, row.status, row.category, row.location, row.completed_at, row.charge_type, row.charge_fen])).toEqual([
      ['BX-202609-0001', 'closed', 'plumbing', '厨房', '2026-09-01T15:00:00', 'priceList', 3500],
      ['BX-202609-0002', 'accepted', 'doorsWindows', null, null, null, null],
    ]);
    expect((await importFile(office.asSupervisor, clean, 'repairs')).check.counts).toMatchObject({ ready: 0, skipped: 2 });
  });
});
