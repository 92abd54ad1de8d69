import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { HeadOfficeStore, StoreDb } from './store';
import type { HeadOfficeStoreDatabase } from './storeSchema';

/**
 * The store on a PostgreSQL server (a large group's head office). Writers of different offices run at once, each
 * on its own pooled connection; `exclusive` takes transaction-scoped advisory locks on its names, so two imports
 * of one office (the same archive twice, say) queue while the others go on. The only PostgreSQL-specific SQL.
 */
export function openPostgresStore(connectionString: string, options: { maxConnections?: number } = {}): HeadOfficeStore {
  // allowExitOnIdle: the command line (taizhang archive import) ends when its work is done, idle connections or not.
  const pool = new pg.Pool({ connectionString, max: options.maxConnections ?? 8, application_name: 'taizhang-head-office', allowExitOnIdle: true, connectionTimeoutMillis: 10_000 });
  const db: StoreDb = new Kysely<HeadOfficeStoreDatabase>({ dialect: new PostgresDialect({ pool }) });
  return {
    dialect: 'postgres',
    db,
    exclusive: (locks, work) =>
      db.transaction().execute(async (trx) => {
        // Read committed: every statement after the locks sees what the previous holder committed.
        for (const lock of [...new Set(typeof locks === 'string' ? [locks] : locks)].sort()) {
          await sql`select pg_advisory_xact_lock(hashtextextended(${lock}, 0))`.execute(trx);
        }
        return work(trx);
      }),
    close: () => db.destroy(),
  };
}

/** Whether the server answers at this connection string (head office's setup tests it before saving). */
export async function checkPostgresConnection(connectionString: string): Promise<{ serverVersion: string }> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('show server_version');
    return { serverVersion: rows[0]?.server_version ?? '' };
  } finally {
    await client.end();
  }
}
