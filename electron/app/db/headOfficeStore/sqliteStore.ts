import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { HeadOfficeStore, StoreDb } from './store';
import type { HeadOfficeStoreDatabase } from './storeSchema';

/**
 * The store in one SQLite file. SQLite has one writer at a time, so `exclusive` ignores the lock names: BEGIN
 * IMMEDIATE takes the file's write lock up front and other writers (this process's queue, or another process
 * through busy_timeout) wait for it. The only SQLite-specific SQL of the store.
 */
export function openSqliteStore(file: string, options: { nativeBinding?: string; busyTimeoutMs?: number } = {}): HeadOfficeStore {
  const raw = new BetterSqlite3(file, { timeout: options.busyTimeoutMs ?? 30_000, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  raw.pragma('journal_mode = WAL');
  // FULL, as the app's own database: an import the clerk saw done must survive a power cut.
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  const db: StoreDb = new Kysely<HeadOfficeStoreDatabase>({ dialect: new SqliteDialect({ database: raw }) });
  return {
    dialect: 'sqlite',
    db,
    exclusive: (_locks, work) =>
      db.connection().execute(async (connection) => {
        await sql`begin immediate`.execute(connection);
        try {
          const result = await work(connection);
          await sql`commit`.execute(connection);
          return result;
        } catch (error) {
          await sql`rollback`.execute(connection);
          throw error;
        }
      }),
    close: () => db.destroy(),
  };
}
