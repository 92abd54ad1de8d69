import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, databaseFileName } from '../../../electron/app/openApp';
import { fixedClock } from '../../../electron/app/clock';
import { openDatabase } from '../../../electron/app/db/connection';
import { migrate } from '../../../electron/app/db/migrate';
import { migrations } from '../../../electron/app/db/migrations';
import { tempDataDir } from '../../helpers/testApp';

/** Migration 0010 on folders the previous release wrote: each gets the kind its contents show, a fresh one none. */
describe('migration 0010 decides what an existing folder is', () => {
  let data: ReturnType<typeof tempDataDir>;
  beforeEach(() => (data = tempDataDir()));
  afterEach(() => data.remove());

  async function kindAfterUpgrade(fill: (db: ReturnType<typeof openDatabase>['db']) => Promise<void>) {
    const v9 = openDatabase(join(data.dir, databaseFileName));
    await migrate(v9.db, { now: () => '2026-11-01T09:00:00', migrations: migrations.filter((migration) => migration.version <= 9) });
    await fill(v9.db);
    await v9.close();
    const app = await openApp({ dataDir: data.dir, clock: fixedClock('2026-11-23T10:00:00') });
    try {
      expect(app.migration.applied).toEqual(migrations.filter((migration) => migration.version >= 10).map((migration) => migration.name));
      return (await app.call('auth.status', {})).folderKind;
    } finally {
      await app.close();
    }
  }

  it("an office's folder (office named) stays an office's", async () => {
    expect(await kindAfterUpgrade(async (db) => void (await sql`insert into office (id, name, company_name, code) values (1, '锦绣花园管理处', '安居物业', 'JX01')`.execute(db)))).toBe('office');
  });

  it('a folder holding only imports becomes head office', async () => {
    expect(
      await kindAfterUpgrade(async (db) => {
        await sql`insert into ho_imports (archive_sha256, file_name, office_code, office_name, period_label, created_at, imported_at, counts)
          values ('ab', 'a.zip', 'JX01', '锦绣花园管理处', '2026-11', '2026-11-23T10:00:00', '2026-11-23T10:00:00', '{}')`.execute(db);
      }),
    ).toBe('headOffice');
  });

  it('a folder nobody set up stays undecided, for the first start to choose', async () => {
    expect(await kindAfterUpgrade(async () => {})).toBeNull();
  });
});
