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

/** The count of `prefix` in `period` so far (0 for a period without records). */
export async function currentSequenceValue(trx: Kysely<Database>, prefix: string, period: string): Promise<number> {
  const row = await trx.selectFrom('record_sequences').select('last_value').where('prefix', '=', prefix).where('period', '=', period).executeTakeFirst();
  return row?.last_value ?? 0;
}

/** Set the count of `prefix` in `period` (after numbering many records at once). */
export async function setSequenceValue(trx: Kysely<Database>, prefix: string, period: string, value: number): Promise<void> {
  await trx
    .insertInto('record_sequences')
    .values({ prefix, period, last_value: value })
    .onConflict((oc) => oc.columns(['prefix', 'period']).doUpdateSet({ last_value: value }))
    .execute();
}
