import { sql, type Kysely } from 'kysely';
import { complaintSearchDocument, type SearchedComplaint } from '../../search/searchTokens';

/**
 * A ten-year office (hundreds of thousands of complaints) must list and search at once. The filters already have
 * indexes ending in the sort key (0001); this adds the search index: a contentless FTS5 table of bigram tokens
 * (see searchTokens.ts), rowid = complaint id, kept by the complaint services in the writing transaction.
 * Frozen: never edit after it has shipped; add the next numbered migration instead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE VIRTUAL TABLE complaint_search USING fts5(doc, content='', contentless_delete=1, detail=none, tokenize='ascii')`.execute(db);
  const rows = await db
    .selectFrom('complaints')
    .select(['id', 'number', 'received_at', 'content', 'demand', 'complainant_name', 'target_description', 'phone', 'room_label'])
    .execute();
  for (const row of rows as (SearchedComplaint & { id: number })[]) {
    await sql`INSERT INTO complaint_search(rowid, doc) VALUES (${row.id}, ${complaintSearchDocument(row)})`.execute(db);
  }
}
