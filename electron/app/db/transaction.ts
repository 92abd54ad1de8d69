import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';
import { runInScope } from './callScope';

/**
 * Run `work` as one transaction on the single connection. BEGIN IMMEDIATE takes the write lock up front, so
 * two processes (the app and the CLI, say) wait for each other through busy_timeout instead of failing
 * with SQLITE_BUSY when a read would have to be upgraded to a write.
 */
export async function inTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      const result = await runInScope('transaction', () => work(connection));
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
}
