import { afterEach, describe, expect, it } from 'vitest';
import { officeClock } from '../../helpers/officeClock';
import { complaintIntake, openTestOffice, staffPassword, type TestOffice } from '../../helpers/testApp';
import { steps } from '../../helpers/lifecycle';
import { completion, repairIntake } from '../../helpers/repairs';

/**
 * Issue 16 point 8: a department's own worker (部门员工) sees their department's work-order queue, collects its
 * orders, records arrival and handling for them — and nothing else.
 */
describe('department staff (部门员工)', () => {
  let office: TestOffice;
  afterEach(() => office.close());
  const open = async () => {
    office = await openTestOffice({ clock: officeClock('2026-11-23T10:00:00') });
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
    // Their own password is theirs to change.
    await office.asWorker.call('auth.changePassword', { current: staffPassword, next: 'worker-new-pass' });
  });

  it('is a role a supervisor can give, shown in Chinese', async () => {
    await open();
    const staff = await office.asSupervisor.call('staff.list', {});
    expect(staff.find((member) => member.id === office.worker.id)).toMatchObject({ role: 'departmentStaff', departmentName: office.engineering.name });
  });
});
