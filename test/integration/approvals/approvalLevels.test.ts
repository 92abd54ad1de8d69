import { afterEach, describe, expect, it } from 'vitest';
import { officeClock } from '../../helpers/officeClock';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';
import { complaintAt } from '../../helpers/lifecycle';
import { repairIntake } from '../../helpers/repairs';

/**
 * Issue 16 point 3: every approval in the procedures takes its approver from one table in the settings (审批权限),
 * with the seeds' defaults; the rule and its refusal read the same entry.
 */
describe('approval levels (审批权限)', () => {
  let office: TestOffice;
  afterEach(() => office.close());
  const open = async () => {
    office = await openTestOffice({ clock: officeClock('2026-11-23T10:00:00') });
  };
  const refused = (message: string) => ({ ok: false, error: { code: 'forbidden', message: expect.stringContaining(message) } });

  it('starts from the procedures’ defaults: repair overrun and reopening a month by the office head, the rest by a supervisor', async () => {
    await open();
    expect(await office.asClerk.call('approvals.get', {})).toEqual({
      approvers: {
        complaintReview: 'supervisor',
        complaintExtension: 'supervisor',
        signedScanWaiver: 'supervisor',
        disputeDecision: 'manager',
        repairOverrun: 'manager',
        monthClose: 'supervisor',
        monthReopen: 'manager',
      },
      separation: { reviewerNotHandler: true, revisitorNotWorker: true },
    });
  });

  it('lets only the office head change the table, never to a clerk, and audits the change', async () => {
    await open();
    const rules = await office.app.call('approvals.get', {});
    const toSupervisor = { ...rules, approvers: { ...rules.approvers, repairOverrun: 'supervisor' as const } };
    expect(await office.asSupervisor.invoke('approvals.save', toSupervisor)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await office.app.invoke('approvals.save', { ...rules, approvers: { ...rules.approvers, repairOverrun: 'clerk' } } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    await office.app.call('approvals.save', toSupervisor);
    const audit = await office.app.ctx.db.selectFrom('record_history').select('summary').where('entity', '=', 'settings').execute();
    expect(audit.map((row) => row.summary)).toContainEqual(expect.stringContaining('报修超时处理→主管或经理/主任'));
  });

  it('refuses a repair overrun to a supervisor by default and accepts it once the table names supervisors', async () => {
    await open();
    const repair = await office.asClerk.call('repairs.create', repairIntake(office));
    await office.asClerk.call('repairs.dispatch', { id: repair.id, departmentId: office.engineering.id, assigneeStaffId: office.clerk.id });
    const approval = { id: repair.id, newDueAt: '2026-11-30T18:00', reason: '配件缺货' };
    expect(await office.asSupervisor.invoke('repairs.approveOverrun', approval)).toMatchObject(refused('报修超时处理须由经理/主任批准,当前登录的是 周珺(主管)'));

    const rules = await office.app.call('approvals.get', {});
    await office.app.call('approvals.save', { ...rules, approvers: { ...rules.approvers, repairOverrun: 'supervisor' } });
    expect(await office.asClerk.invoke('repairs.approveOverrun', approval)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await office.asSupervisor.call('repairs.approveOverrun', approval)).toMatchObject({ overrunApprovedByName: office.supervisor.name });
  });

  it('moves a complaint extension and the waiver of the signed scan to the office head when the table says so', async () => {
    await open();
    const rules = await office.app.call('approvals.get', {});
    await office.app.call('approvals.save', { ...rules, approvers: { ...rules.approvers, complaintExtension: 'manager', signedScanWaiver: 'manager' } });

    const complaint = await office.asClerk.call('complaints.create', complaintIntake(office));
    await office.asClerk.call('complaints.requestExtension', { id: complaint.id, newDueAt: '2026-12-04T18:00', reason: '需等厂家配件', interimMeasure: '已临时封堵' });
    const extensionId = (await office.app.call('complaints.get', { id: complaint.id })).extensions[0]!.id;
    expect(await office.asSupervisor.invoke('complaints.decideExtension', { extensionId, approve: true, comment: null })).toMatchObject(
      refused('投诉延期须由经理/主任批准'),
    );
    expect(await office.app.call('complaints.decideExtension', { extensionId, approve: true, comment: '同意' })).toMatchObject({ dueAt: '2026-12-04T18:00:00' });

    const resolved = await complaintAt(office, 'resolved');
    expect((await office.asSupervisor.call('complaints.get', { id: resolved.id })).actions).not.toContain('waiveSignedScan');
    expect(await office.asSupervisor.invoke('complaints.waiveSignedScan', { id: resolved.id, reason: '业主拒签' })).toMatchObject(refused('免交签字扫描件须由经理/主任批准'));
    expect((await office.app.call('complaints.get', { id: resolved.id })).actions).toContain('waiveSignedScan');
    await office.app.call('complaints.waiveSignedScan', { id: resolved.id, reason: '业主拒签' });
  });

  it('lets a supervisor reopen a closed month only when the table gives reopening to supervisors', async () => {
    await open();
    expect(await office.asClerk.invoke('statistics.closeMonth', { month: '2026-10' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await office.asSupervisor.call('statistics.closeMonth', { month: '2026-10' });
    const reopen = { month: '2026-10', reason: '补录漏登投诉' };
    expect(await office.asSupervisor.invoke('statistics.reopenMonth', reopen)).toMatchObject(refused('重新开放已月结月份须由经理/主任批准'));
    const rules = await office.app.call('approvals.get', {});
    await office.app.call('approvals.save', { ...rules, approvers: { ...rules.approvers, monthReopen: 'supervisor', monthClose: 'manager' } });
    expect(await office.asSupervisor.call('statistics.reopenMonth', reopen)).toMatchObject({ status: 'reopened' });
    expect(await office.asSupervisor.invoke('statistics.closeMonth', { month: '2026-10' })).toMatchObject(refused('统计月结须由经理/主任批准'));
  });
});
