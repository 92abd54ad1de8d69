import type { CodePointRanges } from './glyphCoverage';

/** What crosses the contract as output. Times are local ISO strings (2026-11-23T09:30:00). */

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * A page read by keyset: `next` continues after its last row. `total` is counted up to a limit; past it
 * `totalIsLowerBound` is true (the list says “1000 条以上”), because counting every match of a ten-year
 * ledger would cost more than reading the page.
 */
export interface KeysetPage<T> extends Page<T> {
  next: string | null;
  totalIsLowerBound: boolean;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface HistoryEntry {
  id: number;
  at: string;
  staffName: string | null;
  action: string;
  summary: string;
  /** The record's revision after this change (a print names the revision it showed). */
  revision: number | null;
  /** Why a printed record was changed. */
  reason: string | null;
  changes: FieldChange[];
}

export interface PrintedForm {
  fileName: string;
  pdfBase64: string;
  /** Characters the font lacks, printed as visible placeholders rather than blanks. */
  missingGlyphs: string[];
  /** True when the desktop shell opened the file in the system PDF viewer. */
  openedInViewer: boolean;
}

export interface FontCoverage {
  family: string;
  license: string;
  ranges: CodePointRanges;
}

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dataDir: string;
  databaseFile: string;
  /** The desktop app can show the system's folder picker; the browser mode asks for a typed path. */
  folderDialog: boolean;
}

export interface AuditCheck {
  ok: boolean;
  checked: number;
  /** The first rows where the chain breaks: edited, deleted or reordered history. */
  breaks: { id: number; problem: string }[];
}
