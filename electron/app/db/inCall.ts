import type { Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * TRANSITIONAL, removed before this branch lands: where a service used to open its own transaction it now runs
 * in the call's, which dispatch opened (`db` is that transaction).
 */
export function inCall<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return work(db);
}
