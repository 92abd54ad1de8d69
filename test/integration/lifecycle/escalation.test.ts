import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestOffice, complaintIntake, staffPassword, testManager, type TestOffice } from '../../helpers/testApp';

describe('escalation to the manager', () => {
  let office: TestOffice;
  beforeEach(async () => {
    office = await openTestOffice();
  });
  afterEach(() => office.close());

  const complain = (overrides: Parameters<typeof complaintIntake>[1] = {}) =>
    office.asClerk.call('complaints.create', complaintIntake(office, overrides));

  it('turns the 5th complaint about the same matter within 30 days from 一般 into 严重, linking the earlier ones', async () => {
    const earlier = [];
    for (const day of ['2026-10-27', '2026-11-02', '2026-11-10', '2026-11-20']) earlier.push(await complain({ receivedAt: `${day}T09:00` }));
    expect(earlier.map((complaint) => complaint.severity)).toEqual(['general', 'general', 'general', 'general']);

    const fifth = await complain({ receivedAt: '2026-11-23T09:30' });
    expect(fifth).toMatchObject({ severity: 'serious', escalatedFrom: 'general', dueAt: '2026-11-24T23:59:59' });
    const detail = await office.app.call('complaints.get', { id: fifth.id });
    expect(detail.repeats.map((repeat) => repeat.number)).toEqual(earlier.map((complaint) => complaint.number));
    expect(detail.alerts.map((alert) => alert.kind)).toEqual(['repeat', 'severe']);
    expect(detail.history.map((entry) => [entry.action, entry.changes.map((change) => change.field)])).toEqual([
      ['受理', []],
      ['升级', ['severity', 'escalatedFrom', 'dueAt']],
    ]);
  });

  it('does not count another matter, a complaint older than 30 days, another room, or a voided one', async () => {
    await complain({ receivedAt: '2026-10-20T09:00' }); // 34 days before
    await complain({ receivedAt: '2026-11-02T09:00', category: 'cleaning' });
    const other = await office.app.call('rooms.save', { building: '5', unit: '2', roomNo: '801', owners: [] });
    await complain({ receivedAt: '2026-11-03T09:00', roomId: other.id, phone: null });
    const voided = await complain({ receivedAt: '2026-11-04T09:00' });
    await office.asSupervisor.call('complaints.void', { id: voided.id, reason: '重复登记' });
    await complain({ receivedAt: '2026-11-05T09:00' });
    await complain({ receivedAt: '2026-11-06T09:00' });
    await complain({ receivedAt: '2026-11-07T09:00' });
    expect((await complain({ receivedAt: '2026-11-23T09:00' })).severity).toBe('general');
    // The same phone from another room is the same owner.
    expect((await complain({ receivedAt: '2026-11-23T09:10', roomId: other.id })).severity).toBe('serious');
  });

  it('alerts the manager at once for 重大/严重 and 紧急, on the desk and at the next sign-in', async () => {
    await complain({ severity: 'major' });
    await complain({ urgent: true });
    await complain({ severity: 'minor' });
    const desk = await office.app.call('desk.today', {});
    expect(desk.alerts.map((alert) => alert.kind).sort()).toEqual(['severe', 'urgent']);
    expect(desk.alerts.every((alert) => alert.acknowledgedAt === null)).toBe(true);

    const manager = (await office.app.call('auth.status', {})).accounts.find((account) => account.name === testManager.name)!;
    expect((await office.app.call('auth.signIn', { staffId: manager.staffId, password: testManager.password })).openAlerts).toBe(2);
    expect((await office.app.call('auth.signIn', { staffId: office.clerk.id, password: staffPassword })).openAlerts).toBe(0);

    const first = desk.alerts[0]!;
    expect(await office.asSupervisor.invoke('alerts.acknowledge', { id: first.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const seen = await office.app.as(manager.staffId).call('alerts.acknowledge', { id: first.id });
    expect(seen).toMatchObject({ acknowledgedByName: testManager.name, acknowledgedAt: '2026-11-23T10:00:00' });
    // The clerk signed in last: the desk's alerts are the manager's to see.
    expect((await office.app.call('desk.today', {})).alerts).toEqual([]);
    expect((await office.app.as(manager.staffId).call('desk.today', {})).alerts).toHaveLength(1);
  });
});
