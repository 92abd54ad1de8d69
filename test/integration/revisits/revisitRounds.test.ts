import { afterEach, describe, expect, it } from 'vitest';
import { officeClock } from '../../helpers/officeClock';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';
import { steps } from '../../helpers/lifecycle';
import { completion, dispatchTo, repairIntake } from '../../helpers/repairs';

/**
 * Issue 16 point 6, seed 000 篇5: a case the owner is still unhappy with goes up a level each round (客服 → 主管 →
 * 经理): after one 不满意 revisit the next needs at least a 主管, after two a 经理 — whatever the severity asked.
 */
describe('each unsatisfied round goes up a level', () => {
  let office: TestOffice;
  afterEach(() => office.close());
  const open = async () => {
    office = await openTestOffice({ clock: officeClock('2026-11-23T10:00:00') });
  };
  const managerId = async () => (await office.asClerk.call('staff.list', {})).find((staff) => staff.role === 'manager')!.id;
  const refusal = (role: string) => ({ ok: false, error: { code: 'forbidden', field: 'revisitorStaffId', message: expect.stringContaining(`须由${role}`) } });

  async function handledAgain(id: number) {
    await office.asClerk.call('complaints.recordHandling', steps.handling(office, id));
    await office.asSupervisor.call('complaints.review', { id, decision: 'approve', comment: '再次回访' });
  }

  it('takes a 一般 complaint from the desk to a supervisor to the manager', async () => {
    await open();
    const { id } = await office.asClerk.call('complaints.create', complaintIntake(office));
    await office.asClerk.call('complaints.recordHandling', steps.handling(office, id));
    await office.asSupervisor.call('complaints.review', { id, decision: 'approve', comment: '同意' });
    // Round 0: the desk revisits.
    expect(await office.asClerk.call('complaints.revisit', steps.revisit(office, id, 'unsatisfied', office.clerk.id))).toMatchObject({ round: 1 });

    await handledAgain(id);
    expect(await office.asClerk.invoke('complaints.revisit', steps.revisit(office, id, 'satisfied', office.clerk.id))).toMatchObject(refusal('主管'));
    expect(await office.asClerk.call('complaints.revisit', steps.revisit(office, id, 'unsatisfied', office.supervisor.id))).toMatchObject({ round: 2 });

    await handledAgain(id);
    expect(await office.asClerk.invoke('complaints.revisit', steps.revisit(office, id, 'satisfied', office.supervisor.id))).toMatchObject(refusal('经理/主任'));
    const closed = await office.asClerk.call('complaints.revisit', steps.revisit(office, id, 'satisfied', await managerId()));
    expect(closed).toMatchObject({ status: 'resolved', round: 2 });
    const { revisits } = await office.asClerk.call('complaints.get', { id });
    expect(revisits.map((revisit) => revisit.revisitorName)).toEqual([office.clerk.name, office.supervisor.name, '林经理']);
  });

  it('keeps a 重大 complaint with a supervisor after one round: its severity already asked for one', async () => {
    await open();
    const { id } = await office.asClerk.call('complaints.create', complaintIntake(office, { severity: 'major' }));
    await office.asClerk.call('complaints.recordHandling', steps.handling(office, id));
    await office.asSupervisor.call('complaints.review', { id, decision: 'approve', comment: '同意' });
    // 重大 → 主管 (seed 002); the queue proposes and the rule requires it.
    const [planned] = (await office.asClerk.call('revisits.queue', {})).items;
    expect(planned).toMatchObject({ requiredRole: 'supervisor' });
    await office.asClerk.call('complaints.revisit', { ...steps.revisit(office, id, 'unsatisfied', office.supervisor.id), revisitedAt: '2026-11-23T10:00' });
    await handledAgain(id);
    const [next] = (await office.asClerk.call('revisits.queue', {})).items;
    expect(next).toMatchObject({ requiredRole: 'supervisor' });
  });

  it('raises a repair’s revisit the same way after its owner was not satisfied', async () => {
    await open();
    const { id } = await office.asClerk.call('repairs.create', repairIntake(office));
    await office.asClerk.call('repairs.dispatch', dispatchTo(office, id));
    await office.asClerk.call('repairs.collect', { id });
    await office.asClerk.call('repairs.arrive', { id });
    await office.asClerk.call('repairs.complete', completion(id));
    const first = await office.asClerk.call('revisits.start', { subjectKind: 'repair', subjectId: id });
    expect(first.revisit.requiredRole).toBe('clerk');
    const answer = (revisitId: number, revisitorStaffId: number, resultSatisfaction: 'satisfied' | 'unsatisfied') => ({
      id: revisitId, method: 'phone' as const, revisitorStaffId, revisitedAt: '2026-11-23T10:00', scriptChecks: [],
      ownerOpinion: resultSatisfaction === 'satisfied' ? '好了' : '还漏', resultSatisfaction, attitudeSatisfaction: 'satisfied' as const, officeOpinion: null,
    });
    await office.asClerk.call('revisits.record', answer(first.revisit.id, office.supervisor.id, 'unsatisfied'));
    await office.asClerk.call('repairs.complete', completion(id));
    const second = await office.asClerk.call('revisits.start', { subjectKind: 'repair', subjectId: id });
    expect(second.revisit.requiredRole).toBe('supervisor');
    expect(await office.asClerk.invoke('revisits.record', answer(second.revisit.id, office.clerk.id, 'satisfied'))).toMatchObject(refusal('主管'));
  });
});
