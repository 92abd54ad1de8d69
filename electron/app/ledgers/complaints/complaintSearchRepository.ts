import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { complaintSearchDocument, searchedColumns } from './complaintSearchTokens';

/** Write (or rewrite) one complaint's search document; call in the transaction that changed the complaint. */
export async function indexComplaint(trx: Kysely<Database>, id: number): Promise<void> {
  const row = await trx.selectFrom('complaints').select(searchedColumns).where('id', '=', id).executeTakeFirst();
  await sql`DELETE FROM complaint_search WHERE rowid = ${id}`.execute(trx);
  if (row) await sql`INSERT INTO complaint_search(rowid, doc) VALUES (${id}, ${complaintSearchDocument(row)})`.execute(trx);
}
