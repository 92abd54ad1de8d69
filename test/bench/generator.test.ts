import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { buildOffice, type BuiltOffice } from '../../bench/generator/build';
import { officeNow } from '../../bench/generator/office';
import { openApp } from '../../electron/app/openApp';
import { fixedClock } from '../../electron/app/clock';
import { tempDataDir } from '../helpers/testApp';

const tables = ['rooms', 'owners', 'staff', 'complaints', 'work_orders', 'revisits', 'record_history', 'record_attachments', 'record_sequences'];

/** One digest of every generated table, row by row in id order. */
function digest(office: BuiltOffice): string {
  const raw = new BetterSqlite3(office.databaseFile, { readonly: true });
  try {
    const hash = createHash('sha256');
    for (const table of tables) for (const row of raw.prepare(`SELECT * FROM ${table} ORDER BY rowid`).iterate()) hash.update(JSON.stringify(row));
    return hash.digest('hex');
  } finally {
    raw.close();
  }
}

describe('the benchmark office generator', () => {
  const dirs = [tempDataDir(), tempDataDir(), tempDataDir()];
  afterAll(() => dirs.forEach((dir) => dir.remove()));

  it('builds the same office for the same seed and another for another seed', async () => {
    const first = await buildOffice({ seed: 42, size: 900, cacheDir: dirs[0]!.dir });
    const again = await buildOffice({ seed: 42, size: 900, cacheDir: dirs[1]!.dir });
    const other = await buildOffice({ seed: 43, size: 900, cacheDir: dirs[2]!.dir });
    expect(first.rows).toEqual(again.rows);
    expect(digest(first)).toBe(digest(again));
    expect(digest(other)).not.toBe(digest(first));
    // About the asked number of records across complaints, work orders and revisits.
    const records = first.rows.complaints! + first.rows.work_orders! + first.rows.revisits!;
    expect(records).toBeGreaterThanOrEqual(900);
    expect(records).toBeLessThan(910);
    // Reused, not rebuilt, when asked again.
    expect((await buildOffice({ seed: 42, size: 900, cacheDir: dirs[0]!.dir })).reused).toBe(true);
  });

  it('writes an office the app opens, whose history chain verifies and whose search agrees with LIKE', async () => {
    const office = await buildOffice({ seed: 42, size: 900, cacheDir: dirs[0]!.dir });
    const app = await openApp({ dataDir: office.dataDir, clock: fixedClock(officeNow) });
    try {
      const supervisor = (await app.ctx.db.selectFrom('staff').select('id').where('role', '=', 'supervisor').executeTakeFirstOrThrow()).id;
      const audit = await app.as(supervisor).call('audit.verify', {});
      expect(audit).toMatchObject({ ok: true, breaks: [] });
      expect(audit.checked).toBe(office.rows.record_history);
      const found = await app.as(supervisor).call('complaints.list', { q: '漏水', pageSize: 200 });
      const raw = new BetterSqlite3(office.databaseFile, { readonly: true });
      const like = raw.prepare("SELECT id FROM complaints WHERE content LIKE '%漏水%' OR demand LIKE '%漏水%' ORDER BY received_at DESC, id DESC").pluck().all();
      raw.close();
      expect(like.length).toBeGreaterThan(0);
      expect(found.items.map((item) => item.id)).toEqual(like);
    } finally {
      await app.close();
    }
  });
});
