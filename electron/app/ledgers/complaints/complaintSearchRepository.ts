import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { complaintSearchDocument, searchedColumns, type SearchedComplaint } from './complaintSearchTokens';

/** Write (or rewrite) one complaint's search document; call in the transaction that changed the complaint. */
export async function indexComplaint(trx: Kysely<Database>, id: number): Promise<void> {
  const row = await trx.selectFrom('complaints').select(searchedColumns).where('id', '=', id).executeTakeFirst();
  await sql`DELETE FROM complaint_search WHERE rowid = ${id}`.execute(trx);
  if (row) await sql`INSERT INTO complaint_search(rowid, doc) VALUES (${id}, ${complaintSearchDocument(row)})`.execute(trx);
}

const insertDocument = 'INSERT INTO complaint_search(rowid, doc) VALUES (?, ?)';

/**
 * The search document of a complaint just inserted, from the values it was inserted with: its id is new
 * (AUTOINCREMENT never hands one out twice), so there is nothing to read back or delete first.
 */
export async function indexNewComplaint(trx: Kysely<Database>, id: number, row: SearchedComplaint): Promise<void> {
  await trx.executeQuery(CompiledQuery.raw(insertDocument, [id, complaintSearchDocument(row)]));
}
