import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** Count one more record of `prefix` in `period` (YYYYMM) and answer the count: an upsert, so it writes at once. */
export async function nextSequenceValue(trx: Kysely<Database>, prefix: string, period: string): Promise<number> {
  const row = await trx
    .insertInto('record_sequences')
    .values({ prefix, period, last_value: 1 })
    .onConflict((oc) =>
      oc.columns(['prefix', 'period']).doUpdateSet((eb) => ({ last_value: eb('record_sequences.last_value', '+', 1) })),
    )
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return row.last_value;
}
