/**
 * How one kind of record is numbered office-unique, e.g. TS-202611-0007: its prefix, and the history entity its
 * rows are kept under. Each ledger declares its own (complaintNumbering…); the ledger list refuses a prefix or an
 * entity used twice.
 */
export interface RecordNumbering {
  prefix: string;
  entity: string;
}

/** `period` is YYYYMM; the sequence is padded to 4 digits and simply grows past 9999. */
export function formatRecordNumber(numbering: RecordNumbering, period: string, sequence: number): string {
  return `${numbering.prefix}-${period}-${String(sequence).padStart(4, '0')}`;
}

export const recordNumberPattern = /^[A-Z]{2,4}-\d{6}-\d{4,}$/;
