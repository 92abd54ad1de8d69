import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll } from 'vitest';
import { tempDataDir } from './testApp';
import { startPostgres, type TestPostgres } from './postgres';
import { migrateStore, type HeadOfficeDialect, type HeadOfficeStore } from '../../electron/app/db/headOfficeStore/store';
import { sqliteStore } from '../../electron/app/db/headOfficeStore/sqliteStore';
import { openDatabase } from '../../electron/app/db/connection';
import { migrate } from '../../electron/app/db/migrate';
import { openPostgresStore } from '../../electron/app/db/headOfficeStore/postgresStore';

export const storeDialects: HeadOfficeDialect[] = ['sqlite', 'postgres'];

/**
 * Fresh head-office stores of either dialect for one test file: SQLite in a temporary app database (the store's
 * tables are the app's, from migration 0018), PostgreSQL as a new database on one throwaway server started for the
 * file (started only if a postgres store is asked for).
 */
export function testStores() {
  let server: Promise<TestPostgres> | undefined;
  const opened: HeadOfficeStore[] = [];
  const folders: (() => void)[] = [];
  // The stores closed first, then their folders removed (a SQLite file is checkpointed as it closes).
  afterAll(async () => {
    for (const store of opened.splice(0)) await store.close().catch(() => undefined);
    for (const remove of folders.splice(0)) remove();
    if (server) (await server).stop();
  });
  /** A second handle on the same store (another process would have its own). */
  async function open(dialect: HeadOfficeDialect, where: string): Promise<HeadOfficeStore> {
    let store: HeadOfficeStore;
    if (dialect === 'sqlite') {
      const connection = openDatabase(where);
      await migrate(connection.db, { now: () => '2026-11-23T10:00:00' });
      store = { ...sqliteStore(connection.db), close: () => connection.close() };
    } else store = openPostgresStore(where);
    opened.push(store);
    return store;
  }
  return {
    async fresh(dialect: HeadOfficeDialect, options: { migrate?: boolean } = {}): Promise<{ store: HeadOfficeStore; where: string }> {
      let where: string;
      if (dialect === 'sqlite') {
        const dir = tempDataDir('taizhang-store-');
        where = `${dir.dir}/taizhang.sqlite`;
        folders.push(dir.remove);
      } else {
        server ??= startPostgres();
        where = (await server).createDatabase(`store_${randomBytes(6).toString('hex')}`);
      }
      const store = await open(dialect, where);
      if (options.migrate !== false) await migrateStore(store, () => '2026-11-23T10:00:00');
      return { store, where };
    },
    open,
  };
}

/** Each table's primary key and every index, as column lists, from the database's own catalogue. */
export async function keysAndIndexes(store: HeadOfficeStore): Promise<{ table: string; name: string; columns: string[] }[]> {
  if (store.dialect === 'sqlite') {
    const tables = (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name like 'hq_%'`.execute(store.db)).rows;
    const out: { table: string; name: string; columns: string[] }[] = [];
    for (const { name: table } of tables) {
      const indexes = (await sql<{ name: string }>`select name from pragma_index_list(${table})`.execute(store.db)).rows;
      for (const { name } of indexes) {
        const columns = (await sql<{ name: string }>`select name from pragma_index_info(${name}) order by seqno`.execute(store.db)).rows.map((row) => row.name);
        out.push({ table, name, columns });
      }
      // A single-column integer primary key has no index of its own: read it from the table.
      const pk = (await sql<{ name: string; pk: number }>`select name, pk from pragma_table_info(${table}) where pk > 0 order by pk`.execute(store.db)).rows;
      if (pk.length > 0 && !indexes.some((index) => index.name.startsWith('sqlite_autoindex'))) out.push({ table, name: 'pk', columns: pk.map((row) => row.name) });
    }
    return out;
  }
  const rows = (
    await sql<{ table: string; name: string; columns: string[] }>`
      select t.relname as table, i.relname as name,
             array(select a.attname from unnest(x.indkey) with ordinality k(n, o) join pg_attribute a on a.attrelid = t.oid and a.attnum = k.n order by k.o)::text[] as columns
      from pg_index x join pg_class t on t.oid = x.indrelid join pg_class i on i.oid = x.indexrelid
      where t.relname like 'hq\\_%'`.execute(store.db)
  ).rows;
  return rows;
}
