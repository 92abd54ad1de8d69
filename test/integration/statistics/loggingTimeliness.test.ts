import { afterEach, describe, expect, it } from 'vitest';
import { settableClock, type SettableClock } from '../../../electron/app/clock';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';
import { repairIntake } from '../../helpers/repairs';
import type { StatisticsReport } from '../../../shared/domain/statistics/statistics';

/**
 * Issue 16 point 9, seed 002: the desk logs a call or visit within 5 minutes. Each record keeps when the call or
 * visit began (投诉时间, 报修时间) apart from when it was logged, and the monthly statistics give 登记及时率.
 */
describe('登记及时率 in the monthly statistics', () => {
  let office: TestOffice;
  // A clock that stands still: the 5-minute boundary is exact.
  let clock: SettableClock;
  afterEach(() => office.close());

  const rate = (report: StatisticsReport, table: string) => report.tables.find((t) => t.key === table)!.rows.find((row) => row.key === 'loggedRate')!.current.value;

  it('counts a record logged within 5 minutes of the call as on time, and a later one as not', async () => {
    clock = settableClock();
    clock.set('2026-10-12T09:05:00');
    office = await openTestOffice({ clock });
    // Logged 5 minutes after the call began: still on time.
    const onTime = await office.asClerk.call('complaints.create', complaintIntake(office, { receivedAt: '2026-10-12T09:00' }));
    expect(onTime.receivedAt).toBe('2026-10-12T09:00:00');
    expect(onTime.createdAt).toBe('2026-10-12T09:05:00');
    clock.set('2026-10-12T09:20:00');
    // A visit at 09:10, logged at 09:20.
    await office.asClerk.call('complaints.create', complaintIntake(office, { receivedAt: '2026-10-12T09:10', channel: 'inPerson' }));
    await office.asClerk.call('complaints.create', complaintIntake(office, { receivedAt: '2026-10-12T09:18' }));
    await office.asClerk.call('repairs.create', repairIntake(office, { reportedAt: '2026-10-12T09:19' }));
    await office.asClerk.call('repairs.create', repairIntake(office, { reportedAt: '2026-10-12T09:00' }));

    clock.set('2026-11-02T09:00:00');
    const report = await office.asSupervisor.call('statistics.report', { from: '2026-10' });
    expect(rate(report, 'complaints.overview')).toBe(0.6667);
    expect(rate(report, 'repairs.overview')).toBe(0.5);
    expect(report.tables.find((t) => t.key === 'complaints.overview')!.rows.find((row) => row.key === 'loggedRate')!.label).toBe('登记及时率(5 分钟内登记)');
  });
});
