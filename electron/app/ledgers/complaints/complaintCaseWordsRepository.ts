import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { insertValues } from '../../db/preparedInsert';

/**
 * The experience base's index of past cases: each complaint's words once each (case_words), the FTS5 index that
 * finds a word's cases newest first (case_word_search), how many cases hold each word (case_word_counts) and the
 * corpus totals — BM25's document frequencies and average length, kept exact in the writing transaction.
 */
export async function indexCaseWords(trx: Kysely<Database>, id: number, words: readonly string[]): Promise<void> {
  const next = [...new Set(words)];
  const stored = await trx.selectFrom('case_words').select('words').where('complaint_id', '=', id).executeTakeFirst();
  const previous = stored ? splitWords(stored.words) : null;
  const joined = next.join(' ');
  if (stored && stored.words === joined) return;
  const before = new Set(previous ?? []);
  const after = new Set(next);
  for (const word of before) {
    if (!after.has(word)) await sql`UPDATE case_word_counts SET docs = docs - 1 WHERE word = ${word}`.execute(trx);
  }
  for (const word of after) {
    if (!before.has(word)) await sql`INSERT INTO case_word_counts (word, docs) VALUES (${word}, 1) ON CONFLICT (word) DO UPDATE SET docs = docs + 1`.execute(trx);
  }
  await sql`UPDATE case_word_totals SET docs = docs + ${previous ? 0 : 1}, words = words + ${next.length - (previous?.length ?? 0)} WHERE id = 1`.execute(trx);
  if (previous) await sql`DELETE FROM case_word_search WHERE rowid = ${id}`.execute(trx);
  await sql`INSERT INTO case_word_search (rowid, words) VALUES (${id}, ${joined})`.execute(trx);
  await sql`INSERT INTO case_words (complaint_id, words) VALUES (${id}, ${joined}) ON CONFLICT (complaint_id) DO UPDATE SET words = excluded.words`.execute(trx);
}

/**
 * The words of many new cases (an import's batch; none indexed before): the same rows as indexCaseWords writes for
 * each, but each word's count raised once by the number of the batch's cases holding it, every table written in
 * multi-row statements.
 */
export async function indexNewCaseWords(trx: Kysely<Database>, cases: readonly { id: number; words: readonly string[] }[]): Promise<void> {
  if (cases.length === 0) return;
  const holding = new Map<string, number>();
  let words = 0;
  const joined = cases.map(({ id, words: all }) => {
    const distinct = [...new Set(all)];
    for (const word of distinct) holding.set(word, (holding.get(word) ?? 0) + 1);
    words += distinct.length;
    return [id, distinct.join(' ')] as const;
  });
  await insertValues(trx, 'INSERT INTO case_word_counts (word, docs) VALUES', [...holding], 'ON CONFLICT (word) DO UPDATE SET docs = docs + excluded.docs');
  await sql`UPDATE case_word_totals SET docs = docs + ${cases.length}, words = words + ${words} WHERE id = 1`.execute(trx);
  await insertValues(trx, 'INSERT INTO case_word_search (rowid, words) VALUES', joined);
  await insertValues(trx, 'INSERT INTO case_words (complaint_id, words) VALUES', joined);
}

export function splitWords(words: string): string[] {
  return words === '' ? [] : words.split(' ');
}

/** How many cases hold each word, and the corpus totals. */
export async function caseWordStatistics(db: Kysely<Database>, words: readonly string[]) {
  const totals = await db.selectFrom('case_word_totals').select(['docs', 'words']).where('id', '=', 1).executeTakeFirst();
  const counts = words.length === 0 ? [] : await db.selectFrom('case_word_counts').select(['word', 'docs']).where('word', 'in', words).execute();
  return { docs: totals?.docs ?? 0, words: totals?.words ?? 0, documentFrequency: new Map(counts.map((row) => [row.word, row.docs])) };
}

/** The newest cases holding the word, at most `limit`: a common word's recent cases stand for the rest. */
export async function casesWithWord(db: Kysely<Database>, word: string, limit: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`SELECT rowid AS id FROM case_word_search WHERE case_word_search MATCH ${quoteWord(word)} ORDER BY rowid DESC LIMIT ${sql.lit(limit)}`.execute(db);
  return rows.map((row) => row.id);
}

/** The words of each case, by id. */
export async function wordsOfCases(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, string[]>> {
  if (ids.length === 0) return new Map();
  const { rows } = await sql<{ complaint_id: number; words: string }>`SELECT complaint_id, words FROM case_words WHERE complaint_id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`.execute(db);
  return new Map(rows.map((row) => [row.complaint_id, splitWords(row.words)]));
}

/** An FTS5 string literal: the word exactly, whatever it holds. */
function quoteWord(word: string): string {
  return `"${word.replaceAll('"', '""')}"`;
}
