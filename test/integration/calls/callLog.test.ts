import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRepairOffice } from '../../helpers/repairs';

type Office = Awaited<ReturnType<typeof openRepairOffice>>;

describe('the call log', () => {
  let office: Office;
  beforeEach(async () => {
    office = await openRepairOffice();
  });
  afterEach(() => office.close());

  const logCall = (overrides = {}) =>
    office.asClerk.call('calls.create', { roomId: office.room.id, callerName: '陈喆', phone: '13912345678', matter: '厨房下水道堵了', ...overrides });

  it('takes the time from the office clock and needs only the matter', async () => {
    const call = await logCall();
    expect(call).toMatchObject({ number: 'LD-202611-0001', calledAt: '2026-11-23T10:00:00', roomLabel: '3-1-1502', outcome: 'pending', recorderName: '王堃', phoneMasked: '139****5678' });
    const bare = await office.asClerk.call('calls.create', { matter: '询问停水时间' });
    expect(bare).toMatchObject({ roomId: null, callerName: null, phone: null });
    expect(await office.asClerk.invoke('calls.create', { matter: ' ' })).toMatchObject({ ok: false, error: { field: 'matter' } });
  });

  it('answers a consultation once, and refuses to settle the call again', async () => {
    const { id } = await logCall({ matter: '物业费怎么交?' });
    const answered = await office.asClerk.call('calls.answer', { id, answer: '可到前台或用微信缴纳' });
    expect(answered).toMatchObject({ outcome: 'consultation', answer: '可到前台或用微信缴纳', answeredAt: '2026-11-23T10:00:00' });
    await expect(office.asClerk.call('calls.toRepair', { id, category: 'plumbing', workKind: 'repair' })).rejects.toThrow(
      `来电 ${answered.number} 已处理(咨询已答复),不能再次处理`,
    );
  });

  it('turns a call into a repair with the fields carried over and both linked', async () => {
    const call = await logCall({ calledAt: '2026-11-23T09:58' });
    const converted = await office.asClerk.call('calls.toRepair', { id: call.id, location: '厨房', category: 'plumbing', workKind: 'repair', urgency: 'urgent' });
    expect(converted).toMatchObject({ outcome: 'repair', repairNumber: 'BX-202611-0001' });
    const { repair, history } = await office.asClerk.call('repairs.get', { id: converted.repairId! });
    expect(repair).toMatchObject({
      reportedAt: '2026-11-23T09:58:00',
      roomId: office.room.id,
      reporterName: '陈喆',
      phone: '13912345678',
      content: '厨房下水道堵了',
      location: '厨房',
      urgency: 'urgent',
      callId: call.id,
      callNumber: call.number,
    });
    expect(history.map((entry) => entry.summary)).toContain(`由来电 ${call.number} 转为报修`);
    expect(await office.asClerk.call('calls.linked', { repairId: repair.id })).toEqual([converted]);
  });

  it('turns a call into a complaint through the complaint’s own rules, linked both ways', async () => {
    const call = await logCall({ matter: '保安态度恶劣' });
    const converted = await office.asClerk.call('calls.toComplaint', {
      id: call.id,
      category: 'order',
      severity: 'general',
      demand: '要求道歉',
      targetDepartmentId: office.engineering.id,
    });
    expect(converted).toMatchObject({ outcome: 'complaint', complaintNumber: 'TS-202611-0001' });
    const detail = await office.asClerk.call('complaints.get', { id: converted.complaintId! });
    expect(detail.complaint).toMatchObject({
      receivedAt: '2026-11-23T10:00:00',
      channel: 'phone',
      complainantName: '陈喆',
      phone: '13912345678',
      roomId: office.room.id,
      content: '保安态度恶劣',
      demand: '要求道歉',
      category: 'order',
      status: 'accepted',
    });
    expect(detail.history.map((entry) => entry.summary)).toContain(`由来电 ${call.number} 转为投诉`);
    expect((await office.asClerk.call('calls.linked', { complaintId: detail.complaint.id })).map((linked) => linked.number)).toEqual([call.number]);
    await expect(office.asClerk.call('calls.answer', { id: call.id, answer: 'x' })).rejects.toThrow('已处理(转投诉 TS-202611-0001)');
  });

  it('lists a day’s calls newest first, filtered by outcome and text', async () => {
    await logCall({ calledAt: '2026-11-22T16:00' });
    const a = await logCall({ calledAt: '2026-11-23T08:30', matter: '电梯异响' });
    const b = await logCall({ calledAt: '2026-11-23T09:30', matter: '门禁卡失效' });
    await office.asClerk.call('calls.answer', { id: b.id, answer: '请到前台补办' });
    const day = await office.asClerk.call('calls.list', { date: '2026-11-23' });
    expect(day.items.map((item) => item.id)).toEqual([b.id, a.id]);
    expect((await office.asClerk.call('calls.list', { outcome: 'pending', date: '2026-11-23' })).items.map((item) => item.id)).toEqual([a.id]);
    expect((await office.asClerk.call('calls.list', { q: '门禁' })).total).toBe(1);
  });
});
