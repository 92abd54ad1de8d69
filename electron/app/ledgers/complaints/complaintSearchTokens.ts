import { unregisteredNumber } from '../../../../shared/domain/roomPlace';

/**
 * Tokens for the complaint search index (FTS5, `ascii` tokenizer, detail=none). Chinese has no spaces, and an
 * FTS5 trigram index cannot find a 2-character term such as 漏水, so every text is cut into overlapping
 * 2-character pieces (bigrams) written as hex, which any tokenizer keeps whole. A longer term matches the records
 * holding all of its bigrams; a 1-character term matches every bigram starting with it or a text ending in it.
 * The index only narrows the candidates: the list confirms each with the same LIKE as before, so it is never
 * wrong, only fast. Room labels are kept whole, forwards and backwards, for the room filter's prefix and suffix.
 */

import { pinyin } from 'pinyin-pro';

/** SQLite's LIKE folds ASCII letters only; the tokens fold the same way. */
export function foldAscii(text: string): string {
  return text.replace(/[A-Z]/g, (char) => char.toLowerCase());
}

/** Each character's six hex digits, worked out once: an import indexes a hundred thousand texts. */
const hexByCode = new Map<number, string>();

function hexOf(code: number): string {
  let digits = hexByCode.get(code);
  if (digits === undefined) {
    digits = code.toString(16).padStart(6, '0');
    hexByCode.set(code, digits);
  }
  return digits;
}

function hex(text: string): string {
  let out = '';
  for (const char of text) out += hexOf(char.codePointAt(0)!);
  return out;
}

export function bigramTokens(text: string | null | undefined, into: Set<string>): void {
  if (!text) return;
  let previous: string | null = null;
  for (const char of foldAscii(text)) {
    const digits = hexOf(char.codePointAt(0)!);
    if (previous !== null) into.add(`b${previous}${digits}`);
    previous = digits;
  }
  into.add(`u${previous}`);
}

export function reversed(text: string): string {
  return [...text].reverse().join('');
}

export interface SearchedComplaint {
  number: string;
  received_at: string;
  content: string;
  demand: string | null;
  complainant_name: string | null;
  target_description: string | null;
  phone: string | null;
  room_label: string | null;
}

/** The columns whose change means the record must be indexed again. */
export const searchedColumns = ['number', 'received_at', 'content', 'demand', 'complainant_name', 'target_description', 'phone', 'room_label'] as const;

/** Whether a change to these columns changes what the search index holds. */
export function touchesSearch(columns: Iterable<string>): boolean {
  for (const column of columns) if ((searchedColumns as readonly string[]).includes(column)) return true;
  return false;
}

/** A name's pinyin, surnames read as surnames (单 shan, 曾 zeng): its initials and its whole spelling. */
export function namePinyin(name: string): { initials: string; spelled: string } | null {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed', v: true }).filter((syllable) => /^[a-z]+$/.test(syllable));
  if (syllables.length === 0) return null;
  return { initials: syllables.map((syllable) => syllable[0]).join(''), spelled: syllables.join('') };
}

/** Names spelled before: a ledger names the same people again and again, and spelling one costs more than its bigrams. */
const spokenNames = new Map<string, { initials: string; spelled: string } | null>();
const spokenNamesKept = 10_000;

function spokenName(name: string): { initials: string; spelled: string } | null {
  let spoken = spokenNames.get(name);
  if (spoken === undefined) {
    spoken = namePinyin(name);
    if (spokenNames.size >= spokenNamesKept) spokenNames.clear();
    spokenNames.set(name, spoken);
  }
  return spoken;
}

function pinyinTokens(name: string | null, into: Set<string>): void {
  const spoken = name ? spokenName(name) : null;
  if (!spoken) return;
  into.add(`n${hex(spoken.initials)}`);
  into.add(`f${hex(spoken.spelled)}`);
}

/** Latin letters only, two or more: what a clerk types for a name in pinyin. */
export function looksLikePinyin(term: string): boolean {
  return /^[a-z]{2,}$/i.test(term.trim());
}

/** The names whose pinyin initials or whole spelling start with `term` (wk, wangk, wangkun → 王堃). */
export function pinyinMatch(term: string): string {
  const typed = hex(foldAscii(term.trim()));
  return `(n${typed}* OR f${typed}*)`;
}

/** The document the index keeps for one complaint: its text bigrams, its name's pinyin, its room both ways, its year. */
export function complaintSearchDocument(row: SearchedComplaint): string {
  const tokens = new Set<string>();
  for (const text of [row.number, row.content, row.demand, row.complainant_name, row.target_description, row.phone]) bigramTokens(text, tokens);
  pinyinTokens(row.complainant_name, tokens);
  if (row.room_label) {
    const label = foldAscii(row.room_label);
    tokens.add(`p${hex(label)}`);
    tokens.add(`s${hex(reversed(label))}`);
    // A 非登记房号 is found by its number too, as the room filter's prefix reads it.
    const number = unregisteredNumber(label);
    if (number) tokens.add(`p${hex(number)}`);
  }
  tokens.add(yearToken(row.received_at.slice(0, 4)));
  return [...tokens].join(' ');
}

export function yearToken(year: string | number): string {
  return `y${year}`;
}

/** The MATCH expression that finds every record containing `term` in a searched text (a superset: confirm with LIKE). */
export function termMatch(term: string): string {
  const chars = [...foldAscii(term)];
  if (chars.length === 1) return `(b${hex(chars[0]!)}* OR u${hex(chars[0]!)})`;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(`b${hex(chars[i]! + chars[i + 1]!)}`);
  return `(${[...grams].join(' AND ')})`;
}

/** The room filter: a label starting with `room` (3-1-1502) or ending in `-room` (every building's 1502). */
export function roomMatch(room: string): string {
  const label = foldAscii(room);
  return `(p${hex(label)}* OR s${hex(reversed(`-${label}`))}*)`;
}
