import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, databaseFileName, type App } from '../../../electron/app/openApp';
import { fixedClock } from '../../../electron/app/clock';
import { latestSchemaVersion, migrations } from '../../../electron/app/db/migrations';
import { tempDataDir } from '../../helpers/testApp';
import { inspectFile as inspect, tableNames } from '../../helpers/sqliteFile';

const expectedTables = [
  'alerts',
  'archive_exports',
  'attachments',
  'calendar_ordinal_source',
  'calendar_ordinals',
  'calendar_overrides',
  'calls',
  'capa_reports',
  // 经验库 (0015): the past cases' words, their FTS5 index (contentless, with its deletions), the frequencies.
  'case_word_counts',
  'case_word_search',
  'case_word_search_config',
  'case_word_search_data',
  'case_word_search_docsize',
  'case_word_search_idx',
  'case_word_totals',
  'case_words',
  'complaint_disputes',
  'complaint_index_backlog',
  'complaint_repeats',
  // The search index (FTS5) and the tables it keeps its index in.
  'complaint_search',
  'complaint_search_config',
  'complaint_search_data',
  'complaint_search_docsize',
  'complaint_search_idx',
  'complaints',
  'data_folder',
  'deadline_extensions',
  'departments',
  'drafts',
  'experience_entries',
  'hq_files',
  'hq_imports',
  'hq_migrations',
  'hq_office_keys',
  'hq_record_files',
  'hq_records',
  'hq_statistics',
  'import_batches',
  'import_rows',
  'inspections',
  'loss_declarations',
  'office',
  'office_signing_key',
  'owners',
  'paper_blanks',
  'record_attachments',
  'record_history',
  'record_sequences',
  'repairs',
  'request_answers',
  'revisit_attempts',
  'revisits',
  'rooms',
  'schema_migrations',
  'service_scripts',
  'settings',
  'sign_in_failures',
  'staff',
  'statistics_months',
  'work_orders',
];

describe('migrations on a fresh data folder', () => {
  let data: ReturnType<typeof tempDataDir>;
  let file: string;
  let app: App | undefined;
  beforeEach(() => {
    data = tempDataDir();
    file = join(data.dir, databaseFileName);
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    data.remove();
  });

  it('create every table, record each migration and set user_version to the latest', async () => {
    app = await openApp({ dataDir: data.dir, clock: fixedClock('2026-11-23T10:00:00') });
    expect(app.migration).toEqual({ from: 0, to: latestSchemaVersion, applied: migrations.map((migration) => migration.name) });

    inspect(file, (raw) => {
      expect(raw.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      expect(raw.prepare('select version, name, applied_at from schema_migrations order by version').all()).toEqual(
        migrations.map((migration) => ({ version: migration.version, name: migration.name, applied_at: '2026-11-23T10:00:00' })),
      );
      expect(tableNames(raw)).toEqual(expectedTables);
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    });
    expect(await app.call('app.info', {})).toMatchObject({ schemaVersion: latestSchemaVersion, databaseFile: file });
  });

  it('leave the file in WAL mode, for every later connection too', async () => {
    app = await openApp({ dataDir: data.dir, clock: fixedClock('2026-11-23T10:00:00') });
    inspect(file, (raw) => expect(raw.pragma('journal_mode', { simple: true })).toBe('wal'));
  });

  it('turn foreign keys on and wait for a busy file instead of failing at once', async () => {
    app = await openApp({ dataDir: data.dir, clock: fixedClock('2026-11-23T10:00:00') });
    const { rows } = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(app.ctx.db);
    expect(rows[0]?.foreign_keys).toBe(1);
    const timeout = await sql<{ timeout: number }>`pragma busy_timeout`.execute(app.ctx.db);
    expect(timeout.rows[0]?.timeout).toBeGreaterThanOrEqual(1000);
    await expect(
      app.ctx.db.insertInto('staff').values({ name: '幽灵', department_id: 9999, role: 'clerk', phone: null, active: 1 }).execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
  });

  it('run nothing when the folder is opened again, and make no migration backup (only the day\'s backup)', async () => {
    const first = await openApp({ dataDir: data.dir, clock: fixedClock('2026-11-23T10:00:00') });
    await first.close();
    app = await openApp({ dataDir: data.dir, clock: fixedClock('2026-12-01T08:00:00') });
    expect(app.migration).toEqual({ from: latestSchemaVersion, to: latestSchemaVersion, applied: [] });
    inspect(file, (raw) => {
      expect(raw.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      // Still the rows of the first opening, with its time.
      expect(raw.prepare('select applied_at from schema_migrations').pluck().all()).toEqual(
        migrations.map(() => '2026-11-23T10:00:00'),
      );
    });
    // The first start of 2026-12-01 takes that day's backup (in the background); nothing was migrated, so no
    // before-migration copy.
    await app.whenBackupsIdle();
    expect(readdirSync(join(data.dir, 'backups'))).toEqual(['daily-20261201-080000.sqlite']);
  });
});
