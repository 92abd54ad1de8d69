import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { caseWordStatistics, casesWithWord, wordsOfCases } from '../ledgers/complaints/complaintApi';
import { corpusOf, knownWords, scorerFor, type Corpus, type Scored } from './bm25';
import { rankableEntries } from './experienceRepository';

/** A common word's newest cases stand for the rest: its 300 newest, and 1,200 candidates in all. */
export const casesPerWord = 300;
export const candidateBudget = 1200;
/** How many cases go on to be weighed by how they ended. */
const rankedCases = 40;

export interface RankedCase extends Scored {
  id: number;
}

/**
 * The past cases nearest the query's words, by BM25 over every case the office has. The candidates come from the
 * key words alone (the rarest first, each word's newest cases, within a budget); each candidate is then scored
 * exactly on all of the query's words, so a case found through one word still earns the others.
 */
export async function rankCases(db: Kysely<Database>, query: readonly string[], keywords: readonly string[], excluded: number | null): Promise<RankedCase[]> {
  const statistics = await caseWordStatistics(db, query);
  const corpus: Corpus = {
    docs: statistics.docs,
    averageLength: statistics.docs ? statistics.words / statistics.docs : 0,
    documentFrequency: (word) => statistics.documentFrequency.get(word) ?? 0,
  };
  const words = knownWords(corpus, query);
  const candidates = new Set<number>();
  for (const word of knownWords(corpus, keywords).sort((a, b) => corpus.documentFrequency(a) - corpus.documentFrequency(b))) {
    if (candidates.size >= candidateBudget) break;
    for (const id of await casesWithWord(db, word, casesPerWord)) candidates.add(id);
  }
  if (excluded !== null) candidates.delete(excluded);
  const documents = await wordsOfCases(db, [...candidates]);
  const score = scorerFor(corpus, words);
  return [...documents]
    .map(([id, document]) => ({ id, ...score(document) }))
    .filter((ranked) => ranked.score > 0)
    .sort((a, b) => b.score - a.score || b.id - a.id)
    .slice(0, rankedCases);
}

export interface RankedEntry extends Scored {
  id: number;
  kind: string;
  complaintId: number | null;
}

/** The base's procedures and lessons, by BM25 among themselves. */
export async function rankEntries(db: Kysely<Database>, query: readonly string[]): Promise<RankedEntry[]> {
  const entries = (await rankableEntries(db)).map((entry) => ({ ...entry, document: entry.words === '' ? [] : entry.words.split(' ') }));
  const corpus = corpusOf(entries.map((entry) => entry.document));
  const score = scorerFor(corpus, knownWords(corpus, query));
  return entries
    .map((entry) => ({ id: entry.id, kind: entry.kind, complaintId: entry.complaint_id, ...score(entry.document) }))
    .filter((ranked) => ranked.score > 0)
    .sort((a, b) => b.score - a.score || a.id - b.id);
}
