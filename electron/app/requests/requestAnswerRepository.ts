import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface StoredAnswer {
  channel: string;
  staff_id: number;
  answer: string;
}

export async function findAnswer(trx: Kysely<Database>, requestId: string): Promise<StoredAnswer | undefined> {
  return trx.selectFrom('request_answers').select(['channel', 'staff_id', 'answer']).where('request_id', '=', requestId).executeTakeFirst();
}

export async function storeAnswer(trx: Kysely<Database>, row: Database['request_answers']): Promise<void> {
  await trx.insertInto('request_answers').values(row).execute();
}

/** Answers older than `before` go: a repeat comes within seconds, or after a restart the same day. */
export async function forgetAnswersBefore(trx: Kysely<Database>, before: string): Promise<void> {
  await trx.deleteFrom('request_answers').where('answered_at', '<', before).execute();
}
