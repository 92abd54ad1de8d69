import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completion, dispatchTo, openRepairOffice, repairIntake } from '../../helpers/repairs';
import { repairTimers } from '../../../shared/domain/repairs/repairTimers';

type Office = Awaited<ReturnType<typeof openRepairOffice>>;

/** seed 002: collect within 10 minutes, on site within 30 (or an agreed time), 非维修类 within 5 days. */
describe('repair service timers', () => {
  let office: Office;
  beforeEach(async () => {
    office = await openRepairOffice();
  });
  afterEach(() => office.close());

  const dispatched = async (overrides = {}) => {
    const { id } = await office.asClerk.call('repairs.create', repairIntake(office, overrides));
    return office.asClerk.call('repairs.dispatch', dispatchTo(office, id));
  };

  it('shows the collect timer running, then late, and lists the repair on the desk', async () => {
    const repair = await dispatched();
    expect(repairTimers(repair, '2026-11-23T10:04:00')[0]).toMatchObject({ key: 'collect', state: 'running', minutes: 6 });
    expect((await office.asClerk.call('repairs.desk', {})).notCollected.total).toBe(0);

    office.clock.set('2026-11-23T10:12:00');
    expect(repairTimers(repair, office.clock.now())[0]).toMatchObject({ state: 'late', minutes: 2 });
    const desk = await office.asClerk.call('repairs.desk', {});
    expect(desk.notCollected.items).toEqual([expect.objectContaining({ number: repair.number, dueAt: '2026-11-23T10:10:00', holder: '王堃' })]);

    const collected = await office.asClerk.call('repairs.collect', { id: repair.id });
    expect(repairTimers(collected, office.clock.now())[0]).toMatchObject({ state: 'missed', minutes: 2 });
    expect((await office.asClerk.call('repairs.get', { id: repair.id })).history.at(-1)!.summary).toContain('超过接单时限');
    expect((await office.asClerk.call('repairs.desk', {})).notCollected.total).toBe(0);
  });

  it('counts 30 minutes to site from collection, or the new time agreed with the owner', async () => {
    const repair = await dispatched();
    await office.asClerk.call('repairs.collect', { id: repair.id });
    office.clock.set('2026-11-23T10:31:00');
    expect((await office.asClerk.call('repairs.desk', {})).notOnSite.items.map((item) => item.number)).toEqual([repair.number]);

    const agreed = await office.asClerk.call('repairs.agreeTime', { id: repair.id, agreedAt: '2026-11-23T14:00', reason: '业主下午才在家' });
    expect(agreed).toMatchObject({ onSiteDueAt: '2026-11-23T14:00:00', agreedTimeNote: '业主下午才在家' });
    expect((await office.asClerk.call('repairs.desk', {})).notOnSite.total).toBe(0);
    expect(repairTimers(agreed, office.clock.now())[1]).toMatchObject({ key: 'onSite', state: 'running' });
    await expect(office.asClerk.call('repairs.agreeTime', { id: repair.id, agreedAt: '2026-11-23T10:00', reason: '测试' })).rejects.toThrow('约定的时间应晚于现在');
  });

  it('gives 非维修类 work 5 days and refuses a longer limit at dispatch', async () => {
    const repair = await dispatched({ workKind: 'service', category: 'other', content: '搬运旧家具到楼下' });
    expect(repair.dueAt).toBe('2026-11-28T10:00:00');
    const { id } = await office.asClerk.call('repairs.create', repairIntake(office, { workKind: 'service' }));
    await expect(office.asClerk.call('repairs.dispatch', { ...dispatchTo(office, id), dueAt: '2026-11-30T10:00' })).rejects.toThrow(
      '非维修类须在派工后 5 天内完成;更长的期限须由经理/主任批准超时',
    );
  });

  it('refuses completion past the limit until the office head approves the overrun with a reason (seed 002)', async () => {
    const repair = await dispatched({ workKind: 'service' });
    await office.asClerk.call('repairs.collect', { id: repair.id });
    await office.asClerk.call('repairs.arrive', { id: repair.id });
    office.clock.set('2026-11-29T09:00:00');
    expect((await office.asClerk.call('repairs.desk', {})).overdue.items.map((item) => item.number)).toEqual([repair.number]);
    await expect(office.asClerk.call('repairs.complete', completion(repair.id))).rejects.toThrow('超时处理须由经理/主任“批准超时”');

    const clerkTry = await office.asClerk.invoke('repairs.approveOverrun', { id: repair.id, newDueAt: '2026-11-30T18:00', reason: '配件缺货' });
    expect(clerkTry).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // 超时处理需报主任批准: a 主管 is refused, with the message naming the approver the rule checks.
    const supervisorTry = await office.asSupervisor.invoke('repairs.approveOverrun', { id: repair.id, newDueAt: '2026-11-30T18:00', reason: '配件缺货' });
    expect(supervisorTry).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('报修超时处理须由经理/主任批准') } });
    expect((await office.asSupervisor.call('repairs.get', { id: repair.id })).actions).not.toContain('approveOverrun');
    const head = office.app.as((await office.asClerk.call('staff.list', {})).find((staff) => staff.role === 'manager')!.id);
    expect((await head.call('repairs.get', { id: repair.id })).actions).toContain('approveOverrun');
    const approved = await head.call('repairs.approveOverrun', { id: repair.id, newDueAt: '2026-11-30T18:00', reason: '配件缺货' });
    expect(approved).toMatchObject({ dueAt: '2026-11-30T18:00:00', overrunReason: '配件缺货', overrunApprovedByName: '林经理' });
    expect((await office.asClerk.call('repairs.desk', {})).overdue.total).toBe(0);
    expect((await office.asClerk.call('repairs.complete', completion(repair.id))).status).toBe('awaitingRevisit');
  });

  it('reads the targets from the settings, audited, and only a supervisor changes them', async () => {
    expect(await office.asClerk.call('repairs.timers', {})).toEqual({ collectMinutes: 10, onSiteMinutes: 30, serviceDays: 5, repairDays: 3, revisitDays: 7 });
    const timers = { collectMinutes: 15, onSiteMinutes: 45, serviceDays: 4, repairDays: 2, revisitDays: 5 };
    expect(await office.asClerk.invoke('repairs.saveTimers', timers)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await office.asSupervisor.call('repairs.saveTimers', timers);
    const repair = await dispatched();
    expect(repair.collectDueAt).toBe('2026-11-23T10:15:00');
    expect(repair.dueAt).toBe('2026-11-25T10:00:00');
    const audit = await office.app.ctx.db.selectFrom('record_history').select('summary').where('entity', '=', 'settings').execute();
    expect(audit.map((row) => row.summary)).toContainEqual(expect.stringContaining('报修服务时限'));
  });
});
