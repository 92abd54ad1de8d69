import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { expect } from 'vitest';
import { migrate } from '../../../../electron/app/db/migrate';
import { migrations } from '../../../../electron/app/db/migrations';
import type { Database } from '../../../../electron/app/db/schema';

type Value = string | number | null;
export type Row = Record<string, unknown>;

/** A real database file migrated to `version`, where a test writes that version's rows and then upgrades it. */
export interface FileAtVersion {
  /** The connection the migrations run on: old rows are written and read back through it with plain SQL. */
  raw: BetterSqlite3.Database;
  /** The same connection through Kysely, for a test that runs the app's own code on the upgraded file. */
  db: Kysely<Database>;
  /** The data folder the file is in, for a test that opens the app on it after upgrading. */
  dir: string;
  /** Apply the next migration alone, as the app's start would; resolves to the names applied. */
  upgrade(): Promise<string[]>;
  /** Let go of the file (the app is to open it), keeping the folder until close. */
  closeConnection(): Promise<void>;
  close(): Promise<void>;
}

export async function fileAtVersion(version: number): Promise<FileAtVersion> {
  const dir = mkdtempSync(join(tmpdir(), `taizhang-v${version}-`));
  const raw = new BetterSqlite3(join(dir, 'taizhang.sqlite'));
  // As connection.ts opens the app's file: a migration must hold with WAL and foreign keys on.
  raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  await migrate(db, { now: () => '2026-10-01T08:00:00', migrations: migrations.slice(0, version) });
  let open = true;
  const closeConnection = async () => {
    if (open) await db.destroy();
    open = false;
  };
  return {
    raw,
    db,
    dir,
    closeConnection,
    async upgrade() {
      const report = await migrate(db, { now: () => '2026-11-23T10:00:00', migrations: migrations.slice(0, version + 1) });
      return report.applied;
    },
    async close() {
      await closeConnection();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** INSERT one row with plain SQL, named columns only (what that version's app would have written). */
export function insertRow(raw: BetterSqlite3.Database, table: string, row: Record<string, Value>): number {
  const columns = Object.keys(row);
  const statement = raw.prepare(
    `insert into "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) values (${columns.map((column) => `@${column}`).join(', ')})`,
  );
  return Number(statement.run(row).lastInsertRowid);
}

/** A table's rows in the order they were written (a table without rowid: in key order). */
export function rowsOf(raw: BetterSqlite3.Database, table: string, where = '1'): Row[] {
  const withoutRowid = raw.prepare('select wr from pragma_table_list where name = ?').pluck().get(table) === 1;
  const key = (raw.pragma(`table_info("${table}")`) as { name: string; pk: number }[]).filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk);
  const order = withoutRowid ? key.map((column) => `"${column.name}"`).join(', ') : 'rowid';
  return raw.prepare(`select * from "${table}" where ${where} order by ${order}`).all() as Row[];
}

export function columnNames(raw: BetterSqlite3.Database, table: string): string[] {
  return (raw.pragma(`table_info("${table}")`) as { name: string }[]).map((column) => column.name);
}

/** Each index on `table` with its key columns in order: an expression shows as '<expr>', a descending one with ' desc'. */
export function indexesOf(raw: BetterSqlite3.Database, table: string): Record<string, string[]> {
  const list = raw.pragma(`index_list("${table}")`) as { name: string }[];
  const keyColumns = (index: string) =>
    (raw.pragma(`index_xinfo("${index}")`) as { name: string | null; desc: number; key: number }[])
      .filter((column) => column.key === 1)
      .map((column) => `${column.name ?? '<expr>'}${column.desc ? ' desc' : ''}`);
  return Object.fromEntries(list.map(({ name }) => [name, keyColumns(name)]));
}

/** Every ordinary table's rows (the search index's virtual and shadow tables aside). */
export function snapshot(raw: BetterSqlite3.Database): Record<string, Row[]> {
  const tables = raw
    .prepare("select name from pragma_table_list where schema = 'main' and type = 'table' and name not like 'sqlite_%' order by name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((table) => [table, rowsOf(raw, table)]));
}

/** The rows `before` held are all still there, unchanged in the columns they had (new columns aside). */
export function expectRowsKept(before: Record<string, Row[]>, after: Record<string, Row[]>, except: string[] = []): void {
  for (const [table, rows] of Object.entries(before)) {
    if (except.includes(table) || table === 'schema_migrations') continue;
    const kept = (after[table] ?? []).map((row) => Object.fromEntries(Object.keys(rows[0] ?? {}).map((column) => [column, row[column]])));
    expect(kept, `rows of ${table}`).toEqual(rows);
  }
}
