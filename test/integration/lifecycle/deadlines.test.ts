import { afterEach, describe, expect, it } from 'vitest';
import { settableClock, type SettableClock } from '../../../electron/app/clock';
import { openTestOffice, complaintIntake, type TestOffice } from '../../helpers/testApp';
import { steps } from '../../helpers/lifecycle';

/** Deadlines set through the contract, on the statutory calendar (with 调休) and the office's own entries. */
describe('deadlines in working days', () => {
  let office: TestOffice;
  let clock: SettableClock;
  afterEach(() => office.close());

  async function openAt(time: string) {
    clock = settableClock();
    clock.set(time);
    office = await openTestOffice({ clock });
  }
  const intake = (receivedAt: string, severity: 'minor' | 'general' | 'major' | 'serious' = 'general', urgent = false) =>
    office.asClerk.call('complaints.create', complaintIntake(office, { receivedAt, severity, urgent }));

  it('skips the 2026 National Day week and counts the make-up Saturday 10-10', async () => {
    await openAt('2026-09-30T16:00:00');
    expect((await intake('2026-09-30T15:30', 'general')).dueAt).toBe('2026-10-10T23:59:59');
    expect((await intake('2026-09-30T15:40', 'major')).dueAt).toBe('2026-10-08T23:59:59');
    expect((await intake('2026-09-30T15:50', 'minor')).dueAt).toBe('2026-09-30T23:59:59');
  });

  it('counts Sunday 2026-09-20 as a working day (调休) and skips a plain weekend', async () => {
    await openAt('2026-09-18T10:00:00');
    // Fri 18 → Sun 20 (make-up), Mon 21, Tue 22.
    expect((await intake('2026-09-18T09:00')).dueAt).toBe('2026-09-22T23:59:59');
    clock.set('2026-11-20T10:00:00');
    // Fri 20 Nov → Mon 23, Tue 24, Wed 25.
    expect((await intake('2026-11-20T09:00')).dueAt).toBe('2026-11-25T23:59:59');
  });

  it('treats 紧急 as due the same day whatever the severity', async () => {
    await openAt('2026-11-23T10:00:00');
    expect((await intake('2026-11-23T09:00', 'general', true)).dueAt).toBe('2026-11-23T23:59:59');
  });

  it('counts the law’s 元旦 in 2027, which the package does not cover, warns for the 调休, and follows the office entries', async () => {
    await openAt('2026-12-30T10:00:00');
    // Thu 31 Dec, Fri 1 Jan (元旦 by law), Mon 4 Jan, Tue 5 Jan.
    expect((await intake('2026-12-30T09:00')).dueAt).toBe('2027-01-05T23:59:59');
    const status = await office.app.call('calendar.status', {});
    expect(status.packageYears.last).toBe(2026);
    expect(status.uncovered[0]).toBe('2027-01-01');
    expect((await office.app.call('desk.today', {})).calendarUncovered).toContain('2027-01-01');

    await office.asSupervisor.call('calendar.saveOverride', { date: '2027-01-01', kind: 'holiday', name: '元旦' });
    expect((await intake('2026-12-30T09:10')).dueAt).toBe('2027-01-05T23:59:59');
    await office.asSupervisor.call('calendar.saveOverride', { date: '2027-01-02', kind: 'workday', name: '元旦调休' });
    expect((await intake('2026-12-30T09:20')).dueAt).toBe('2027-01-04T23:59:59');

    const confirmed = await office.asSupervisor.call('calendar.confirmYear', { year: 2027, confirmed: true });
    expect(confirmed).toMatchObject({ confirmedYears: [2027], uncovered: [] });
    const removed = await office.asSupervisor.call('calendar.removeOverride', { date: '2027-01-02' });
    expect(removed.overrides).toEqual([{ date: '2027-01-01', kind: 'holiday', name: '元旦' }]);
  });

  it('follows the time limits in the settings', async () => {
    await openAt('2026-11-23T10:00:00');
    const settings = await office.app.call('settings.get', {});
    expect(settings.timeLimits).toMatchObject({ minor: 0, general: 3, major: 1, serious: 1, capa: 5 });
    await office.asSupervisor.call('settings.save', { ...settings, timeLimits: { ...settings.timeLimits, general: 5 } });
    // Mon 23 → Tue 24 … Mon 30.
    expect((await intake('2026-11-23T09:00')).dueAt).toBe('2026-11-30T23:59:59');
    const audit = await office.app.ctx.db.selectFrom('record_history').selectAll().where('entity', '=', 'settings').execute();
    expect(audit).toEqual([expect.objectContaining({ staff_id: office.supervisor.id, action: '修改设置', summary: expect.stringContaining('"general":5') })]);
  });

  it('moves the deadline only when a supervisor approves an extension, and counts it', async () => {
    await openAt('2026-11-23T10:00:00');
    const complaint = await intake('2026-11-23T09:00');
    const request = { id: complaint.id, newDueAt: '2026-12-04T18:00', reason: '需等厂家配件', interimMeasure: '已临时封堵并告知业主' };
    await office.asClerk.call('complaints.requestExtension', request);
    expect(await office.asClerk.invoke('complaints.requestExtension', request)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    let detail = await office.app.call('complaints.get', { id: complaint.id });
    expect(detail.complaint).toMatchObject({ dueAt: '2026-11-26T23:59:59', extensionCount: 0 });
    expect((await office.app.call('desk.today', {})).lists.pendingExtensions.total).toBe(1);

    const refusedClerk = await office.asClerk.invoke('complaints.decideExtension', { extensionId: detail.extensions[0]!.id, approve: true });
    expect(refusedClerk).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const approved = await office.asSupervisor.call('complaints.decideExtension', { extensionId: detail.extensions[0]!.id, approve: true, comment: '同意' });
    expect(approved).toMatchObject({ dueAt: '2026-12-04T18:00:00', extensionCount: 1 });

    await office.asClerk.call('complaints.requestExtension', { ...request, newDueAt: '2026-12-11T18:00' });
    detail = await office.app.call('complaints.get', { id: complaint.id });
    const rejected = await office.asSupervisor.call('complaints.decideExtension', { extensionId: detail.extensions[1]!.id, approve: false, comment: '不同意' });
    expect(rejected).toMatchObject({ dueAt: '2026-12-04T18:00:00', extensionCount: 1 });
    detail = await office.app.call('complaints.get', { id: complaint.id });
    expect(detail.extensions.map((extension) => [extension.status, extension.interimMeasure])).toEqual([
      ['approved', '已临时封堵并告知业主'],
      ['rejected', '已临时封堵并告知业主'],
    ]);
    expect(detail.history.map((entry) => entry.action)).toEqual(['受理', '申请延期', '批准延期', '申请延期', '不批准延期']);
  });

  it('gives a work order the department answer limit (1 working day) unless told otherwise', async () => {
    await openAt('2026-11-27T16:00:00');
    const complaint = await intake('2026-11-27T15:00');
    const order = await office.asClerk.call('complaints.dispatch', steps.dispatch(office, complaint.id));
    // Fri 27 → Mon 30.
    expect(order.dueAt).toBe('2026-11-30T23:59:59');
    const refused = await office.asClerk.invoke('complaints.dispatch', { ...steps.dispatch(office, complaint.id), dueAt: '2026-11-27T08:00' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rule', field: 'dueAt' } });
  });
});
