import type { Kysely } from 'kysely';
import type { Database } from './db/schema';
import type { Clock } from './clock';
import type { PrintFonts } from './forms/fonts';
import type { DeskSession } from './auth/session';
import type BetterSqlite3 from 'better-sqlite3';
import type { BackupState } from './backup/backupService';
import type { BackgroundCheck } from './backup/backgroundCheck';
import type { LedgerRegistry } from './ledgers/ledgerRegistry';

/** What the shell hosting the app can do that plain Node cannot (Electron: open a file in the system viewer). */
export interface Host {
  openInViewer?(file: string): Promise<void>;
  /** Ask where to save a file the app produced and write it there; null when the user cancels. */
  saveFile?(suggestedName: string, content: Buffer): Promise<string | null>;
  /** Ask the user to pick a folder; null when they cancel. */
  chooseFolder?(title: string): Promise<string | null>;
}

export interface AppContext {
  db: Kysely<Database>;
  clock: Clock;
  dataDir: string;
  databaseFile: string;
  /** Loaded on first use (the files are 21 MB): start-up and the CLI never pay for printing. */
  printFonts(): PrintFonts;
  host: Host;
  version: string;
  session: DeskSession;
  /** The raw handle, for the online backup API and integrity checks. */
  raw: BetterSqlite3.Database;
  backupState: BackupState;
  /** The day's integrity check, running in the background after start: writes wait for it (dispatch). */
  startCheck: BackgroundCheck;
  /** The app's ledgers and every registry derived from them. */
  ledgers: LedgerRegistry;
}
