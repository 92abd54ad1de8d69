import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, databaseFileName } from '../../../electron/app/openApp';
import { fixedClock } from '../../../electron/app/clock';
import { openDatabase } from '../../../electron/app/db/connection';
import { migrate } from '../../../electron/app/db/migrate';
import { tempDataDir } from '../../helpers/testApp';
import { inspectFile, tableNames, userVersion } from '../../helpers/sqliteFile';

import { migrations as released, latestSchemaVersion, type Migration } from '../../../electron/app/db/migrations/index';

// This file plays a later release: the app's own migration list plus one more, so that openApp finds a pending
// migration on a database the current release wrote, and takes its backup for real.
const releasedVersion = latestSchemaVersion;
const next: Migration = {
  version: releasedVersion + 1,
  name: 'next_future_ledger',
  async up(db) {
    await db.schema.createTable('future_ledger').addColumn('id', 'integer', (c) => c.primaryKey()).execute();
  },
};
const migrations = [...released, next];

describe('openApp on a database with pending migrations', () => {
  let data: ReturnType<typeof tempDataDir>;
  let file: string;

  beforeEach(async () => {
    data = tempDataDir();
    file = join(data.dir, databaseFileName);
    // The database as the released version left it, with an office in it.
    const connection = openDatabase(file);
    await migrate(connection.db, { now: () => '2026-11-01T09:00:00', migrations: released });
    await connection.db.insertInto('office').values({ id: 1, name: '锦绣花园管理处', company_name: '安居物业服务有限公司', code: 'JX01' }).execute();
    await connection.close();
  });
  afterEach(() => data.remove());

  it('backs the file up under <dataDir>/backups before migrating, as a valid SQLite database', async () => {
    const app = await openApp({ dataDir: data.dir, clock: fixedClock('2026-11-23T10:00:00'), migrations });
    try {
      expect(app.migration).toEqual({ from: releasedVersion, to: releasedVersion + 1, applied: ['next_future_ledger'] });
      expect(await app.call('office.get', {})).toMatchObject({ code: 'JX01' });
    } finally {
      await app.close();
    }

    const backups = readdirSync(join(data.dir, 'backups'));
    expect(backups).toEqual([`before-migration-v${releasedVersion}-20261123-100000.sqlite`]);
    inspectFile(join(data.dir, 'backups', backups[0]!), (raw) => {
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(userVersion(raw)).toBe(releasedVersion);
      expect(tableNames(raw)).not.toContain('future_ledger');
      expect(raw.prepare('select name from office').pluck().get()).toBe('锦绣花园管理处');
    });
    inspectFile(file, (raw) => {
      expect(userVersion(raw)).toBe(releasedVersion + 1);
      expect(tableNames(raw)).toContain('future_ledger');
    });
  });

  it('takes no backup of a brand-new database', async () => {
    const fresh = tempDataDir();
    try {
      const app = await openApp({ dataDir: fresh.dir, clock: fixedClock('2026-11-23T10:00:00'), migrations });
      expect(app.migration.applied).toHaveLength(migrations.length);
      await app.close();
      expect(existsSync(join(fresh.dir, 'backups'))).toBe(false);
    } finally {
      fresh.remove();
    }
  });
});
