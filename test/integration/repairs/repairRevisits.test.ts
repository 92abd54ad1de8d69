import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completion, dispatchTo, openRepairOffice, repairIntake } from '../../helpers/repairs';
import { inTransaction } from '../../../electron/app/db/transaction';
import { repairRevisitSubject as subject } from '../../../electron/app/ledgers/repairs/repairRevisits';
import type { Actor } from '../../../electron/app/auth/session';

type Office = Awaited<ReturnType<typeof openRepairOffice>>;

/** The hooks the revisits ledger calls: list, describe, and record the verdict in its own transaction. */
describe('repair revisit hooks', () => {
  let office: Office;
  let actor: Actor;
  beforeEach(async () => {
    office = await openRepairOffice();
    actor = { staffId: office.clerk.id, name: office.clerk.name, role: 'clerk', departmentName: '客户服务部' };
  });
  afterEach(() => office.close());

  async function completed() {
    const { asClerk: clerk } = office;
    const { id } = await clerk.call('repairs.create', repairIntake(office));
    await clerk.call('repairs.dispatch', dispatchTo(office, id));
    await clerk.call('repairs.collect', { id });
    await clerk.call('repairs.arrive', { id });
    return clerk.call('repairs.complete', completion(id));
  }
  const outcome = (id: number, satisfied: boolean) =>
    inTransaction(office.app.ctx.db, (trx) => subject.recordOutcome(trx, actor, id, satisfied, office.clock.now()));

  it('lists a completed repair with what the caller needs, due 7 days after completion', async () => {
    const repair = await completed();
    const expected = {
      id: repair.id,
      number: repair.number,
      roomLabel: '3-1-1502',
      ownerName: '陈喆',
      phone: '139****5678',
      summary: '卫生间水龙头漏水,关不紧。',
      completedAt: '2026-11-23T10:00:00',
      revisitDueAt: '2026-11-30T23:59:59',
    };
    expect(await subject.awaiting(office.app.ctx.db)).toEqual([expected]);
    expect(await subject.describe(office.app.ctx.db, repair.id)).toEqual({
      ...expected,
      statusLabel: '待回访',
      result: completion(repair.id).result,
      fullPhone: '13912345678',
      round: 0,
      // The repairer, whose work the revisit checks (职责分离).
      workedBy: [office.clerk.id],
    });
    expect(await subject.describe(office.app.ctx.db, 9999)).toBeUndefined();
  });

  it('closes the repair when the owner is satisfied', async () => {
    const repair = await completed();
    office.clock.set('2026-11-25T09:00:00');
    await outcome(repair.id, true);
    const detail = await office.asClerk.call('repairs.get', { id: repair.id });
    expect(detail.repair).toMatchObject({ status: 'closed', closedAt: '2026-11-25T09:00:00', round: 0 });
    expect(detail.history.at(-1)).toMatchObject({ action: '销项', staffName: '王堃' });
    expect(await subject.awaiting(office.app.ctx.db)).toEqual([]);
  });

  it('reopens it for another round when the owner is not, and it can be completed again', async () => {
    const repair = await completed();
    office.clock.set('2026-11-25T09:00:00');
    await outcome(repair.id, false);
    const reopened = (await office.asClerk.call('repairs.get', { id: repair.id })).repair;
    expect(reopened).toMatchObject({ status: 'inProgress', round: 1, revisitDueAt: null, dueAt: '2026-11-28T09:00:00' });
    expect(await subject.awaiting(office.app.ctx.db)).toEqual([]);
    const again = await office.asClerk.call('repairs.complete', { ...completion(repair.id), result: '更换整个龙头' });
    expect(again).toMatchObject({ status: 'awaitingRevisit', revisitDueAt: '2026-12-02T23:59:59' });
  });

  it('refuses a verdict for a repair not awaiting its revisit, or one that does not exist', async () => {
    const { id, number } = await office.asClerk.call('repairs.create', repairIntake(office));
    await expect(outcome(id, true)).rejects.toThrow(`报修 ${number} 当前为“已登记”,不在待回访状态,不能登记回访结果`);
    await expect(outcome(9999, true)).rejects.toThrow('该报修记录不存在');
  });
});
