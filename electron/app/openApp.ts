import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from './db/connection';
import { migrate, type MigrationReport } from './db/migrate';
import { migrations as shippedMigrations, type Migration } from './db/migrations';
import { systemClock, type Clock } from './clock';
import type { AppContext, Host } from './context';
import { assemble, features, shippedLedgers } from './modules/modules';
import type { Ledger } from './ledgers/ledger';
import { ledgerRegistry } from './ledgers/ledgerRegistry';
import { createInvoke, type Invoke } from './dispatch';
import { loadPrintFonts } from './forms/fonts';
import { ensureDefaultDepartments } from './office/officeService';
import { indexBacklog } from './ledgers/complaints/complaintApi';
import { inTransaction } from './db/transaction';
import { DeskSession } from './auth/session';
import { sessionAuthorizer, staffAuthorizer, type Authorize } from './auth/authorize';
import { getSettings } from './settings/settingsService';
import { adoptCalendarBaseline } from './settings/calendarService';
import { appVersion } from './version';
import { dataFolderKind } from './dataFolder/dataFolderRepository';
import type { DataFolderKind } from '../../shared/domain/dataFolder';
import { CallError } from '../../shared/contract/errors';
import { backupDatabase, DamagedDatabaseError, isCorruptionError, newestGoodBackup, type BackupState } from './backup/backupService';
import { checkInBackground } from './backup/backgroundCheck';
import { applyPendingRestore } from './backup/restore';
import { keepDailyBackups } from './backup/dailyBackup';
import { removeLeftovers } from './leftovers';
import { markOpen, recordStartCheck, startCheckDue } from './backup/startCheckPolicy';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels';
import { closeHeadOfficeStores } from './headOffice/headOfficeStoreConfig';
import { migrateStore } from './db/headOfficeStore/store';
import { sqliteStore } from './db/headOfficeStore/sqliteStore';
import type { ChannelGroup } from '../../shared/contract/channel';

export const databaseFileName = 'taizhang.sqlite';

export interface OpenAppOptions {
  dataDir: string;
  host?: Host;
  clock?: Clock;
  nativeBinding?: string;
  /** The ledgers this app keeps; the shipped ones unless a test brings its own. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each ledger's handlers are typed by its own channels
  ledgers?: readonly Ledger<any>[];
  /** The schema's migrations; the shipped ones unless a test plays a later release with one more. */
  migrations?: readonly Migration[];
  /** Tests hold the day's integrity check's result here, to see the app while the check runs. */
  holdStartCheck?: () => Promise<void>;
}

/** A typed way in: `invoke` answers `{ ok, value | error }`, `call` throws CallError on `{ ok: false }`. */
export interface Caller {
  invoke: Invoke;
  call<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>>;
}

export interface App extends Caller {
  ctx: AppContext;
  /** Every channel of this app, merged from its features and ledgers. */
  contract: ChannelGroup;
  handlers: Record<string, (input: unknown, actor: unknown, ctx: AppContext) => Promise<unknown>>;
  /** As whoever is signed in at the desk (the window and the bridge use this). */
  invoke: Invoke;
  /** Trusted in-process code (CLI, demo data, tests) acting as one staff member, with that member's role checks. */
  as(staffId: number): Caller;
  migration: MigrationReport;
  /** Resolves once the backup started with the app (or by the hourly check) is written. */
  whenBackupsIdle(): Promise<void>;
  close(): Promise<void>;
}

/** Open (or create) the office's database in `dataDir`, bring its schema up to date and wire the handlers. */
export async function openApp(options: OpenAppOptions): Promise<App> {
  mkdirSync(options.dataDir, { recursive: true });
  const databaseFile = join(options.dataDir, databaseFileName);
  const clock = options.clock ?? systemClock();
  await applyPendingRestore(options.dataDir, databaseFile, clock.now());
  const existed = existsSync(databaseFile);
  const connection = openChecked(options, databaseFile);
  // The day's quick_check runs in a worker while the app opens: the desk reads at once, writes wait (dispatch).
  const startCheck = checkInBackground({
    databaseFile,
    dataDir: options.dataDir,
    due: existed && startCheckDue(options.dataDir, clock.now()) !== null,
    raw: connection.raw,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    onPassed: () => recordStartCheck(options.dataDir, clock.now()),
    ...(options.holdStartCheck ? { holdResult: options.holdStartCheck } : {}),
  });
  try {
    const migration = await migrate(connection.db, {
      migrations: migrationsOf(options),
      now: clock.now,
      beforeMigrating: async (fromVersion) => {
        // A migration writes throughout the file: only once it has passed its check (refused as before if not).
        await startCheck.writable().catch(() => {
          throw new DamagedDatabaseError(startCheck.status().problems ?? [], newestGoodBackup(options.dataDir));
        });
        await backupDatabase(connection.raw, options.dataDir, { kind: 'beforeMigration', now: clock.now(), schemaVersion: fromVersion });
      },
    });
    // Head office's store in this file (the hq_* tables of 0018): its own migrations, the same list a server gets.
    if (!options.migrations) await migrateStore(sqliteStore(connection.db), clock.now);
    // A new file needs no check: its day is recorded (once it is known to be this version's, as a refused
    // file's folder is left as it was).
    if (!existed) recordStartCheck(options.dataDir, clock.now());
    // What a killed export, backup or import left behind.
    removeLeftovers(options.dataDir);
    const backupState: BackupState = { startCheck: [], lastError: null, secondFolderError: null };
    const backupContext = { raw: connection.raw, db: connection.db, dataDir: options.dataDir, clock, backupState };
    await inTransaction(connection.db, (trx) => ensureDefaultDepartments(trx));
    // Complaints indexed by an older version or dictionary (0012 queues them all): a few seconds, once.
    while ((await inTransaction(connection.db, (trx) => indexBacklog(trx, 500))) > 0);
    const settings = await getSettings(connection.db);
    const ctx: AppContext = {
      db: connection.db,
      clock,
      dataDir: options.dataDir,
      databaseFile,
      printFonts: loadPrintFonts,
      host: options.host ?? {},
      version: appVersion,
      session: new DeskSession(settings.idleLockMinutes),
      raw: connection.raw,
      backupState,
      startCheck,
      ledgers: ledgerRegistry(options.ledgers ?? shippedLedgers),
    };
    // A newer holiday package, or the law's days for a year it lacks: open deadlines follow before the first call.
    await inTransaction(connection.db, (trx) => adoptCalendarBaseline(trx, ctx.ledgers.workingDeadlines, clock.now()));
    // The day's backup waits for the check: a copy of a damaged file must not push a good one out of the rotation.
    const dailyBackups = keepDailyBackups(backupContext, { startNow: existed, before: startCheck.writable });
    const releaseOpenMarker = markOpen(options.dataDir);
    let closing: Promise<void> | null = null;
    const { contract, handlers } = assemble([...features, ...ctx.ledgers.list], ctx);
    // Once decided a folder's kind never changes (a restore takes effect at the next start): read until it is.
    let decidedKind: DataFolderKind | null = null;
    const folderKind = async () => (decidedKind ??= await dataFolderKind(ctx.db));
    const caller = (authorize: Authorize): Caller => {
      const invoke = createInvoke(contract, handlers, ctx, authorize, folderKind);
      const call = async <K extends ChannelName>(channel: K, input: ChannelInput<K>) => {
        const result = await invoke(channel, input);
        if (!result.ok) throw new CallError(result.error);
        return result.value as ChannelOutput<K>;
      };
      return { invoke, call };
    };
    return {
      ctx,
      contract,
      handlers,
      ...caller(sessionAuthorizer(ctx.db, ctx.session, clock)),
      as: (staffId) => caller(staffAuthorizer(ctx.db, staffId)),
      migration,
      whenBackupsIdle: dailyBackups.idle,
      // Once, however often it is called: a backup under way finishes first, then the marker of a clean end goes.
      close: () =>
        (closing ??= (async () => {
          await dailyBackups.stop();
          await startCheck.stop();
          // Head office's PostgreSQL pool, if it keeps its records there.
          await closeHeadOfficeStores(ctx.dataDir);
          await connection.close();
          releaseOpenMarker();
        })()),
    };
  } catch (error) {
    await startCheck.stop();
    await connection.close();
    // A file damaged where the start reads it: refused at once, with the newest good backup to offer.
    if (isCorruptionError(error)) throw new DamagedDatabaseError([error instanceof Error ? error.message : String(error)], newestGoodBackup(options.dataDir));
    throw error;
  }
}

/** Open the file; one that SQLite finds damaged as it opens is refused with the newest good backup to offer. */
function openChecked(options: OpenAppOptions, databaseFile: string) {
  try {
    return openDatabase(databaseFile, {
      supportedSchemaVersion: migrationsOf(options).at(-1)!.version,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    if (isCorruptionError(error)) throw new DamagedDatabaseError([error instanceof Error ? error.message : String(error)], newestGoodBackup(options.dataDir));
    throw error;
  }
}

/** The migrations this app's schema follows: the shipped ones unless a test plays a later release. */
function migrationsOf(options: OpenAppOptions): readonly Migration[] {
  return options.migrations ?? shippedMigrations;
}
