import { afterEach, describe, expect, it } from 'vitest';
import { settableClock } from '../../../electron/app/clock';
import { openTestOffice, complaintIntake, type TestOffice } from '../../helpers/testApp';
import { steps } from '../../helpers/lifecycle';

describe('今日待办', () => {
  let office: TestOffice;
  afterEach(() => office.close());

  it('counts and lists what is late, due today, awaiting approval, not yet dispatched and orders not collected', async () => {
    const clock = settableClock();
    office = await openTestOffice({ clock });
    const { asClerk: clerk, asSupervisor: supervisor } = office;
    const at = async (time: string) => clock.set(time);

    await at('2026-11-18T09:00:00');
    const late = await clerk.call('complaints.create', complaintIntake(office, { receivedAt: '2026-11-18T08:50', content: '上周的漏水' })); // due Mon 23
    const revisit = await clerk.call('complaints.create', complaintIntake(office, { receivedAt: '2026-11-18T08:55', category: 'cleaning', content: '垃圾未清' }));
    await clerk.call('complaints.recordHandling', steps.handling(office, revisit.id));
    await supervisor.call('complaints.review', { id: revisit.id, decision: 'approve', comment: '回访' }); // revisit due 25th
    await at('2026-11-23T09:00:00');
    const today = await clerk.call('complaints.create', complaintIntake(office, { receivedAt: '2026-11-23T08:00', category: 'order', urgent: true, content: '门禁坏了' }));
    const review = await clerk.call('complaints.create', complaintIntake(office, { receivedAt: '2026-11-23T08:10', category: 'greening', content: '草坪枯黄' }));
    await clerk.call('complaints.recordHandling', steps.handling(office, review.id));
    const dispatched = await clerk.call('complaints.create', complaintIntake(office, { receivedAt: '2026-11-23T08:20', category: 'reception', content: '前台态度差' }));
    await clerk.call('complaints.dispatch', steps.dispatch(office, dispatched.id));
    await at('2026-11-25T10:00:00');

    const desk = await clerk.call('desk.today', {});
    const numbers = (name: keyof typeof desk.lists) => desk.lists[name].items.map((item) => item.number);
    expect(desk.now).toBe('2026-11-25T10:00:00');
    expect(numbers('overdue')).toEqual([late.number, today.number]);
    expect(numbers('dueToday')).toEqual([]);
    expect(numbers('awaitingApproval')).toEqual([review.number]);
    expect(numbers('notDispatched')).toEqual([late.number, today.number]);
    // Revisits are the revisit queue's card, complaints and repairs alike: one count, one list.
    expect((await clerk.call('revisits.queue', {})).items.map((item) => item.subjectNumber)).toContain(revisit.number);
    expect(numbers('ordersNotCollected')).toEqual([dispatched.number]);
    expect(desk.lists.overdue).toMatchObject({ total: 2, items: [{ title: '上周的漏水', roomLabel: '3-1-1502', holder: '王堃', dueAt: '2026-11-23T23:59:59' }, {}] });

    await at('2026-11-26T09:00:00');
    const later = await clerk.call('desk.today', {});
    expect(later.lists.dueToday.items.map((item) => item.number)).toEqual([review.number, dispatched.number]);
  });

  it('acknowledges all alerts up to the newest shown, counts them all, and gives a supervisor those of open complaints', async () => {
    office = await openTestOffice();
    const { asClerk: clerk, asSupervisor: supervisor } = office;
    const manager = office.app.as((await office.app.call('auth.status', {})).signedIn!.staffId);
    const serious = (content: string) => clerk.call('complaints.create', complaintIntake(office, { severity: 'serious', content }));
    const first = await serious('一');
    await serious('二');
    await supervisor.call('complaints.void', { id: first.id, reason: '重复登记' });
    const shown = await manager.call('desk.today', {});
    expect(shown.alertTotal).toBe(2);
    expect((await supervisor.call('desk.today', {})).alertTotal).toBe(1);
    expect((await clerk.call('desk.today', {})).alerts).toEqual([]);

    // One arrives while the manager reads: 全部知悉 leaves it open.
    await serious('三');
    const upToId = Math.max(...shown.alerts.map((alert) => alert.id));
    expect(await manager.call('alerts.acknowledgeAll', { upToId })).toEqual({ acknowledged: 2 });
    const after = await manager.call('desk.today', {});
    expect(after.alertTotal).toBe(1);
    expect(after.alerts[0]!.message).toContain('三');
    await expect(supervisor.call('alerts.acknowledgeAll', { upToId: after.alerts[0]!.id })).rejects.toMatchObject({ error: { code: 'forbidden' } });
  });
});
