import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Connection } from '../../../electron/app/db/connection';
import { migrate } from '../../../electron/app/db/migrate';
// Versions, not counts: the numbered migrations may have gaps while branches are merged.
import { latestSchemaVersion, migrations, type Migration } from '../../../electron/app/db/migrations';
import { tempDataDir } from '../../helpers/testApp';
import { inspectFile, tableNames, userVersion } from '../../helpers/sqliteFile';

const now = () => '2026-11-23T10:00:00';

/** A migration that does real work (a new table, a row in an old one) and then fails. */
const broken: Migration = {
  version: latestSchemaVersion + 1,
  name: `000${latestSchemaVersion + 1}_broken`,
  async up(db: Kysely<any>) {
    await db.schema.createTable('future_ledger').addColumn('id', 'integer', (c) => c.primaryKey()).execute();
    await sql`insert into settings (key, value) values ('half', 'done')`.execute(db);
    throw new Error('迁移中途失败');
  },
};

describe('a migration that fails', () => {
  let data: ReturnType<typeof tempDataDir>;
  let file: string;
  let connection: Connection;

  beforeEach(() => {
    data = tempDataDir();
    file = join(data.dir, 'taizhang.sqlite');
    connection = openDatabase(file);
  });
  afterEach(async () => {
    await connection.close();
    data.remove();
  });

  it('rolls back completely on an existing database, keeping its data', async () => {
    await migrate(connection.db, { now, migrations });
    await connection.db.insertInto('settings').values({ key: 'kept', value: 'yes' }).execute();

    await expect(migrate(connection.db, { now, migrations: [...migrations, broken] })).rejects.toThrow('迁移中途失败');

    inspectFile(file, (raw) => {
      expect(tableNames(raw)).not.toContain('future_ledger');
      expect(userVersion(raw)).toBe(latestSchemaVersion);
      expect(raw.prepare('select version from schema_migrations order by version').pluck().all()).toEqual(
        migrations.map((migration) => migration.version),
      );
      expect(raw.prepare('select key from settings order by key').pluck().all()).toEqual(['kept']);
    });
  });

  it('keeps the migrations before it that succeeded on a fresh database', async () => {
    await expect(migrate(connection.db, { now, migrations: [...migrations, broken] })).rejects.toThrow('迁移中途失败');

    inspectFile(file, (raw) => {
      expect(userVersion(raw)).toBe(latestSchemaVersion);
      expect(tableNames(raw)).toContain('complaints');
      expect(tableNames(raw)).not.toContain('future_ledger');
      expect(raw.prepare('select count(*) from schema_migrations where version = ?').pluck().get(broken.version)).toBe(0);
      expect(raw.prepare('select count(*) from settings').pluck().get()).toBe(0);
    });
  });

  it('can be fixed and applied on the next start', async () => {
    await migrate(connection.db, { now, migrations });
    await expect(migrate(connection.db, { now, migrations: [...migrations, broken] })).rejects.toThrow();

    const fixed: Migration = {
      ...broken,
      async up(db) {
        await db.schema.createTable('future_ledger').addColumn('id', 'integer', (c) => c.primaryKey()).execute();
      },
    };
    const report = await migrate(connection.db, { now, migrations: [...migrations, fixed] });
    expect(report).toEqual({ from: latestSchemaVersion, to: fixed.version, applied: [fixed.name] });
    inspectFile(file, (raw) => {
      expect(userVersion(raw)).toBe(fixed.version);
      expect(tableNames(raw)).toContain('future_ledger');
    });
  });
});
