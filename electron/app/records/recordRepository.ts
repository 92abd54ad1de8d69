import type { Kysely, Updateable } from 'kysely';
import type { Database } from '../db/schema';

/** A ledger's main table: one with an integer id, the record's number and its update time. */
export type RecordTable = { [T in keyof Database]: Database[T] extends { id: unknown; number: unknown; updated_at: unknown } ? T : never }[keyof Database];

/** Write one record's changed columns. */
export async function updateRecord<T extends RecordTable>(trx: Kysely<Database>, table: T, id: number, set: Updateable<Database[T]>): Promise<void> {
  // One table chosen at run time: Kysely cannot narrow the union, so it is typed as one such table; the caller's
  // types have already checked `set` against its own.
  await trx
    .updateTable(table as 'complaints')
    .set(set as Updateable<Database['complaints']>)
    .where('id', '=', id)
    .execute();
}
