import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { roomMatch, termMatch, yearToken } from './complaintSearchTokens';
import type { ComplaintListQuery } from '../../../../shared/domain/complaints/complaintSchemas';
import { filtered, listFilter } from './complaintFilterRepository';
import { searchAlternatives } from './complaintSearchRepository';
import { searchedTail } from '../../../../shared/domain/roomPlace';

/** Counting stops here: the pager needs “many”, not the exact size of ten years. */
export const countCap = 1000;

const listColumns = [
  'complaints.id',
  'complaints.number',
  'complaints.received_at',
  'complaints.anonymous',
  'complaints.complainant_name',
  'complaints.room_label',
  'complaints.phone',
  'complaints.category',
  'complaints.severity',
  'complaints.urgent',
  'complaints.status',
  'complaints.content',
  'complaints.due_at',
  'complaints.round',
  'receiver.name as receiver_name',
] as const;

export function cursorOf(row: { received_at: string; id: number }): string {
  return `${row.received_at}|${row.id}`;
}

function parseCursor(cursor: string): { at: string; id: number } {
  const [at, id] = cursor.split('|');
  return { at: at!, id: Number(id) };
}

/** What the search index must match for the text search and the room filter; null when neither is asked. */
export function listMatch(query: Pick<ComplaintListQuery, 'q' | 'room'>): string | null {
  // A searched room is in the index as a whole label, not as text: either may hold it.
  const text = query.q ? [termMatch(query.q), ...searchAlternatives(query.q).match, ...(searchedTail(query.q).room ? [roomMatch(query.q)] : [])] : [];
  const parts = [text.length > 1 ? `(${text.join(' OR ')})` : text[0], query.room ? roomMatch(query.room) : null].filter(Boolean);
  return parts.length > 0 ? parts.join(' AND ') : null;
}

/**
 * The list's rows: filters through their indexes, the order (投诉时间, then id) and keyset paging after a cursor.
 * The text search and the room filter take their candidates from the search index; the LIKE of `filtered`
 * confirms each, so the index can only speed the answer up, never change it.
 */
function pageQuery(db: Kysely<Database>, query: ComplaintListQuery, now: string, match: string | null) {
  const newest = query.order !== 'oldest';
  let select = filtered(db, query, now);
  if (match) select = select.where(sql<boolean>`complaints.id IN (SELECT rowid FROM complaint_search WHERE complaint_search MATCH ${match})`);
  if (query.after) {
    const { at, id } = parseCursor(query.after);
    select = select.where(newest ? sql<boolean>`(complaints.received_at, complaints.id) < (${at}, ${id})` : sql<boolean>`(complaints.received_at, complaints.id) > (${at}, ${id})`);
  }
  return select
    .select(listColumns)
    .orderBy('complaints.received_at', newest ? 'desc' : 'asc')
    .orderBy('complaints.id', newest ? 'desc' : 'asc');
}
export type ComplaintListRow = Awaited<ReturnType<ReturnType<typeof pageQuery>['execute']>>[number];

/** The years a search walks, in list order: a year's matches are few enough to sort, ten years' are not. */
async function searchYears(db: Kysely<Database>, query: ComplaintListQuery): Promise<number[]> {
  // Two queries, not min() and max() in one: alone, each is answered from the end of the index.
  const edge = (direction: 'asc' | 'desc') =>
    db.selectFrom('complaints').select('received_at').orderBy('received_at', direction).limit(1).executeTakeFirst();
  const span = { first: (await edge('asc'))?.received_at, last: (await edge('desc'))?.received_at };
  if (!span.first || !span.last) return [];
  let first = Number(span.first.slice(0, 4));
  let last = Number(span.last.slice(0, 4));
  if (query.from) first = Math.max(first, Number(query.from.slice(0, 4)));
  if (query.to) last = Math.min(last, Number(query.to.slice(0, 4)));
  const newest = query.order !== 'oldest';
  if (query.after) {
    const year = Number(query.after.slice(0, 4));
    if (newest) last = Math.min(last, year);
    else first = Math.max(first, year);
  }
  const years: number[] = [];
  for (let year = first; year <= last; year++) years.push(year);
  return newest ? years.reverse() : years;
}

/** Below this many candidates a search sorts them all at once; above, it goes year by year. */
const fewCandidates = 1000;

async function candidateCount(db: Kysely<Database>, match: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM complaint_search WHERE complaint_search MATCH ${match} LIMIT ${fewCandidates + 1})`.execute(db);
  return rows[0]!.n;
}

/**
 * How many candidates the index holds for the match. For the room filter alone they are the matching records
 * themselves (a room's label is indexed whole), so the count the list takes anyway answers it; a text
 * search's bigrams find more candidates than matches, so the index is asked.
 */
async function candidates(db: Kysely<Database>, query: ComplaintListQuery, match: string, total: number): Promise<number> {
  return query.q ? candidateCount(db, match) : total;
}

/** One page and one more row (which says whether there is a next page); `total` is the capped count. */
async function pageRows(db: Kysely<Database>, query: ComplaintListQuery, now: string, total: number): Promise<ComplaintListRow[]> {
  const match = listMatch(query);
  const wanted = query.pageSize + 1;
  if (!match || (!query.after && query.page > 1) || (await candidates(db, query, match, total)) <= fewCandidates) {
    const offset = query.after ? 0 : (query.page - 1) * query.pageSize;
    return pageQuery(db, query, now, match).limit(sql.lit(wanted)).offset(sql.lit(offset)).execute();
  }
  const rows: ComplaintListRow[] = [];
  for (const year of await searchYears(db, query)) {
    rows.push(...(await pageQuery(db, query, now, `${match} AND ${yearToken(year)}`).limit(sql.lit(wanted - rows.length)).execute()));
    if (rows.length >= wanted) break;
  }
  return rows;
}

/**
 * The page and the count. The count comes first: for the room filter it also decides how the page is read, so
 * the room filter costs the page and the count, with no separate look at the index's candidates.
 */
export async function findComplaintPage(db: Kysely<Database>, query: ComplaintListQuery, now: string) {
  const match = listMatch(query);
  // Counted on the complaints alone: a filter's index answers without reading the rows or the names.
  let counted = db.selectFrom('complaints').select(sql`1`.as('one')).where(listFilter(query, now));
  if (match) counted = counted.where(sql<boolean>`complaints.id IN (SELECT rowid FROM complaint_search WHERE complaint_search MATCH ${match})`);
  const { total } = await db
    .selectFrom(counted.limit(countCap + 1).as('capped'))
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await pageRows(db, query, now, Number(total));
  const more = rows.length > query.pageSize;
  const page = rows.slice(0, query.pageSize);
  return {
    rows: page,
    total: Math.min(Number(total), countCap),
    totalIsLowerBound: Number(total) > countCap,
    next: more ? cursorOf(page.at(-1)!) : null,
  };
}

/** One page of the list as the export writes it: every column and the names, in list order, by offset. */
export async function complaintExportPage(db: Kysely<Database>, query: ComplaintListQuery, now: string, page: number, pageSize: number) {
  return filtered(db, query, now)
    .selectAll('complaints')
    .select(['receiver.name as receiver_name', 'target.name as target_name'])
    .orderBy('complaints.received_at', query.order === 'oldest' ? 'asc' : 'desc')
    .orderBy('complaints.id', query.order === 'oldest' ? 'asc' : 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
}
