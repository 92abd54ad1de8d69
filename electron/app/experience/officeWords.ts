import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { putSetting, readSetting } from '../settings/settingsService';
import { segmenterFor, type WordSegmenter } from './wordSegmenter';

const key = 'experienceWords';

/** The words the office added to the dictionary (设置 → 经验库 → 本处词典). */
export function officeWords(db: Kysely<Database>): Promise<string[]> {
  return readSetting<string[]>(db, key, []);
}

export function putOfficeWords(db: Kysely<Database>, words: readonly string[]): Promise<void> {
  return putSetting(db, key, words);
}

/** The segmenter with the office's own words. */
export async function officeSegmenter(db: Kysely<Database>): Promise<WordSegmenter> {
  return segmenterFor(await officeWords(db));
}
