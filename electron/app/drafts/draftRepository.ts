import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export async function findDraft(db: Kysely<Database>, staffId: number, form: string) {
  return db.selectFrom('drafts').select(['draft_values', 'saved_at']).where('staff_id', '=', staffId).where('form', '=', form).executeTakeFirst();
}

export async function upsertDraft(trx: Kysely<Database>, row: Database['drafts']): Promise<void> {
  await trx
    .insertInto('drafts')
    .values(row)
    .onConflict((conflict) => conflict.columns(['staff_id', 'form']).doUpdateSet({ draft_values: row.draft_values, saved_at: row.saved_at }))
    .execute();
}

export async function deleteDraft(trx: Kysely<Database>, staffId: number, form: string): Promise<void> {
  await trx.deleteFrom('drafts').where('staff_id', '=', staffId).where('form', '=', form).execute();
}
