import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestOffice, complaintIntake, type TestOffice } from '../../helpers/testApp';
import { pdfText } from '../../helpers/pdf';
import type { ChannelInput } from '../../../shared/contract/channels';

/** 客户投诉巡查记录表 through the contract: numbered, linked to its complaint, corrected with history, printed. */
describe('inspections (巡查记录)', () => {
  let office: TestOffice;
  beforeEach(async () => {
    office = await openTestOffice();
  });
  afterEach(() => office.close());

  const check = (complaintId: number, overrides: Partial<ChannelInput<'inspections.create'>> = {}): ChannelInput<'inspections.create'> => ({
    complaintId,
    inspectedAt: '2026-11-23T09:45',
    place: '3-1-1502 卫生间及楼上 1602',
    inspectorStaffId: office.clerk.id,
    findings: '现场查看:天花板渗水面积约 0.5 平方米,楼上 1602 卫生间地漏周边防水层破损。',
    followUp: '已通知工程部明日上午重做防水,后日复查。',
    outcome: 'followUp',
    ...overrides,
  });

  it('numbers an inspection, links it to the complaint and lists it there, with its history', async () => {
    const complaint = await office.asClerk.call('complaints.create', complaintIntake(office));
    const first = await office.asClerk.call('inspections.create', check(complaint.id));
    expect(first).toMatchObject({
      number: 'XC-202611-0001',
      complaintId: complaint.id,
      complaintNumber: complaint.number,
      customerName: '陈喆',
      roomLabel: '3-1-1502',
      inspectedAt: '2026-11-23T09:45:00',
      inspectorName: '王堃',
      outcome: 'followUp',
      revision: 0,
      createdByName: '王堃',
    });
    const second = await office.asSupervisor.call('inspections.create', check(complaint.id, { inspectedAt: '2026-11-23T10:00', outcome: 'resolved', followUp: null, findings: '复查:已不再渗水。' }));
    expect(second.number).toBe('XC-202611-0002');

    const other = await office.asClerk.call('complaints.create', complaintIntake(office, { content: '小区东门路灯不亮' }));
    await office.asClerk.call('inspections.create', check(other.id, { place: '东门', findings: '夜间查看东门路灯,均能正常点亮。', outcome: 'notConfirmed', followUp: null }));

    const ofComplaint = await office.asClerk.call('inspections.list', { complaintId: complaint.id });
    expect(ofComplaint.total).toBe(2);
    expect(ofComplaint.items.map((item) => item.number)).toEqual(['XC-202611-0002', 'XC-202611-0001']);
    expect((await office.asClerk.call('inspections.list', {})).total).toBe(3);
    expect((await office.asClerk.call('inspections.list', { outcome: 'followUp' })).items.map((item) => item.number)).toEqual(['XC-202611-0001']);
    expect((await office.asClerk.call('inspections.list', { q: '地漏' })).total).toBe(1);

    const detail = await office.asClerk.call('inspections.get', { id: first.id });
    expect(detail.history.map((entry) => [entry.action, entry.staffName])).toEqual([['登记', '王堃']]);
    expect(detail.history[0]!.summary).toContain(complaint.number);
  });

  it('corrects a record with a reason as a new revision, and changing nothing changes nothing', async () => {
    const complaint = await office.asClerk.call('complaints.create', complaintIntake(office));
    const created = await office.asClerk.call('inspections.create', check(complaint.id));
    const unchanged = await office.asClerk.call('inspections.edit', { id: created.id, place: created.place, reason: '核对' });
    expect(unchanged.revision).toBe(0);
    const edited = await office.asClerk.call('inspections.edit', { id: created.id, outcome: 'resolved', findings: '复查后确认已修好。', reason: '录入时选错结果' });
    expect(edited).toMatchObject({ revision: 1, outcome: 'resolved', findings: '复查后确认已修好。' });
    const { history } = await office.asClerk.call('inspections.get', { id: created.id });
    expect(history.map((entry) => entry.action)).toEqual(['登记', '更正']);
    expect(history[1]).toMatchObject({ reason: '录入时选错结果', revision: 1 });
    expect(history[1]!.changes).toContainEqual({ field: 'outcome', before: 'followUp', after: 'resolved' });
    expect(await office.app.call('audit.verify', {})).toMatchObject({ ok: true });
  });

  it('refuses a check in the future, before the complaint, on a voided complaint, or following up with no plan', async () => {
    const complaint = await office.asClerk.call('complaints.create', complaintIntake(office));
    expect(await office.asClerk.invoke('inspections.create', check(complaint.id, { inspectedAt: '2026-11-23T11:00' }))).toMatchObject({
      ok: false,
      error: { code: 'rule', message: '巡查时间不能晚于当前时间', field: 'inspectedAt' },
    });
    expect(await office.asClerk.invoke('inspections.create', check(complaint.id, { inspectedAt: '2026-11-23T09:00' }))).toMatchObject({
      ok: false,
      error: { code: 'rule', message: '巡查时间不能早于投诉时间' },
    });
    expect(await office.asClerk.invoke('inspections.create', check(complaint.id, { followUp: null }))).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'followUp' },
    });
    expect(await office.asClerk.invoke('inspections.create', check(9999))).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await office.asSupervisor.call('complaints.void', { id: complaint.id, reason: '重复登记' });
    expect(await office.asClerk.invoke('inspections.create', check(complaint.id))).toMatchObject({ ok: false, error: { code: 'rule' } });
    expect((await office.asClerk.call('inspections.list', {})).total).toBe(0);
  });

  it('prints the 客户投诉巡查记录表 with the paper columns and no phone', async () => {
    const complaint = await office.asClerk.call('complaints.create', complaintIntake(office));
    const created = await office.asClerk.call('inspections.create', check(complaint.id));
    const printed = await office.asClerk.call('inspections.print', { id: created.id });
    expect(printed.fileName).toBe('XC-202611-0001-R0-客户投诉巡查记录表.pdf');
    const text = pdfText(join(office.dataDir, 'prints', printed.fileName));
    for (const expected of ['客户投诉巡查记录表', '锦绣花园管理处', '序号', '客户姓名', '投诉日期', '投诉事项', '巡查日期', '巡查人员', '巡查结果']) {
      expect(text).toContain(expected);
    }
    for (const expected of ['XC-202611-0001', '陈喆', complaint.number, '3-1-1502', '2026-11-23', '■需继续跟进', '□问题已解决', '王堃', '客服部负责人']) {
      expect(text).toContain(expected);
    }
    const flat = text.replace(/\s/g, '');
    expect(flat).toContain('地漏周边防水层破损');
    expect(flat).toContain('已通知工程部明日上午重做防水');
    expect(text).not.toContain('13912345678');
  });

  it('prints a long complaint as a short description of at most two lines, the full text being on its own form', async () => {
    const content = '楼上卫生间持续漏水,天花板大面积渗水发霉,吊顶石膏板变形脱落,灯具进水存在触电隐患。'.repeat(8);
    const complaint = await office.asClerk.call('complaints.create', complaintIntake(office, { content }));
    const created = await office.asClerk.call('inspections.create', check(complaint.id));
    const printed = await office.asClerk.call('inspections.print', { id: created.id });
    const text = pdfText(join(office.dataDir, 'prints', printed.fileName));
    const flat = text.replace(/\s/g, '');
    expect(flat).toContain('楼上卫生间持续漏水');
    expect(flat).toContain('…');
    expect(flat).not.toContain(content);
    // The ledger line's description column (投诉事项) holds two lines at most: the row between the column
    // headings and the details below is at most two lines of text tall.
    const lines = text.split('\n');
    const headings = lines.findIndex((line) => line.includes('投诉事项'));
    const details = lines.findIndex((line) => line.includes('关联投诉编号'));
    expect(lines.slice(headings + 1, details).filter((line) => line.trim() !== '').length).toBeLessThanOrEqual(2);
  });
});
