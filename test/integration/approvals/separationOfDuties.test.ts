import { afterEach, describe, expect, it } from 'vitest';
import { officeClock } from '../../helpers/officeClock';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';
import { steps } from '../../helpers/lifecycle';
import { completion, dispatchTo, repairIntake } from '../../helpers/repairs';

/**
 * Issue 16 point 7, 职责分离 (settings, on by default): the reviewer is not the investigator or the implementer,
 * and a revisit is not made by the person whose work it checks. Off in the settings, the office may combine them.
 */
describe('separation of duties', () => {
  let office: TestOffice;
  afterEach(() => office.close());
  const open = async () => {
    office = await openTestOffice({ clock: officeClock('2026-11-23T10:00:00') });
  };
  const refusedAs = (field?: string) => ({ ok: false, error: { code: 'rule', message: expect.stringContaining('请换人'), ...(field && { field }) } });

  async function handledBy(investigatorStaffId: number, emergencyStaffId: number | null) {
    const { id } = await office.asClerk.call('complaints.create', complaintIntake(office));
    await office.asClerk.call('complaints.recordHandling', { ...steps.handling(office, id), investigatorStaffId, emergencyStaffId, emergencyMeasure: emergencyStaffId ? '关阀' : null });
    return id;
  }

  it('refuses a supervisor approving the handling he investigated or carried out, and accepts another', async () => {
    await open();
    const investigated = await handledBy(office.supervisor.id, office.worker.id);
    expect(await office.asSupervisor.invoke('complaints.review', { id: investigated, decision: 'approve', comment: '同意' })).toMatchObject(refusedAs());
    expect(await office.app.call('complaints.review', { id: investigated, decision: 'approve', comment: '同意' })).toMatchObject({ status: 'awaitingRevisit' });

    const implemented = await handledBy(office.worker.id, office.supervisor.id);
    const refused = await office.asSupervisor.invoke('complaints.review', { id: implemented, decision: 'return', comment: '重查' });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('审核批示人不能是该投诉的调查人或实施人:周珺') } });
  });

  it('refuses a revisit by the investigator or the implementer, and proposes someone else', async () => {
    await open();
    const id = await handledBy(office.clerk.id, office.worker.id);
    await office.asSupervisor.call('complaints.review', { id, decision: 'approve', comment: '同意' });
    expect(await office.asClerk.invoke('complaints.revisit', steps.revisit(office, id, 'satisfied', office.clerk.id))).toMatchObject(refusedAs('revisitorStaffId'));
    const started = await office.asClerk.call('revisits.start', { subjectKind: 'complaint', subjectId: id });
    expect(started.proposedRevisitor?.id).not.toBe(office.clerk.id);
    expect(await office.asClerk.call('complaints.revisit', steps.revisit(office, id, 'satisfied', office.supervisor.id))).toMatchObject({ status: 'resolved' });
  });

  it('refuses the repairer revisiting his own repair', async () => {
    await open();
    const { id } = await office.asClerk.call('repairs.create', repairIntake(office));
    await office.asClerk.call('repairs.dispatch', { ...dispatchTo(office, id), assigneeStaffId: office.clerk.id });
    await office.asClerk.call('repairs.collect', { id });
    await office.asClerk.call('repairs.arrive', { id });
    await office.asClerk.call('repairs.complete', completion(id));
    const { revisit } = await office.asClerk.call('revisits.start', { subjectKind: 'repair', subjectId: id });
    const answer = (revisitorStaffId: number) => ({
      id: revisit.id, method: 'phone' as const, revisitorStaffId, revisitedAt: '2026-11-23T10:00', scriptChecks: [],
      ownerOpinion: '好了', resultSatisfaction: 'satisfied' as const, attitudeSatisfaction: 'satisfied' as const, officeOpinion: null,
    });
    expect(await office.asClerk.invoke('revisits.record', answer(office.clerk.id))).toMatchObject(refusedAs('revisitorStaffId'));
    expect((await office.asClerk.call('revisits.record', answer(office.supervisor.id))).revisit.status).toBe('done');
  });

  it('lets the office switch the rules off in 审批权限', async () => {
    await open();
    const rules = await office.app.call('approvals.get', {});
    await office.app.call('approvals.save', { ...rules, separation: { reviewerNotHandler: false, revisitorNotWorker: false } });
    const id = await handledBy(office.supervisor.id, office.supervisor.id);
    await office.asSupervisor.call('complaints.review', { id, decision: 'approve', comment: '同意' });
    expect(await office.asClerk.call('complaints.revisit', steps.revisit(office, id, 'satisfied', office.supervisor.id))).toMatchObject({ status: 'resolved' });
  });
});
