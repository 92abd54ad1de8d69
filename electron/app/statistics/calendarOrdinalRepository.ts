import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** The fingerprint of the calendar the stored ordinals were numbered from, if any were. */
export async function ordinalsFingerprint(db: Kysely<Database>): Promise<string | undefined> {
  return (await db.selectFrom('calendar_ordinal_source').select('fingerprint').where('id', '=', 1).executeTakeFirst())?.fingerprint;
}

/** Every day's ordinal replaced, in statements of 400 days, and the calendar they came from noted last. */
export async function replaceOrdinals(trx: Kysely<Database>, rows: { date: string; ordinal: number }[], fingerprint: string): Promise<void> {
  await trx.deleteFrom('calendar_ordinals').execute();
  for (let i = 0; i < rows.length; i += 400) await trx.insertInto('calendar_ordinals').values(rows.slice(i, i + 400)).execute();
  await trx
    .insertInto('calendar_ordinal_source')
    .values({ id: 1, fingerprint })
    .onConflict((oc) => oc.column('id').doUpdateSet({ fingerprint }))
    .execute();
}
