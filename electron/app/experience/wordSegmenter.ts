import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import jieba from '@node-rs/jieba';
import { commonWords, propertyDictionary } from './propertyDictionary';

/**
 * Chinese has no spaces: jieba (a prebuilt native binary, no model download) cuts a text into words with its
 * bundled dictionary, the property-management dictionary and the office's own words. Numbers and room numbers
 * (1903, 3-1-802) are never words here: a room is who complained, not what about.
 */
export interface WordSegmenter {
  /** The words that carry meaning, in order, repeats kept. */
  words(text: string): string[];
  /** The key words, most important first (TF-IDF, the dictionary's and the office's words weighted up). */
  keywords(text: string, limit: number): string[];
}

/** A dictionary word counts as much more as a word the general corpus finds equally rare. */
const dictionaryWeight = 1.6;
/** Frequency given to dictionary words: high enough that jieba keeps them whole (停车位, not 停车/位). */
const wordFrequency = 20000;

const meaningful = /[\p{Script=Han}A-Za-z]/u;
const onlyLettersAndDigits = /^[\p{L}\p{N}]+$/u;
/** 802室, 3栋, 1单元, 12楼: a number with its unit is a place, not a matter. */
const numberWithUnit = /^\d+[栋幢单元楼层室号座期#]*$|^[a-z]?\d+[a-z]?$/i;

/** jieba's part-of-speech tags for people's names (nr, nrfg, nrt): who complained, not what about. */
const personName = /^nr/;

/**
 * jieba's own dictionary and word weights (5 and 6 MB), read when a cutter or the weights are built and then let go:
 * the package's dict.js would hold both in the main process for good.
 */
function jiebaFile(name: 'dict.txt' | 'idf.txt'): Buffer {
  return readFileSync(createRequire(import.meta.url).resolve(`@node-rs/jieba/${name}`));
}

const dictionaryWords: ReadonlySet<string> = new Set(propertyDictionary.flatMap((group) => group.words));

let tfIdf: InstanceType<typeof jieba.TfIdf> | null = null;
function sharedTfIdf(): InstanceType<typeof jieba.TfIdf> {
  if (!tfIdf) {
    tfIdf = jieba.TfIdf.withDict(jiebaFile('idf.txt'));
    // Its stop-word option fails to convert in this binding (2.0.3): common words are dropped by `keep` instead.
    tfIdf.setConfig({ minKeywordLength: 1, useHmm: true });
  }
  return tfIdf;
}

function dictionaryText(words: Iterable<string>): Buffer {
  let text = '';
  for (const word of words) text += `${word} ${wordFrequency} n\n`;
  return Buffer.from(text);
}

function createSegmenter(officeWords: readonly string[]): WordSegmenter {
  const cutter = jieba.Jieba.withDict(jiebaFile('dict.txt'));
  cutter.loadDict(dictionaryText([...dictionaryWords, ...officeWords]));
  const boosted = new Set([...dictionaryWords, ...officeWords]);
  const keep = (word: string) =>
    meaningful.test(word) && onlyLettersAndDigits.test(word) && !numberWithUnit.test(word) && !commonWords.has(word) && ([...word].length > 1 || boosted.has(word));
  return {
    words: (text) => cutter.tag(text, true).flatMap(({ word, tag }) => (personName.test(tag) ? [] : [word.toLowerCase()])).filter(keep),
    keywords(text, limit) {
      if (!text.trim()) return [];
      const weighed = sharedTfIdf()
        .extractKeywords(cutter, text, 60)
        .filter(({ keyword }) => keep(keyword.toLowerCase()))
        .map(({ keyword, weight }) => ({ word: keyword.toLowerCase(), weight: boosted.has(keyword) ? weight * dictionaryWeight : weight }));
      // Equal weights keep the text's order: the reader meets them that way.
      const order = new Map(cutter.cut(text, true).map((word, index) => [word.toLowerCase(), index] as const).reverse());
      weighed.sort((a, b) => b.weight - a.weight || (order.get(a.word) ?? 0) - (order.get(b.word) ?? 0));
      return [...new Set(weighed.map((entry) => entry.word))].slice(0, limit);
    },
  };
}

/**
 * Loading jieba's dictionary takes ~0.25 s and each cutter holds ~36 MB outside the heap: the segmenter of the
 * office's words as they are now is kept, one built for words since changed is let go.
 */
const segmenters = new Map<string, WordSegmenter>();
const keptSegmenters = 1;

export function segmenterFor(officeWords: readonly string[]): WordSegmenter {
  const key = [...officeWords].sort().join(' ');
  let segmenter = segmenters.get(key);
  if (segmenter) {
    segmenters.delete(key);
  } else {
    segmenter = createSegmenter(officeWords);
    if (segmenters.size >= keptSegmenters) segmenters.delete(segmenters.keys().next().value!);
  }
  segmenters.set(key, segmenter);
  return segmenter;
}
