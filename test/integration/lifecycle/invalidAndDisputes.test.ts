import { afterEach, describe, expect, it } from 'vitest';
import { officeClock, type OfficeClock } from '../../helpers/officeClock';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';
import { complaintAt, steps, tinyPdf } from '../../helpers/lifecycle';

/**
 * Issue 16 points 4–5. DOMAIN §1: an invalid complaint is still answered politely and archived (答复, 归档日期,
 * 归档负责人). Seed 004 5.3.2.4: a department that disputes the desk's resolution submits it to the level above,
 * which keeps the resolution (the department carries it out) or has the desk revise it; statistics count disputes.
 */
describe('invalid complaints and department disputes', () => {
  let office: TestOffice;
  let clock: OfficeClock;
  afterEach(() => office.close());
  const open = async (time = '2026-11-23T10:00:00') => {
    clock = officeClock(time);
    office = await openTestOffice({ clock });
  };
  const manager = () => office.app;

  it('archives an invalid complaint only after the owner was answered, with the archive date and the archivist', async () => {
    await open();
    const invalid = await complaintAt(office, 'invalid');
    await office.asClerk.call('complaints.print', { id: invalid.id });
    await office.asClerk.call('complaints.attachSignedScan', { id: invalid.id, fileName: '签字件.pdf', contentBase64: tinyPdf.toString('base64') });
    const early = await office.asClerk.invoke('complaints.archive', { id: invalid.id, archiverStaffId: office.clerk.id });
    expect(early).toMatchObject({ ok: false, error: { code: 'rule', message: expect.stringContaining('请先登记答复业主的内容') } });
    expect(await office.asClerk.invoke('complaints.reply', { id: invalid.id, reply: '说明', repliedAt: '2026-11-23T11:00' })).toMatchObject({
      ok: false,
      error: { code: 'rule', field: 'repliedAt' },
    });

    clock.moveTo('2026-11-24T09:30:00');
    const replied = await office.asClerk.call('complaints.reply', { id: invalid.id, reply: '经查渗水来自业主自家阳台改造,已向业主耐心说明并建议联系装修方。', repliedAt: '2026-11-24T09:20' });
    expect(replied).toMatchObject({ status: 'invalid', repliedAt: '2026-11-24T09:20:00', repliedByName: office.clerk.name, ownerReply: expect.stringContaining('耐心说明') });
    const archived = await office.asClerk.call('complaints.archive', { id: invalid.id, archiverStaffId: office.supervisor.id });
    expect(archived).toMatchObject({ status: 'archived', validity: 'invalid', archivedByName: office.supervisor.name, archivedAt: expect.stringMatching(/^2026-11-24T09:3/) });
    const { history } = await office.asClerk.call('complaints.get', { id: invalid.id });
    expect(history.map((entry) => entry.action).slice(-3)).toEqual(['上传签字件', '答复业主', '归档']);

    // The statistics still count it as 无效.
    clock.moveTo('2026-12-01T09:00:00');
    const report = await office.asSupervisor.call('statistics.report', { from: '2026-11' });
    const validity = report.tables.find((table) => table.key === 'complaints.validity')!;
    expect(validity.rows.find((row) => row.key === 'invalid')!.current.value).toBe(1);
  });

  it('lets an invalid complaint without the signed paper be archived once a supervisor waives it', async () => {
    await open();
    const invalid = await complaintAt(office, 'invalid');
    await office.asClerk.call('complaints.reply', { id: invalid.id, reply: '不属管理处责任,已说明', repliedAt: '2026-11-23T10:00' });
    await expect(office.asClerk.call('complaints.archive', { id: invalid.id, archiverStaffId: office.clerk.id })).rejects.toThrow('扫描');
    await office.asSupervisor.call('complaints.waiveSignedScan', { id: invalid.id, reason: '业主电话投诉,未到场签字' });
    expect(await office.asClerk.call('complaints.archive', { id: invalid.id, archiverStaffId: office.clerk.id })).toMatchObject({ status: 'archived' });
  });

  it('sends a disputed resolution up to the manager, who keeps it: the department then carries it out', async () => {
    await open();
    const disputed = await complaintAt(office, 'disputed');
    expect(disputed.status).toBe('disputed');
    // Waiting for the level above: the department can neither record its handling nor the supervisor decide.
    expect(await office.asClerk.invoke('complaints.recordHandling', steps.handling(office, disputed.id))).toMatchObject({ ok: false, error: { code: 'rule' } });
    const refused = await office.asSupervisor.invoke('complaints.decideDispute', { id: disputed.id, decision: 'upheld', comment: '维持' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('部门异议裁决须由经理/主任批准') } });

    const kept = await manager().call('complaints.decideDispute', { id: disputed.id, decision: 'upheld', comment: '管井属本楼专有部分,由工程部维修' });
    expect(kept.status).toBe('inProgress');
    const detail = await office.app.call('complaints.get', { id: disputed.id });
    expect(detail.disputes).toEqual([
      expect.objectContaining({ status: 'upheld', departmentName: office.engineering.name, raisedByName: office.clerk.name, decidedByName: '林经理', reason: expect.stringContaining('公共管井') }),
    ]);
    expect(detail.workOrders.map((order) => order.status)).toEqual(['collected']);
    await office.asClerk.call('complaints.recordHandling', steps.handling(office, disputed.id));
  });

  it('has the desk revise its resolution and dispatch again when the manager changes it; statistics count both', async () => {
    await open();
    const disputed = await complaintAt(office, 'disputed');
    const revised = await manager().call('complaints.decideDispute', { id: disputed.id, decision: 'revised', comment: '改由秩序维护部协调楼上业主' });
    expect(revised.status).toBe('accepted');
    const detail = await office.app.call('complaints.get', { id: disputed.id });
    expect(detail.workOrders.map((order) => order.status)).toEqual(['cancelled']);
    expect(detail.actions).toContain('dispatch');
    // A second dispute on the new dispatch goes up again.
    const order = await office.asClerk.call('complaints.dispatch', steps.dispatch(office, disputed.id));
    expect(order.status).toBe('issued');
    await office.asClerk.call('complaints.dispute', { id: disputed.id, reason: '仍不同意' });
    await manager().call('complaints.decideDispute', { id: disputed.id, decision: 'upheld', comment: '按修改后的意见执行' });

    clock.moveTo('2026-12-01T09:00:00');
    const report = await office.asSupervisor.call('statistics.report', { from: '2026-11' });
    const overview = report.tables.find((table) => table.key === 'complaints.overview')!;
    expect(overview.rows.find((row) => row.key === 'disputes')!.current.value).toBe(2);
    expect(overview.rows.find((row) => row.key === 'disputesRevised')!.current.value).toBe(1);
  });

  it('refuses a dispute before dispatch or once the department has answered', async () => {
    await open();
    const accepted = await office.asClerk.call('complaints.create', complaintIntake(office));
    expect(await office.asClerk.invoke('complaints.dispute', { id: accepted.id, reason: '不同意' })).toMatchObject({ ok: false, error: { code: 'rule' } });
    const waiting = await complaintAt(office, 'awaitingReview');
    expect(await office.asClerk.invoke('complaints.dispute', { id: waiting.id, reason: '不同意' })).toMatchObject({ ok: false, error: { code: 'rule' } });
  });
});
