import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { complaintIntake, openTestOffice, tempDataDir, type TestOffice } from '../../helpers/testApp';
import { dryRun, importFile, readWorkbook, upload, writeWorkbook, type SheetCell } from '../../helpers/imports';

/**
 * Old ledgers brought in from real .xlsx files with the faults offices' files have: every fault reported with its
 * row and column, nothing stored by a dry run or by an import of a faulty file, and a second import adding nothing.
 */
describe('importing rooms and complaints from Excel', () => {
  let office: TestOffice;
  let files: ReturnType<typeof tempDataDir>;
  beforeEach(async () => {
    office = await openTestOffice();
    files = tempDataDir('taizhang-import-files-');
  });
  afterEach(async () => {
    await office.close();
    files.remove();
  });

  const count = async (table: 'rooms' | 'complaints' | 'import_batches' | 'import_rows' | 'record_sequences' | 'record_history') =>
    Number((await office.app.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const findingsOf = (check: { findings: { row: number; column: string | null; level: string; message: string }[] }, row: number) =>
    check.findings.filter((finding) => finding.row === row);

  const roomHeader = ['楼栋', '单元', '房号', '业主姓名', '联系电话', '备注'];
  const goodRooms: SheetCell[][] = [
    ['3栋', '1单元', '1502', '陈喆', '13912345678', null],
    ['3', '1', '1601', '李雷、韩梅梅', '138 1234 5678', null],
    ['3', '1', '1602', '张伟', '(0755)12345678', '出租'],
    ['5', '1', '302号房', '钱七', null, null],
  ];

  it('reports each faulty room row by row and column, stores nothing, then imports the corrected file once', async () => {
    const faulty = await writeWorkbook(files.dir, '业主名册.xlsx', [
      ['锦绣花园业主名册'],
      roomHeader,
      ...goodRooms,
      ['3', '1', '1601', '王五', null, null],
      ['3', '2', '701', '赵六', '1381234567', null],
    ]);
    const { info, check } = await dryRun(office.asSupervisor, faulty, 'rooms');
    expect(info).toMatchObject({ headerRow: 2, rowCount: 6, mapping: { building: 0, unit: 1, room: 2, owners: 3, phone: 4, note: 5 } });
    expect(check).toMatchObject({ state: 'done', importable: false, counts: { rows: 6, ready: 3, skipped: 1, failed: 2 } });
    expect(findingsOf(check, 3)).toEqual([{ row: 3, column: null, level: 'skip', message: '房屋 3-1-1502 已登记,保留现有登记,不覆盖' }]);
    expect(findingsOf(check, 7)).toEqual([{ row: 7, column: '房号', level: 'error', message: '房屋 3-1-1601 在文件中出现了不止一次:一套房屋只写一行' }]);
    expect(findingsOf(check, 8)).toMatchObject([{ column: '联系电话', level: 'error', message: expect.stringContaining('不是有效的号码') }]);
    expect(await count('rooms')).toBe(1);
    await expect(office.asSupervisor.call('imports.run', { jobId: check.jobId })).rejects.toThrow('请先试导入,并改正全部有问题的行后再导入');

    const corrected = await writeWorkbook(files.dir, '业主名册-改.xlsx', [['锦绣花园业主名册'], roomHeader, ...goodRooms]);
    const first = await importFile(office.asSupervisor, corrected, 'rooms');
    expect(first.imported).toMatchObject({ state: 'done', counts: { rows: 4, ready: 3, skipped: 1, failed: 0 } });
    const rooms = await office.app.call('rooms.list', {});
    expect(rooms.items.map((room) => room.label).sort()).toEqual(['3-1-1502', '3-1-1601', '3-1-1602', '5-1-302']);
    const couple = rooms.items.find((room) => room.label === '3-1-1601')!;
    expect(couple.owners).toEqual([
      expect.objectContaining({ name: '李雷', phone: '13812345678' }),
      expect.objectContaining({ name: '韩梅梅', phone: null }),
    ]);
    expect(rooms.items.find((room) => room.label === '3-1-1602')).toMatchObject({ note: '出租', owners: [expect.objectContaining({ phone: '0755-12345678' })] });

    const again = await importFile(office.asSupervisor, corrected, 'rooms');
    expect(again).toMatchObject({ imported: null, check: { importable: false, counts: { rows: 4, ready: 0, skipped: 4, failed: 0 } } });
    expect(again.check.findings[1]!.message).toBe('这个文件已于 2026-11-23 导入过(当时的文件名“业主名册-改.xlsx”),不再重复导入');
    expect([await count('rooms'), await count('import_batches'), await count('import_rows')]).toEqual([4, 1, 3]);
  });

  const complaintHeader = ['序号', '投诉编号', '投诉日期', '房号', '业主姓名', '联系电话', '投诉内容', '投诉类别', '严重程度', '受理人', '处理结果', '办结时间'];
  const goodComplaints: SheetCell[][] = [
    [1, 'TS-2025-001', '2026/3/5', '3-1-1502', '陈喆', '13912345678', '楼上卫生间漏水', '维修', '一般', '王堃', '已修复,业主满意', '2026年3月8日'],
    [2, 'TS-2025-002', '2026年3月5日 14:30', '3栋1单元1502室', '陈喆', '139-1234-5678', '电梯夜间噪音', '工程类', null, null, null, null],
    [3, 'TS-2025-003', 46086.75, '3-1-1502', '陈喆', null, '垃圾未及时清运', '保洁', '轻微', '周珺', null, null],
    [4, 'TS-2025-004', new Date(Date.UTC(2026, 2, 6, 9, 15)), null, '匿名业主', '0755 1234 5678', '保安态度差', '秩序维护', '重大', null, null, null],
  ];

  it('reports every kind of fault in a messy complaint ledger with its row and column, and writes nothing', async () => {
    const file = await writeWorkbook(files.dir, '投诉台账2026.xlsx', [
      ['锦绣花园管理处 业主投诉登记台账'],
      ['2026年度'],
      complaintHeader,
      ...goodComplaints,
      [5, 'TS-2025-005', '2026.3.7', '9-9-999', '孙八', '13912345678', '门禁失灵', '维修', '一般', null, null, null],
      [6, 'TS-2025-006', '3/7/2026', '3-1-1502', '陈喆', '13912345678', '路灯不亮', '维修', '一般', null, null, null],
      [7, 'TS-2025-007', '2026/3/8', '3-1-1502', '陈喆', '1381234567', '水压低', '维修', '一般', null, null, null],
      [8, 'TS-2025-008', '2026/3/8', '3-1-1502', '陈喆', '13912345678', null, '维修', '一般', null, null, null],
      [9, 'TS-2025-009', '2026/3/8', '3-1-1502', '陈喆', '13912345678', '绿化带积水', '绿化', '一般', '张三', null, null],
      [10, 'TS-2025-010', '2027/1/1', '3-1-1502', '陈喆', '13912345678', '车位被占', '秩序', '一般', null, null, null],
      [11, 'TS-2025-001', '2026/3/9', '3-1-1502', '陈喆', '13912345678', '又漏水', '维修', '一般', null, null, null],
      [12, 'TS-2025-012', '2026/2/30', '3-1-1502', '陈喆', '13912345678', '电梯故障', '投诉', '很严重', null, null, null],
    ]);
    const sequencesBefore = await count('record_sequences');
    const { info, check } = await dryRun(office.asSupervisor, file, 'complaints');
    expect(info.headerRow).toBe(3);
    expect(info.mapping).toMatchObject({ originalNumber: 1, receivedAt: 2, room: 3, complainant: 4, phone: 5, content: 6, category: 7, severity: 8, receiver: 9, result: 10, closedAt: 11 });
    expect(check).toMatchObject({ importable: false, counts: { rows: 12, ready: 4, skipped: 0, failed: 8 } });
    const fault = (row: number) => findingsOf(check, row).map((finding) => [finding.column, finding.message]);
    expect(fault(4)).toEqual([]);
    expect(fault(8)).toEqual([['房号', expect.stringContaining('房号 9-9-999 未登记')]]);
    expect(fault(9)).toEqual([['投诉日期', expect.stringContaining('请按 年/月/日 填写')]]);
    expect(fault(10)).toEqual([['联系电话', expect.stringContaining('不是有效的号码')]]);
    expect(fault(11)).toEqual([['投诉内容', '投诉内容没有填写']]);
    expect(fault(12)).toEqual([['受理人', expect.stringContaining('“张三”不是本处员工')]]);
    expect(fault(13)).toEqual([['投诉日期', '投诉时间晚于现在,请核对']]);
    expect(fault(14)).toEqual([[null, '与第 4 行原编号 TS-2025-001相同:同一条记录只能有一行,请删去重复的一行']]);
    expect(fault(15)).toEqual([
      ['投诉日期', expect.stringContaining('不是日历上有的日期')],
      ['投诉类别', expect.stringContaining('不是可选的值')],
      ['严重程度', expect.stringContaining('应为 轻微、一般、重大、严重')],
    ]);
    expect([await count('complaints'), await count('import_batches'), await count('record_sequences')]).toEqual([0, 0, sequencesBefore]);

    const report = await office.asSupervisor.call('imports.report', { jobId: check.jobId });
    expect(report.fileName).toBe('投诉台账2026-检查结果.xlsx');
    const rows = await readWorkbook(Buffer.from(report.contentBase64!, 'base64'));
    expect(rows[0]!.slice(0, 4)).toEqual(['原行号', '检查结果', '序号', '投诉编号']);
    expect(rows.find((row) => row[0] === '4')![1]).toBe('可导入');
    expect(rows.find((row) => row[0] === '11')![1]).toBe('错误【投诉内容】投诉内容没有填写');
  });

  it('imports a clean ledger in one go, numbered in the office scheme for each record’s month with its old number in the history; a re-import adds nothing', async () => {
    const file = await writeWorkbook(files.dir, '投诉台账.xlsx', [complaintHeader, ...goodComplaints]);
    const { check, imported } = await importFile(office.asSupervisor, file, 'complaints');
    expect(check.counts).toEqual({ rows: 4, ready: 4, skipped: 0, failed: 0 });
    expect(imported).toMatchObject({ state: 'done', counts: { ready: 4 } });
    const list = await office.app.call('complaints.list', {});
    const byNumber = Object.fromEntries(list.items.map((item) => [item.number, item]));
    expect(Object.keys(byNumber).sort()).toEqual(['TS-202603-0001', 'TS-202603-0002', 'TS-202603-0003', 'TS-202603-0004']);
    const { complaint: record, history } = await office.app.call('complaints.get', { id: byNumber['TS-202603-0001']!.id });
    expect(record).toMatchObject({ receivedAt: '2026-03-05T00:00:00', status: 'resolved', roomLabel: '3-1-1502', category: 'maintenance' });
    expect(history.map((entry) => entry.summary)).toEqual(['从 Excel 导入 TS-202603-0001:“投诉台账.xlsx”第 2 行,原编号 TS-2025-001']);
    expect((await office.app.call('complaints.get', { id: byNumber['TS-202603-0002']!.id })).complaint).toMatchObject({
      receivedAt: '2026-03-05T14:30:00',
      status: 'accepted',
      category: 'maintenance',
      severity: 'general',
    });
    expect((await office.app.call('complaints.get', { id: byNumber['TS-202603-0003']!.id })).complaint).toMatchObject({ receivedAt: '2026-03-05T18:00:00', receiverName: '周珺' });
    expect((await office.app.call('complaints.get', { id: byNumber['TS-202603-0004']!.id })).complaint).toMatchObject({ receivedAt: '2026-03-06T09:15:00', roomId: null, phone: '0755-12345678' });

    const again = await importFile(office.asSupervisor, file, 'complaints');
    expect(again).toMatchObject({ imported: null, check: { counts: { rows: 4, ready: 0, skipped: 4 } } });
    // The same rows in another copy of the ledger, one more row typed since: only the new row comes in.
    const later = await writeWorkbook(files.dir, '投诉台账-12月.xlsx', [
      complaintHeader,
      ...goodComplaints,
      [5, 'TS-2025-005', '2026/11/20', '3-1-1502', '陈喆', '13912345678', '门禁失灵', '维修', '一般', null, null, null],
    ]);
    const next = await importFile(office.asSupervisor, later, 'complaints');
    expect(next.check.counts).toEqual({ rows: 5, ready: 1, skipped: 4, failed: 0 });
    expect(next.check.findings[0]!.message).toBe('原编号 TS-2025-001 的记录已于 2026-11-23 从“投诉台账.xlsx”第 2 行导入,不再重复导入');
    expect(await count('complaints')).toBe(5);
    // The imported records' history entries, written a batch at a time, still seal one another: the office's set-up
    // (three staff saved, their passwords set, a room registered), five records and the two imports.
    expect(await office.asSupervisor.call('audit.verify', {})).toMatchObject({ ok: true, breaks: [], checked: 14 });
    expect((await office.app.call('complaints.list', {})).items.map((item) => item.number)).toContain('TS-202611-0001');
    // The month's counter went on from the imported numbers: the desk's next complaint follows them.
    expect((await office.asClerk.call('complaints.create', complaintIntake(office))).number).toBe('TS-202611-0002');
  });

  it('lets the user correct the column match, and refuses a check without a required column', async () => {
    const file = await writeWorkbook(files.dir, '投诉.xlsx', [
      ['日期', '住户', '反映内容'],
      ['2026/3/5', '3-1-1502', '楼道灯坏了'],
    ]);
    const fileId = await upload(office.asSupervisor, file);
    const info = await office.asSupervisor.call('imports.open', { fileId, kind: 'complaints' });
    expect(info.mapping).toMatchObject({ receivedAt: 0, room: null, content: null });
    await expect(
      office.asSupervisor.call('imports.check', { fileId, kind: 'complaints', sheet: info.sheet, headerRow: 1, mapping: info.mapping }),
    ).rejects.toThrow('还没有为必填的“投诉内容”选择文件中的列');
    const { check } = await dryRun(office.asSupervisor, file, 'complaints', { room: 1, content: 2 });
    expect(check).toMatchObject({ counts: { ready: 0, failed: 1 }, findings: [{ row: 2, column: '投诉人', message: '请填写投诉人,或勾选“匿名投诉”' }] });
    await expect(office.asClerk.call('imports.kinds', {})).rejects.toThrow();
  });
});
