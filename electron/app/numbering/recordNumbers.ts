import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { formatRecordNumber, type RecordNumbering } from '../../../shared/domain/recordNumber';
import { currentSequenceValue, nextSequenceValue, setSequenceValue } from './recordSequenceRepository';

/**
 * The next office-unique number of a ledger for the month of `at`, e.g. TS-202611-0007.
 * Call it inside the transaction that inserts the record: a rolled-back insert rolls the counter back too,
 * so numbers have neither gaps nor repeats, and the upsert is a write, so it takes the lock at once.
 */
export async function nextRecordNumber(trx: Kysely<Database>, numbering: RecordNumbering, at: string): Promise<string> {
  const period = `${at.slice(0, 4)}${at.slice(5, 7)}`;
  return formatRecordNumber(numbering, period, await nextSequenceValue(trx, numbering.prefix, period));
}

/**
 * Numbers for many records in one transaction (an import of thousands of rows): each month's counter is read once,
 * counted on here and written back by `close`, before the transaction commits. The same guarantee as
 * nextRecordNumber — no gaps, no repeats — as long as nothing else numbers this ledger in the same transaction.
 */
export function recordNumberBlock(trx: Kysely<Database>, numbering: RecordNumbering) {
  const counters = new Map<string, number>();
  return {
    async next(at: string): Promise<string> {
      const period = `${at.slice(0, 4)}${at.slice(5, 7)}`;
      const value = (counters.get(period) ?? (await currentSequenceValue(trx, numbering.prefix, period))) + 1;
      counters.set(period, value);
      return formatRecordNumber(numbering, period, value);
    },
    async close(): Promise<void> {
      for (const [period, value] of counters) await setSequenceValue(trx, numbering.prefix, period, value);
    },
  };
}
