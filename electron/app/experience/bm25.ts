/**
 * Okapi BM25 over segmented words, each word counted once per document (complaints are short: a word said twice
 * says little more). Scores are divided by the query's ideal — every word found in a document of average length —
 * so a case and a procedure, ranked in corpora of very different sizes, compare on one scale: 1 shares everything.
 */
export interface Corpus {
  docs: number;
  averageLength: number;
  documentFrequency(word: string): number;
}

const k1 = 1.2;
const b = 0.75;

export function inverseDocumentFrequency(corpus: Corpus, word: string): number {
  const df = corpus.documentFrequency(word);
  return Math.log(1 + (corpus.docs - df + 0.5) / (df + 0.5));
}

/** The words of the query the corpus knows at all: the others can match nothing. */
export function knownWords(corpus: Corpus, query: readonly string[]): string[] {
  return query.filter((word) => corpus.documentFrequency(word) > 0);
}

export interface Scored {
  score: number;
  /** The query's words the document holds, in the query's order. */
  shared: string[];
}

/** A scorer for one query: each word's weight worked out once, then any number of documents scored. */
export function scorerFor(corpus: Corpus, query: readonly string[]): (document: readonly string[]) => Scored {
  const weights = query.map((word) => inverseDocumentFrequency(corpus, word));
  const ideal = weights.reduce((sum, weight) => sum + weight, 0);
  const averageLength = Math.max(corpus.averageLength, 1);
  return (document) => {
    const held = new Set(document);
    const shared: string[] = [];
    let sum = 0;
    for (const [index, word] of query.entries()) {
      if (!held.has(word)) continue;
      shared.push(word);
      sum += weights[index]!;
    }
    if (shared.length === 0 || ideal <= 0) return { score: 0, shared };
    const lengthNorm = 1 - b + b * (document.length / averageLength);
    return { score: (sum * (k1 + 1)) / (1 + k1 * lengthNorm) / ideal, shared };
  };
}

export function scoreDocument(corpus: Corpus, query: readonly string[], document: readonly string[]): Scored {
  return scorerFor(corpus, query)(document);
}

/** A corpus held in memory (the base's entries), its frequencies counted from the documents. */
export function corpusOf(documents: readonly (readonly string[])[]): Corpus {
  const frequency = new Map<string, number>();
  let total = 0;
  for (const document of documents) {
    total += document.length;
    for (const word of new Set(document)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  return { docs: documents.length, averageLength: documents.length ? total / documents.length : 0, documentFrequency: (word) => frequency.get(word) ?? 0 };
}
