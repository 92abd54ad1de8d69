import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLedgerStatisticsFixture, type LedgerStatisticsFixture } from '../../helpers/ledgerStatisticsFixture';
import { complaintIntake } from '../../helpers/testApp';
import { customerIdNumber } from '../../helpers/lossDeclaration';
import { maskIdNumber } from '../../../shared/domain/masking';
import type { ExportedFile } from '../../../shared/domain/statistics/statistics';

let fixture: LedgerStatisticsFixture;
let callNumber: string;

beforeAll(async () => {
  fixture = await openLedgerStatisticsFixture();
  const { office } = fixture;
  callNumber = (await office.asClerk.call('calls.create', { callerName: '陈喆', phone: '13912345678', roomId: office.room.id, matter: '询问停水时间' })).number;
  const complaint = await office.asClerk.call('complaints.create', complaintIntake(office));
  await office.asClerk.call('inspections.create', {
    complaintId: complaint.id,
    inspectedAt: '2026-11-23T09:45',
    place: '3-1-1502 卫生间',
    inspectorStaffId: office.clerk.id,
    findings: '天花板渗水。',
    followUp: '通知工程部重做防水。',
    outcome: 'followUp',
  });
}, 60_000);
afterAll(() => fixture?.office.close());

async function sheetOf(file: ExportedFile): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.contentBase64!, 'base64') as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}
const cells = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
/** Data rows (the caption is row 1, the headers row 2), as { header: value }. */
function records(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
  const headers = cells(sheet, 2) as string[];
  return Array.from({ length: sheet.rowCount - 2 }, (_, i) => Object.fromEntries(cells(sheet, i + 3).map((value, column) => [headers[column], value])));
}

describe('every list exports its current filter, Chinese headers, personal data masked', () => {
  it('repairs: the statistics filter, 报修人 and 联系电话 masked', async () => {
    const sheet = await sheetOf(await fixture.office.asClerk.call('repairs.export', { from: '2026-10-01', to: '2026-10-31', excludeVoided: true, arrived: 'onTime' }));
    expect(sheet.name).toBe('报修台账');
    expect(cells(sheet, 2).slice(0, 5)).toEqual(['编号', '报修时间', '房号', '报修人', '联系电话']);
    const rows = records(sheet);
    expect(rows.map((row) => row['编号']).sort()).toEqual([fixture.repairs.R1, fixture.repairs.R3].sort());
    expect(rows.map((row) => [row['报修人'], row['联系电话']])).toEqual([['陈*', '139****5678'], ['陈*', '139****5678']]);
    expect(String(cells(sheet, 1)[0])).toContain('个人信息已隐去部分');
  });

  it('calls, with the phone masked', async () => {
    const sheet = await sheetOf(await fixture.office.asClerk.call('calls.export', { outcome: 'pending' }));
    expect(cells(sheet, 2).slice(0, 6)).toEqual(['编号', '来电时间', '房号', '来电人', '联系电话', '来电事项']);
    expect(records(sheet)).toEqual([expect.objectContaining({ 编号: callNumber, 来电人: '陈*', 联系电话: '139****5678', 处理结果: '待处理' })]);
  });

  it('the revisit queue: the completed repairs waiting for their revisit', async () => {
    const sheet = await sheetOf(await fixture.office.asClerk.call('revisits.exportQueue', {}));
    expect(sheet.name).toBe('回访队列');
    const rows = records(sheet).filter((row) => row['回访对象'] === '报修');
    const { R1, R2, R3, P1 } = fixture.repairs;
    expect(rows.map((row) => row['编号']).sort()).toEqual([R1, R2, R3, P1].sort());
    expect(new Set(rows.map((row) => row['联系电话']))).toEqual(new Set(['139****5678']));
  });

  it('inspections, with the customer’s name masked', async () => {
    const sheet = await sheetOf(await fixture.office.asClerk.call('inspections.export', { outcome: 'followUp' }));
    expect(cells(sheet, 2).slice(0, 5)).toEqual(['编号', '巡查时间', '投诉编号', '客户姓名', '房号']);
    expect(records(sheet)).toEqual([expect.objectContaining({ 客户姓名: '陈*', 巡查结论: '需继续跟进' })]);
  });

  it('loss declarations: ID number and phone masked, the outcome filter applied, the voided left out', async () => {
    const sheet = await sheetOf(await fixture.office.asClerk.call('lossDeclarations.export', { from: '2026-10-01', to: '2026-10-31', excludeVoided: true }));
    expect(cells(sheet, 2).slice(0, 5)).toEqual(['编号', '声明时间', '客户姓名', '身份证号', '联系电话']);
    const rows = records(sheet);
    const { L1, L2, L3, L4, L6 } = fixture.declarations;
    expect(rows.map((row) => row['编号']).sort()).toEqual([L1, L2, L3, L4, L6].sort());
    expect(rows[0]).toMatchObject({ 客户姓名: '陈*', 身份证号: maskIdNumber(customerIdNumber), 联系电话: '139****5678' });
    expect(JSON.stringify(rows)).not.toContain(customerIdNumber);
    const refunds = records(await sheetOf(await fixture.office.asClerk.call('lossDeclarations.export', { outcome: 'refund' })));
    expect(refunds).toEqual([expect.objectContaining({ 编号: L1, 处理结果: 'a) 办理退款(退诚意金)' })]);
  });
});

describe('full personal data', () => {
  it('goes to a supervisor, never to a clerk', async () => {
    const { office } = fixture;
    const full = records(await sheetOf(await office.asSupervisor.call('lossDeclarations.export', { outcome: 'refund', fullData: true })));
    expect(full[0]).toMatchObject({ 客户姓名: '陈喆', 身份证号: customerIdNumber, 联系电话: '13912345678' });
    // Full personal data leaving the app is recorded: who, what, with which filter.
    const recorded = await office.app.ctx.db.selectFrom('record_history').select(['action', 'staff_id', 'summary']).where('entity', '=', 'export').execute();
    expect(recorded).toEqual([{ action: '导出(完整个人信息)', staff_id: office.supervisor.id, summary: expect.stringMatching(/导出收据、发票遗失声明,含完整个人信息;筛选:a\) 办理退款$/) }]);
    const repairs = records(await sheetOf(await office.asSupervisor.call('repairs.export', { q: fixture.repairs.R1, fullData: true })));
    expect(repairs[0]).toMatchObject({ 报修人: '陈喆', 联系电话: '13912345678' });
    for (const channel of ['repairs.export', 'calls.export', 'inspections.export', 'lossDeclarations.export'] as const) {
      const refused = await office.asClerk.invoke(channel, { fullData: true, page: 1, pageSize: 20 });
      expect(refused, channel).toMatchObject({ ok: false, error: { code: 'forbidden', message: '导出完整的个人信息(电话、姓名)需要主管或经理权限' } });
    }
    const queue = await office.asClerk.invoke('revisits.exportQueue', { fullData: true });
    expect(queue).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
