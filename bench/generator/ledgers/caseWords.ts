import type BetterSqlite3 from 'better-sqlite3';
import { segmenterFor } from '../../../electron/app/experience/wordSegmenter';

/**
 * The experience base's index of past cases, as indexComplaint writes it (complaintCaseWordsRepository): each
 * complaint's words once each, their FTS5 index, and the document frequencies with the corpus totals — the
 * frequencies counted here and written once at the end instead of one update per word.
 */
export function caseWordsWriter(raw: BetterSqlite3.Database) {
  const segmenter = segmenterFor([]);
  const insertWords = raw.prepare('INSERT INTO case_words (complaint_id, words) VALUES (?, ?)');
  const insertSearch = raw.prepare('INSERT INTO case_word_search (rowid, words) VALUES (?, ?)');
  const frequency = new Map<string, number>();
  // Texts come from phrase pools: many repeat, and cutting is the costly part.
  const cut = new Map<string, string[]>();
  let docs = 0;
  let total = 0;
  return {
    add(id: number, content: string, demand: string | null): void {
      const text = [content, demand].filter(Boolean).join('\n');
      let words = cut.get(text);
      if (!words) {
        words = [...new Set(segmenter.words(text))];
        if (cut.size < 200_000) cut.set(text, words);
      }
      const joined = words.join(' ');
      insertWords.run(id, joined);
      insertSearch.run(id, joined);
      for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
      docs++;
      total += words.length;
    },
    /** In the caller's transaction. */
    finish(): void {
      const upsert = raw.prepare('INSERT INTO case_word_counts (word, docs) VALUES (?, ?) ON CONFLICT (word) DO UPDATE SET docs = docs + excluded.docs');
      for (const [word, count] of frequency) upsert.run(word, count);
      raw.prepare('UPDATE case_word_totals SET docs = docs + ?, words = words + ? WHERE id = 1').run(docs, total);
    },
  };
}
