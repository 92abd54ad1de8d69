import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { inTransaction } from '../transaction';
import type { HeadOfficeStore, StoreDb } from './store';

/**
 * The store in the data folder's own SQLite database (a small group's head office, one PC): the same `hq_*`
 * tables as on a server, built by app migration 0018 and kept up by the store's migrations. SQLite has one writer
 * at a time, so `exclusive` ignores the lock names: it is the app's transaction (BEGIN IMMEDIATE on its one
 * connection), and other writers — this process's import workers, or the command line through busy_timeout —
 * wait for it. The app owns the connection: closing the store leaves it open.
 */
export function sqliteStore(db: Kysely<Database>): HeadOfficeStore {
  // Database includes the store's tables (schema.ts), so the app's handle is the store's handle.
  const storeDb = db as unknown as StoreDb;
  return {
    dialect: 'sqlite',
    db: storeDb,
    exclusive: (_locks, work) => inTransaction(db, (trx) => work(trx as unknown as StoreDb)),
    close: async () => undefined,
  };
}
