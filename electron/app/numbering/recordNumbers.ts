import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { formatRecordNumber, type RecordNumbering } from '../../../shared/domain/recordNumber';
import { nextSequenceValue } from './recordSequenceRepository';

/**
 * The next office-unique number of a ledger for the month of `at`, e.g. TS-202611-0007.
 * Call it inside the transaction that inserts the record: a rolled-back insert rolls the counter back too,
 * so numbers have neither gaps nor repeats, and the upsert is a write, so it takes the lock at once.
 */
export async function nextRecordNumber(trx: Kysely<Database>, numbering: RecordNumbering, at: string): Promise<string> {
  const period = `${at.slice(0, 4)}${at.slice(5, 7)}`;
  return formatRecordNumber(numbering, period, await nextSequenceValue(trx, numbering.prefix, period));
}
