import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completion, dispatchTo, openRepairOffice, repairIntake } from '../../helpers/repairs';

type Office = Awaited<ReturnType<typeof openRepairOffice>>;

describe('a repair’s steps through the contract', () => {
  let office: Office;
  beforeEach(async () => {
    office = await openRepairOffice();
  });
  afterEach(() => office.close());

  it('is numbered BX and runs dispatch → collected → on site → completed, each with a history row', async () => {
    const { asClerk: clerk, clock } = office;
    const created = await clerk.call('repairs.create', repairIntake(office));
    expect(created).toMatchObject({ number: 'BX-202611-0001', status: 'accepted', roomLabel: '3-1-1502', receiverName: '王堃' });
    const id = created.id;

    const dispatched = await clerk.call('repairs.dispatch', { ...dispatchTo(office, id), instructions: '带阀芯' });
    expect(dispatched).toMatchObject({ status: 'dispatched', assigneeName: '王堃', departmentName: office.engineering.name });
    expect(dispatched.collectDueAt).toBe('2026-11-23T10:10:00');
    // 维修类 without a contract time: the default of 3 days from the 派工单.
    expect(dispatched.dueAt).toBe('2026-11-26T10:00:00');

    clock.set('2026-11-23T10:06:00');
    const collected = await clerk.call('repairs.collect', { id });
    expect(collected).toMatchObject({ status: 'collected', collectedAt: '2026-11-23T10:06:00', onSiteDueAt: '2026-11-23T10:36:00' });

    clock.set('2026-11-23T10:30:00');
    expect(await clerk.call('repairs.arrive', { id })).toMatchObject({ status: 'inProgress', arrivedAt: '2026-11-23T10:30:00' });

    clock.set('2026-11-23T11:15:00');
    const done = await clerk.call('repairs.complete', completion(id));
    expect(done).toMatchObject({
      status: 'awaitingRevisit',
      completedAt: '2026-11-23T11:15:00',
      result: '更换水龙头阀芯,试水不漏。',
      materials: '阀芯 1 个',
      chargeType: 'priceList',
      chargeFen: 3550,
      revisitDueAt: '2026-11-30T23:59:59',
    });

    const detail = await clerk.call('repairs.get', { id });
    expect(detail.history.map((entry) => entry.action)).toEqual(['受理', '派工', '接单', '到场', '完成']);
    expect(detail.history[4]!.summary).toContain('按价目表收费 35.50 元');
    expect(detail.actions).toEqual([]);
  });

  it('refuses steps out of order with the state named', async () => {
    const { asClerk: clerk } = office;
    const { id } = await clerk.call('repairs.create', repairIntake(office));
    await expect(clerk.call('repairs.collect', { id })).rejects.toThrow('报修 BX-202611-0001 当前为“已登记”,不能接单');
    await expect(clerk.call('repairs.arrive', { id })).rejects.toThrow('不能到场');
    await expect(clerk.call('repairs.complete', completion(id))).rejects.toThrow('不能完成');
    await clerk.call('repairs.dispatch', dispatchTo(office, id));
    await expect(clerk.call('repairs.arrive', { id })).rejects.toThrow('当前为“已派工”,不能到场');
    await clerk.call('repairs.collect', { id });
    await expect(clerk.call('repairs.collect', { id })).rejects.toThrow('当前为“已接单”,不能接单');
  });

  it('lets only a supervisor void, with the reason kept, and nothing moves a voided repair', async () => {
    const { id } = await office.asClerk.call('repairs.create', repairIntake(office));
    const refused = await office.asClerk.invoke('repairs.void', { id, reason: '重复登记' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const voided = await office.asSupervisor.call('repairs.void', { id, reason: '重复登记' });
    expect(voided).toMatchObject({ status: 'voided', voidReason: '重复登记' });
    await expect(office.asClerk.call('repairs.dispatch', dispatchTo(office, id))).rejects.toThrow('当前为“已作废”,不能派工');
  });

  it('keeps money exact in fen and checks the charge against the way it is charged', async () => {
    const { asClerk: clerk } = office;
    const { id } = await clerk.call('repairs.create', repairIntake(office));
    await clerk.call('repairs.dispatch', dispatchTo(office, id));
    await clerk.call('repairs.collect', { id });
    await clerk.call('repairs.arrive', { id });
    const bad = await clerk.invoke('repairs.complete', { ...completion(id), charge: '12.345' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'charge' } });
    const freeWithMoney = await clerk.invoke('repairs.complete', { ...completion(id), chargeType: 'free', charge: '5' });
    expect(freeWithMoney).toMatchObject({ ok: false, error: { field: 'charge', message: '「金额」免费维修的金额应为 0' } });
    const chargedNothing = await clerk.invoke('repairs.complete', { ...completion(id), charge: '' });
    expect(chargedNothing).toMatchObject({ ok: false, error: { field: 'charge', message: '「金额」按价目表收费请填写金额' } });
    expect((await clerk.call('repairs.complete', { ...completion(id), charge: '0.1' })).chargeFen).toBe(10);
  });

  it('a redispatch (改派) names the new assignee, restarts the collect timer and keeps the due time', async () => {
    const { asClerk: clerk, clock } = office;
    const { id } = await clerk.call('repairs.create', repairIntake(office));
    const first = await clerk.call('repairs.dispatch', dispatchTo(office, id));
    clock.set('2026-11-23T10:20:00');
    const second = await clerk.call('repairs.dispatch', { ...dispatchTo(office, id), assigneeStaffId: office.supervisor.id });
    expect(second).toMatchObject({ assigneeName: '周珺', collectDueAt: '2026-11-23T10:30:00', dueAt: first.dueAt, dispatchedAt: first.dispatchedAt });
    const detail = await clerk.call('repairs.get', { id });
    expect(detail.history.at(-1)).toMatchObject({ action: '改派' });
    expect(detail.history.at(-1)!.changes).toContainEqual({ field: 'assigneeStaffId', before: office.clerk.id, after: office.supervisor.id });
  });
});
