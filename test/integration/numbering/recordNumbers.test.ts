import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../../electron/app/openApp';
import { fixedClock } from '../../../electron/app/clock';
import { recordNumberPattern } from '../../../shared/domain/recordNumber';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';

describe('complaint numbers', () => {
  let office: TestOffice;
  const others: App[] = [];

  beforeEach(async () => {
    office = await openTestOffice();
  });
  afterEach(async () => {
    for (const app of others.splice(0)) await app.close();
    await office.close();
  });

  /** The same data folder with the office PC's clock set to another time. */
  async function at(time: string): Promise<App> {
    const app = await openApp({ dataDir: office.dataDir, clock: fixedClock(time) });
    others.push(app);
    return app;
  }

  async function register(app: App, receivedAt: string): Promise<string> {
    return (await app.as(office.clerk.id).call('complaints.create', complaintIntake(office, { receivedAt }))).number;
  }

  it('are TS-YYYYMM-NNNN and follow each other within a month', async () => {
    const numbers = [];
    for (let i = 0; i < 3; i += 1) numbers.push(await register(office.app, '2026-11-23T09:30'));
    expect(numbers).toEqual(['TS-202611-0001', 'TS-202611-0002', 'TS-202611-0003']);
    for (const number of numbers) expect(number).toMatch(recordNumberPattern);
    const sequences = await office.app.ctx.db.selectFrom('record_sequences').selectAll().execute();
    expect(sequences).toEqual([{ prefix: 'TS', period: '202611', last_value: 3 }]);
  });

  it('start again at 0001 in a new month, and each month keeps its own count', async () => {
    expect(await register(office.app, '2026-11-23T09:30')).toBe('TS-202611-0001');
    expect(await register(office.app, '2026-11-23T09:31')).toBe('TS-202611-0002');

    const december = await at('2026-12-01T08:00:00');
    expect(await register(december, '2026-12-01T07:50')).toBe('TS-202612-0001');
    expect(await register(december, '2026-12-01T07:55')).toBe('TS-202612-0002');

    const nextYear = await at('2027-01-02T08:00:00');
    expect(await register(nextYear, '2027-01-02T07:55')).toBe('TS-202701-0001');

    // A PC whose clock is still in November continues November's count.
    expect(await register(office.app, '2026-11-23T09:40')).toBe('TS-202611-0003');
  });

  it('are unique across the office, as the database enforces too', async () => {
    const created = await office.app.call('complaints.create', complaintIntake(office));
    await expect(
      office.app.ctx.db
        .updateTable('complaints')
        .set({ number: created.number })
        .where('id', '=', (await office.app.call('complaints.create', complaintIntake(office))).id)
        .execute(),
    ).rejects.toThrow(/UNIQUE/);
  });
});
