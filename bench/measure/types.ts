import type BetterSqlite3 from 'better-sqlite3';
import type { App } from '../../electron/app/openApp';
import type { BuiltOffice } from '../generator/build';
import type { Timing } from './timing';
import type { MainProcess } from './mainProcess';

/**
 * What a part of the benchmark works on: the app opened on the synthetic office and a raw handle to the same file
 * (for timing, in this process), and the app alone in a child process on a copy (for the main process's memory).
 */
export interface BenchContext {
  office: BuiltOffice;
  app: App;
  raw: BetterSqlite3.Database;
  main: MainProcess;
  runs: number;
  warmup: number;
}

/**
 * One line of the table: the app's figure, optionally the raw statement doing the same work (only then is a ratio
 * printed or budgeted), and a budget key.
 */
export interface Figure {
  part: string;
  name: string;
  app?: Timing;
  raw?: Timing;
  /** A hand-written figure that does less than the app (shown in brackets for scale, never as a ratio). */
  reference?: Timing;
  /** For lines that are not timings: throughput, size. */
  value?: number;
  unit?: string;
  note?: string;
  /** The budget.json entry this line is held to. */
  budget?: string;
}

/**
 * A part of the benchmark. A ledger or feature joins by adding one to bench/parts/index.ts (and its app calls to
 * bench/measure/mainCalls.ts for the main process's memory); `pending` names the issue a part waits for, so the
 * table shows it as not yet measured.
 */
export interface BenchPart {
  name: string;
  pending?: string;
  run?(context: BenchContext): Promise<Figure[]>;
}
