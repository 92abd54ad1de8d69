import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { RecordNumbering } from '../../../shared/domain/recordNumber';
import type { CellReader } from './cellReaders';

/** One field a file's column may feed: its header in the template, the other headers offices give it, its reader. */
export interface ImportColumn<T> {
  label: string;
  /** Other headers meaning the same (业主姓名 for 投诉人); compared without spaces, marks or a unit in brackets. */
  synonyms: readonly string[];
  required: boolean;
  /** What an empty cell or an unmatched column means; null when it simply stays empty. */
  whenEmpty: string | null;
  hint: string;
  read: CellReader<T>;
}

export function column<T>(
  label: string,
  read: CellReader<T>,
  options: { synonyms?: readonly string[]; required?: boolean; whenEmpty?: string; hint: string },
): ImportColumn<T> {
  return { label, read, synonyms: options.synonyms ?? [], required: options.required ?? false, whenEmpty: options.whenEmpty ?? null, hint: options.hint };
}

export type ImportColumns = Record<string, ImportColumn<unknown>>;

/** A row's values by field: what each column's reader made of its cell; absent when the cell was empty. */
export type ValuesOf<C extends ImportColumns> = { [K in keyof C]?: C[K] extends ImportColumn<infer T> ? T : never };

export interface RowProblem<C extends ImportColumns> {
  /** The field at fault, or null for the row as a whole. */
  field: keyof C | null;
  message: string;
}

/** What a row comes to: a record to write, a row with nothing to do, or its problems. */
export type RowOutcome<R, C extends ImportColumns> =
  | { record: R; at: string; originalNumber: string | null }
  | { skip: string }
  | { problems: RowProblem<C>[] };

/** Who imports, when, and from which row: what a kind writes into the records it creates. */
export interface ImportWrite {
  staffId: number;
  now: string;
  /** The record's number in the office's scheme, for a kind that numbers its records. */
  number: string | null;
}

/**
 * What can be imported from a file, declared by the ledger (or feature) that owns the records: its columns, how a
 * row's values become a record (checked against what the office already has, loaded once per run as `S`), and
 * how that record is written. Checking never writes; the import runs the same check again, in its transaction.
 */
export interface ImportKind<C extends ImportColumns = ImportColumns, R = unknown, S = unknown> {
  kind: string;
  label: string;
  /** The history entity of the records it creates (complaint, room): re-imports are recognised by it. */
  entity: string;
  /** Records numbered in the office's scheme for the month of `at`; null for rooms, which have no number. */
  numbering: RecordNumbering | null;
  /** The revision a new record starts at, for a ledger whose history rows carry one. */
  firstRevision?: number;
  columns: C;
  begin(db: Kysely<Database>, now: string): Promise<S>;
  check(values: ValuesOf<C>, state: S): RowOutcome<R, C>;
  /** Writes the record in the import's transaction; answers its id. */
  write(trx: Kysely<Database>, record: R, state: S, write: ImportWrite): Promise<number>;
  /**
   * Writes a batch of records (a few hundred, in file order) in the import's transaction, as `write` would each:
   * answers their ids in the same order. A kind declaring it is written in multi-row statements; one without is
   * written a record at a time.
   */
  writeMany?(trx: Kysely<Database>, records: readonly ImportedRecord<R>[], state: S): Promise<number[]>;
}

/** A record to write with who imports it, when, and its number. */
export interface ImportedRecord<R> {
  record: R;
  write: ImportWrite;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind's records and state are its own
export type AnyImportKind = ImportKind<any, any, any>;

export function defineImportKind<C extends ImportColumns, R, S>(kind: ImportKind<C, R, S>): ImportKind<C, R, S> {
  return kind;
}
