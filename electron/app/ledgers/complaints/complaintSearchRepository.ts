import { CompiledQuery, expressionBuilder, sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema';
import { endingWith, like } from '../../db/like';
import { officeSegmenter } from '../../experience/officeWords';
import { roomFromText } from '../../../../shared/domain/office/roomText';
import { complaintSearchDocument, looksLikePinyin, pinyinMatch, roomMatch, searchedColumns, type SearchedComplaint } from './complaintSearchTokens';
import { indexCaseWords, indexNewCaseWords } from './complaintCaseWordsRepository';
import { insertValues } from '../../db/preparedInsert';

/**
 * Write (or rewrite) one complaint's search documents; call in the transaction that changed the complaint:
 * the list search's bigrams (with the name's pinyin) and the experience base's words of a past case.
 */
export async function indexComplaint(trx: Kysely<Database>, id: number): Promise<void> {
  const row = await trx.selectFrom('complaints').select(searchedColumns).where('id', '=', id).executeTakeFirst();
  await sql`DELETE FROM complaint_search WHERE rowid = ${id}`.execute(trx);
  if (!row) return;
  await sql`INSERT INTO complaint_search(rowid, doc) VALUES (${id}, ${complaintSearchDocument(row)})`.execute(trx);
  const segmenter = await officeSegmenter(trx);
  await indexCaseWords(trx, id, segmenter.words([row.content, row.demand].filter(Boolean).join('\n')));
}

/**
 * Index the next complaints an older version (or an older dictionary) left behind; answers how many were done,
 * 0 once none are left. The caller commits each batch.
 */
export async function indexBacklog(trx: Kysely<Database>, batch: number): Promise<number> {
  const ids = await trx.selectFrom('complaint_index_backlog').select('complaint_id').orderBy('complaint_id').limit(batch).execute();
  for (const { complaint_id } of ids) await indexComplaint(trx, complaint_id);
  if (ids.length > 0) await trx.deleteFrom('complaint_index_backlog').where('complaint_id', '<=', ids.at(-1)!.complaint_id).execute();
  return ids.length;
}

/** After the office's dictionary changed: every case is segmented again at the next start. */
export async function queueEveryComplaint(trx: Kysely<Database>): Promise<void> {
  await sql`INSERT OR IGNORE INTO complaint_index_backlog (complaint_id) SELECT id FROM complaints`.execute(trx);
}

/**
 * What the list's text search finds besides the texts that contain it: people by the pinyin of their names
 * (wk, wangkun → 王堃), records by the tail of their number (0012), rooms in the ways people write them
 * (3栋1单元802, 3#1-802 → 3-1-802). `also` joins the list's LIKE conditions; `match` the index's candidates.
 */
export function searchAlternatives(q: string): { also: Expression<SqlBool>[]; match: string[] } {
  const eb = expressionBuilder<Database, 'complaints'>();
  const also: Expression<SqlBool>[] = [];
  const match: string[] = [];
  if (looksLikePinyin(q)) {
    // The pinyin tokens are exact, so the index's answer is the match itself.
    also.push(sql<SqlBool>`complaints.id IN (SELECT rowid FROM complaint_search WHERE complaint_search MATCH ${pinyinMatch(q)})`);
    match.push(pinyinMatch(q));
  }
  if (/^\d{2,}$/.test(q)) also.push(like('complaints.number', endingWith(q)));
  const room = roomFromText(q);
  if (room) {
    also.push(eb('complaints.room_label', '=', room));
    match.push(roomMatch(room));
  }
  return { also, match };
}

const insertDocument = 'INSERT INTO complaint_search(rowid, doc) VALUES (?, ?)';

/**
 * The search documents of a complaint just inserted, from the values it was inserted with: its id is new
 * (AUTOINCREMENT never hands one out twice), so there is nothing to read back or delete first. The experience
 * base's words of the case are written too, as indexComplaint does.
 */
export async function indexNewComplaint(trx: Kysely<Database>, id: number, row: SearchedComplaint): Promise<void> {
  await trx.executeQuery(CompiledQuery.raw(insertDocument, [id, complaintSearchDocument(row)]));
  const segmenter = await officeSegmenter(trx);
  await indexCaseWords(trx, id, segmenter.words([row.content, row.demand].filter(Boolean).join('\n')));
}

/** indexNewComplaint for many complaints just inserted (an import's batch): each table written in multi-row statements. */
export async function indexNewComplaints(trx: Kysely<Database>, complaints: readonly { id: number; row: SearchedComplaint }[]): Promise<void> {
  await insertValues(trx, 'INSERT INTO complaint_search(rowid, doc) VALUES', complaints.map(({ id, row }) => [id, complaintSearchDocument(row)]));
  const segmenter = await officeSegmenter(trx);
  await indexNewCaseWords(trx, complaints.map(({ id, row }) => ({ id, words: segmenter.words([row.content, row.demand].filter(Boolean).join('\n')) })));
}
