import { afterEach, describe, expect, it } from 'vitest';
import { officeClock, type OfficeClock } from '../../helpers/officeClock';
import { complaintIntake, openTestOffice, staffPassword, type TestOffice } from '../../helpers/testApp';
import { steps } from '../../helpers/lifecycle';
import { completion, repairIntake } from '../../helpers/repairs';

/**
 * Issue 16 point 8: a department's own worker (部门员工) sees their department's work-order queue, collects its
 * orders, records arrival and handling for them — and nothing else.
 */
describe('department staff (部门员工)', () => {
  let office: TestOffice;
  let clock: OfficeClock;
  afterEach(() => office.close());
  const open = async () => {
    clock = officeClock('2026-11-23T10:00:00');
    office = await openTestOffice({ clock });
  };
  const security = async () => (await office.app.call('departments.list', {})).find((department) => department.name.startsWith('秩序维护部'))!;

  it('sees only their department’s orders, collects and answers them, and is refused another department’s', async () => {
    await open();
    const ours = await office.asClerk.call('complaints.create', complaintIntake(office));
    const ourOrder = await office.asClerk.call('complaints.dispatch', { id: ours.id, departmentId: office.engineering.id, assigneeStaffId: office.worker.id });
    const theirs = await office.asClerk.call('complaints.create', complaintIntake(office, { content: '夜间小区门口有人停车堵住消防通道。' }));
    const theirOrder = await office.asClerk.call('complaints.dispatch', { id: theirs.id, departmentId: (await security()).id, assigneeStaffId: office.clerk.id });

    // Whatever department the list is asked for, the worker gets their own.
    const queue = await office.asWorker.call('workOrders.list', { departmentId: (await security()).id });
    expect(queue.items.map((order) => order.number)).toEqual([ourOrder.number]);
    expect((await office.asClerk.call('workOrders.list', {})).total).toBe(2);

    expect(await office.asWorker.invoke('workOrders.collect', { id: theirOrder.id })).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('本部门') } });
    expect(await office.asWorker.call('workOrders.collect', { id: ourOrder.id })).toMatchObject({ status: 'collected' });
    const handled = await office.asWorker.call('complaints.recordHandling', steps.handling(office, ours.id));
    expect(handled).toMatchObject({ status: 'awaitingReview', handledByName: office.worker.name });

    await office.asClerk.call('workOrders.collect', { id: theirOrder.id });
    expect(await office.asWorker.invoke('complaints.recordHandling', steps.handling(office, theirs.id))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('collects, arrives at and completes their department’s repairs only', async () => {
    await open();
    const { id } = await office.asClerk.call('repairs.create', repairIntake(office));
    await office.asClerk.call('repairs.dispatch', { id, departmentId: office.engineering.id, assigneeStaffId: office.worker.id });
    const other = await office.asClerk.call('repairs.create', repairIntake(office, { content: '单元门禁刷卡无反应。' }));
    await office.asClerk.call('repairs.dispatch', { id: other.id, departmentId: (await security()).id, assigneeStaffId: office.clerk.id });

    expect((await office.asWorker.call('repairs.list', {})).items.map((item) => item.id)).toEqual([id]);
    expect(await office.asWorker.invoke('repairs.collect', { id: other.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await office.asWorker.call('repairs.collect', { id });
    await office.asWorker.call('repairs.arrive', { id });
    expect(await office.asWorker.call('repairs.complete', completion(id))).toMatchObject({ status: 'awaitingRevisit' });
  });

  it('reads the department’s repairs still to do as a queue, the step due soonest first, each with that step’s time', async () => {
    await open();
    const dispatched = async (content: string, departmentId: number, dueAt?: string) => {
      const { id } = await office.asClerk.call('repairs.create', repairIntake(office, { content }));
      await office.asClerk.call('repairs.dispatch', { id, departmentId, assigneeStaffId: office.worker.id, ...(dueAt && { dueAt }) });
      return id;
    };
    const toCollect = await dispatched('厨房下水堵塞。', office.engineering.id);
    const toReach = await dispatched('客厅插座没电。', office.engineering.id);
    const toFinish = await dispatched('阳台推拉门卡住。', office.engineering.id, '2026-11-23T10:08');
    const done = await dispatched('主卫水龙头漏水。', office.engineering.id);
    await dispatched('单元门禁刷卡无反应。', (await security()).id);
    await office.asClerk.call('repairs.create', repairIntake(office, { content: '楼道灯不亮,还没派工。' }));
    clock.moveTo('2026-11-23T10:05:00');
    for (const id of [toReach, toFinish, done]) await office.asWorker.call('repairs.collect', { id });
    for (const id of [toFinish, done]) await office.asWorker.call('repairs.arrive', { id });
    await office.asWorker.call('repairs.complete', completion(done));

    const queue = await office.asWorker.call('repairs.list', { queue: true, departmentId: (await security()).id });
    expect(queue.items.map((item) => [item.id, item.status])).toEqual([
      [toFinish, 'inProgress'],
      [toCollect, 'dispatched'],
      [toReach, 'collected'],
    ]);
    const [finish, collect, reach] = queue.items.map((item) => item.stepDueAt);
    const detail = async (id: number) => (await office.asClerk.call('repairs.get', { id })).repair;
    expect(finish).toBe((await detail(toFinish)).dueAt);
    expect(collect).toBe((await detail(toCollect)).collectDueAt);
    expect(reach).toBe((await detail(toReach)).onSiteDueAt);
    expect(queue.items.every((item) => item.phoneMasked === '139****5678')).toBe(true);
    // The desk's ledger keeps its order, newest first, and sees every department's.
    expect((await office.asClerk.call('repairs.list', { queue: true })).total).toBe(4);
  });

  it('tells the queue where each order’s complaint stands, so a disputed one offers nothing', async () => {
    await open();
    const complaint = await office.asClerk.call('complaints.create', complaintIntake(office));
    const order = await office.asClerk.call('complaints.dispatch', { id: complaint.id, departmentId: office.engineering.id, assigneeStaffId: office.worker.id });
    expect((await office.asWorker.call('workOrders.list', {})).items).toMatchObject([{ id: order.id, complaintStatus: 'dispatched' }]);
    await office.asWorker.call('complaints.dispute', { id: complaint.id, reason: '漏水点在公共管井,不属本部门维修范围。' });
    expect((await office.asWorker.call('workOrders.list', {})).items).toMatchObject([{ id: order.id, status: 'issued', complaintStatus: 'disputed' }]);
  });

  it('reaches nothing else: no desk, no ledgers, no settings, not even reading a complaint', async () => {
    await open();
    const complaint = await office.asClerk.call('complaints.create', complaintIntake(office));
    for (const [channel, input] of [
      ['desk.today', {}],
      ['complaints.get', { id: complaint.id }],
      ['complaints.list', {}],
      ['complaints.create', complaintIntake(office)],
      ['repairs.create', repairIntake(office)],
      ['calls.list', {}],
      ['revisits.queue', {}],
      ['settings.get', {}],
      ['staff.list', {}],
    ] as const) {
      const answer = await office.asWorker.invoke(channel as never, input as never);
      expect(answer, channel).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('部门员工只能查看和处理本部门的派工单') } });
    }
    // The print font's coverage, for the glyph check of the handling they type.
    expect((await office.asWorker.call('fonts.coverage', {})).ranges.length).toBeGreaterThan(0);
    // Their own password is theirs to change.
    await office.asWorker.call('auth.changePassword', { current: staffPassword, next: 'worker-new-pass' });
  });

  it('is a role a supervisor can give, shown in Chinese', async () => {
    await open();
    const staff = await office.asSupervisor.call('staff.list', {});
    expect(staff.find((member) => member.id === office.worker.id)).toMatchObject({ role: 'departmentStaff', departmentName: office.engineering.name });
  });
});
