import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { caseWordStatistics, casesWithWord, wordsOfCases } from '../ledgers/complaints/complaintApi';
import { corpusOf, knownWords, scoreDocument, type Corpus, type Scored } from './bm25';
import { rankableEntries } from './experienceRepository';

/** A common word's newest cases stand for the rest: its 400 newest, and 2,000 candidates in all. */
const casesPerWord = 400;
const candidateBudget = 2000;
/** How many cases go on to be weighed by how they ended. */
const rankedCases = 40;

export interface RankedCase extends Scored {
  id: number;
}

/**
 * The past cases nearest the query's words, by BM25 over every case the office has. The candidates are every
 * case of the rarest words first, then a common word's newest cases, within a budget; each candidate is then
 * scored exactly on all of the query's words, so a case found through one word still earns the others.
 */
export async function rankCases(db: Kysely<Database>, query: readonly string[], excluded: number | null): Promise<RankedCase[]> {
  const statistics = await caseWordStatistics(db, query);
  const corpus: Corpus = {
    docs: statistics.docs,
    averageLength: statistics.docs ? statistics.words / statistics.docs : 0,
    documentFrequency: (word) => statistics.documentFrequency.get(word) ?? 0,
  };
  const words = knownWords(corpus, query);
  const candidates = new Set<number>();
  for (const word of [...words].sort((a, b) => corpus.documentFrequency(a) - corpus.documentFrequency(b))) {
    if (candidates.size >= candidateBudget) break;
    for (const id of await casesWithWord(db, word, casesPerWord)) candidates.add(id);
  }
  if (excluded !== null) candidates.delete(excluded);
  const documents = await wordsOfCases(db, [...candidates]);
  return [...documents]
    .map(([id, document]) => ({ id, ...scoreDocument(corpus, words, document) }))
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
  const words = knownWords(corpus, query);
  return entries
    .map((entry) => ({ id: entry.id, kind: entry.kind, complaintId: entry.complaint_id, ...scoreDocument(corpus, words, entry.document) }))
    .filter((ranked) => ranked.score > 0)
    .sort((a, b) => b.score - a.score || a.id - b.id);
}
