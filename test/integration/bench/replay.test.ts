import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { monthFigures } from '../../../electron/app/statistics/statisticsService';
import { captureStatements, replayer } from '../../../bench/measure/replay';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';

/** The statistics bench's baseline: the report's own statements, replayed by hand, read what the report read. */
describe('captured statements replayed by hand', () => {
  let office: TestOffice;
  let raw: BetterSqlite3.Database;
  beforeAll(async () => {
    office = await openTestOffice();
    for (let i = 0; i < 3; i++) await office.asClerk.call('complaints.create', complaintIntake(office));
    raw = new BetterSqlite3(join(office.dataDir, 'taizhang.sqlite'), { readonly: true });
  });
  afterAll(async () => {
    raw.close();
    await office.close();
  });

  it('captures every statement of the report with its values and replays them with the same results', async () => {
    await monthFigures(office.app.ctx, '2026-11');
    const answers: unknown[] = [];
    const prototype = Object.getPrototypeOf(raw.prepare('SELECT 1')) as { all(...args: unknown[]): unknown };
    const all = prototype.all;
    const ran = await captureStatements(raw, () => monthFigures(office.app.ctx, '2026-11'));
    // The statement class is put back as it was.
    expect(prototype.all).toBe(all);
    expect(ran.length).toBeGreaterThan(5);
    for (const { sql, method, args } of ran) answers.push(method === 'get' ? office.app.ctx.raw.prepare(sql).get(...args) : office.app.ctx.raw.prepare(sql).all(...args));
    expect(replayer(raw, ran)()).toEqual(answers);
  });

  it('refuses to replay a statement that writes', async () => {
    const ran = await captureStatements(raw, () => office.asClerk.call('complaints.create', complaintIntake(office)));
    expect(ran.some(({ sql }) => /^\s*insert/i.test(sql))).toBe(true);
    expect(() => replayer(raw, ran)).toThrow(/writes/);
  });
});
