import type { Kysely, Updateable } from 'kysely';
import type { Database } from '../db/schema';
import type { Actor } from '../auth/session';
import { appendHistory } from '../history/historyRepository';
import { historyKey } from '../history/historyChanges';
import { staffNames } from '../office/officeRepository';
import { DomainError } from '../../../shared/contract/errors';
import { updateRecord, type RecordTable } from './recordRepository';

/**
 * How a ledger's records change, declared once per kind of record: its table, its history entity, which
 * columns name staff (the history shows the person), which hold personal data kept in the history only masked,
 * how its revision moves, and what else must follow a change (the search index).
 */
export interface ChangingRecord<T extends RecordTable> {
  table: T;
  entity: string;
  /** 投诉, 巡查记录…: the record as messages name it. */
  label: string;
  staffColumns?: ReadonlySet<string>;
  maskedColumns?: Readonly<Record<string, (value: string) => string>>;
  /**
   * `afterPrint`: once the current revision was printed for signature, a change raises it, so the paper and the
   * record never disagree silently (the table has `revision` and `printed_revision`); `everyChange`: each change
   * is the next revision; none: the record has no revisions.
   */
  revision?: 'afterPrint' | 'everyChange';
  afterChange?(trx: Kysely<Database>, id: number, changedColumns: string[]): Promise<void>;
}

export interface RecordChange<T extends RecordTable> {
  action: string;
  summary: string;
  set: Updateable<Database[T]>;
  /** Why a printed record changed: required for corrections; a process step explains itself. */
  reason?: string | null;
  reasonRequired?: boolean;
}

interface ChangedRow {
  id: number;
  number: string;
  revision?: number;
  printed_revision?: number | null;
}

/**
 * Write one change to a record and its history row, in the caller's (the call's) transaction: only the columns
 * whose value differs are written into the history, under their camelCase names, each as [before, after].
 * Answers the record's revision after the change (null for a record without revisions).
 */
export async function changeRecord<T extends RecordTable>(
  trx: Kysely<Database>,
  kind: ChangingRecord<T>,
  row: ChangedRow,
  /** Null for a change the app makes itself (a newer holiday package found at start). */
  actor: Actor | null,
  now: string,
  change: RecordChange<T>,
): Promise<number | null> {
  const printed = row.printed_revision !== null && row.printed_revision !== undefined;
  if (change.reasonRequired && printed && !change.reason) {
    throw new DomainError('rule', `${kind.label} ${row.number} 已打印签字,修改须填写原因`, 'reason');
  }
  const before = row as unknown as Record<string, unknown>;
  const changed = Object.entries(change.set as Record<string, unknown>).filter(([column, value]) => before[column] !== value);
  const revision = nextRevision(kind, row, changed.length > 0);
  const staff = kind.staffColumns ?? new Set<string>();
  const names = await staffNames(trx, changed.flatMap(([column, value]) => (staff.has(column) ? [value as number, before[column] as number] : [])));
  const shown = (column: string, value: unknown) => {
    if (staff.has(column) && typeof value === 'number') return names.get(value) ?? value;
    const mask = kind.maskedColumns?.[column];
    return mask && typeof value === 'string' ? mask(value) : value;
  };
  await updateRecord(trx, kind.table, row.id, { ...change.set, ...(revision !== null && { revision }), updated_at: now } as Updateable<Database[T]>);
  if (kind.afterChange) await kind.afterChange(trx, row.id, changed.map(([column]) => column));
  await appendHistory(trx, {
    entity: kind.entity,
    entityId: row.id,
    at: now,
    staffId: actor?.staffId ?? null,
    action: change.action,
    summary: change.summary,
    changes: Object.fromEntries(changed.map(([column, value]) => [historyKey(column), [shown(column, before[column]), shown(column, value)]])),
    ...(revision !== null && { revision }),
    reason: change.reason ?? null,
  });
  return revision;
}

function nextRevision(kind: ChangingRecord<RecordTable>, row: ChangedRow, changed: boolean): number | null {
  if (!kind.revision || row.revision === undefined) return null;
  if (kind.revision === 'everyChange') return changed ? row.revision + 1 : row.revision;
  // A step that changes nothing on the record (a scan returned, an extension asked) leaves the paper current.
  return changed && row.printed_revision === row.revision ? row.revision + 1 : row.revision;
}
