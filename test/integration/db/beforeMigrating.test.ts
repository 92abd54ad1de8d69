import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Connection } from '../../../electron/app/db/connection';
import { migrate, schemaVersion } from '../../../electron/app/db/migrate';
// Versions, not counts: the numbered migrations may have gaps while branches are merged.
import { latestSchemaVersion, migrations, type Migration } from '../../../electron/app/db/migrations';
import { tempDataDir } from '../../helpers/testApp';
import { inspectFile, tableNames, userVersion } from '../../helpers/sqliteFile';

const now = () => '2026-11-23T10:00:00';

const addWorkOrders: Migration = {
  version: latestSchemaVersion + 1,
  name: `000${latestSchemaVersion + 1}_future_ledger`,
  async up(db) {
    await db.schema.createTable('future_ledger').addColumn('id', 'integer', (c) => c.primaryKey()).execute();
  },
};

describe('the beforeMigrating hook (where the app backs the file up)', () => {
  let data: ReturnType<typeof tempDataDir>;
  let file: string;
  let connection: Connection;
  let calls: number[];
  const hook = async (fromVersion: number) => void calls.push(fromVersion);

  beforeEach(() => {
    data = tempDataDir();
    file = join(data.dir, 'taizhang.sqlite');
    connection = openDatabase(file);
    calls = [];
  });
  afterEach(async () => {
    await connection.close();
    data.remove();
  });

  it('does not run for a brand-new database: there is nothing to back up', async () => {
    await migrate(connection.db, { now, migrations, beforeMigrating: hook });
    expect(calls).toEqual([]);
  });

  it('does not run when the database is already up to date', async () => {
    await migrate(connection.db, { now, migrations });
    await migrate(connection.db, { now, migrations, beforeMigrating: hook });
    expect(calls).toEqual([]);
  });

  it('runs once, before anything changes, when an existing database has pending migrations', async () => {
    await migrate(connection.db, { now, migrations });
    const second: Migration = { ...addWorkOrders, version: addWorkOrders.version + 1, name: 'later', up: async () => {} };
    const seen: Array<{ version: number; tables: string[] }> = [];
    await migrate(connection.db, {
      now,
      migrations: [...migrations, addWorkOrders, second],
      beforeMigrating: async (fromVersion) => {
        calls.push(fromVersion);
        seen.push({ version: await schemaVersion(connection.db), tables: inspectFile(file, tableNames) });
      },
    });
    expect(calls).toEqual([latestSchemaVersion]);
    expect(seen).toEqual([{ version: latestSchemaVersion, tables: expect.not.arrayContaining(['future_ledger']) }]);
    inspectFile(file, (raw) => expect(userVersion(raw)).toBe(second.version));
  });

  it('stops the migration when it fails, so nothing is migrated without a backup', async () => {
    await migrate(connection.db, { now, migrations });
    await expect(
      migrate(connection.db, {
        now,
        migrations: [...migrations, addWorkOrders],
        beforeMigrating: async () => {
          throw new Error('备份盘已满');
        },
      }),
    ).rejects.toThrow('备份盘已满');
    inspectFile(file, (raw) => {
      expect(userVersion(raw)).toBe(latestSchemaVersion);
      expect(tableNames(raw)).not.toContain('future_ledger');
    });
    const { rows } = await sql<{ n: number }>`select count(*) as n from schema_migrations`.execute(connection.db);
    expect(rows[0]?.n).toBe(migrations.length);
  });
});
