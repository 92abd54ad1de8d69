import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from './db/connection';
import { migrate, type MigrationReport } from './db/migrate';
import { latestSchemaVersion } from './db/migrations';
import { systemClock, type Clock } from './clock';
import type { AppContext, Host } from './context';
import { createHandlers, type Handlers } from './handlers';
import { createInvoke, type Invoke } from './dispatch';
import { loadPrintFonts } from './forms/fonts';
import { ensureDefaultDepartments } from './office/officeService';
import { appVersion } from './version';
import { CallError } from '../../shared/contract/errors';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels';

export const databaseFileName = 'taizhang.sqlite';

export interface OpenAppOptions {
  dataDir: string;
  host?: Host;
  clock?: Clock;
  nativeBinding?: string;
}

export interface App {
  ctx: AppContext;
  handlers: Handlers;
  invoke: Invoke;
  /** `invoke`, typed by the contract, throwing CallError on `{ ok: false }`: for the CLI, demo data and tests. */
  call<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>>;
  migration: MigrationReport;
  close(): Promise<void>;
}

/** Open (or create) the office's database in `dataDir`, bring its schema up to date and wire the handlers. */
export async function openApp(options: OpenAppOptions): Promise<App> {
  mkdirSync(options.dataDir, { recursive: true });
  const databaseFile = join(options.dataDir, databaseFileName);
  const connection = openDatabase(databaseFile, {
    supportedSchemaVersion: latestSchemaVersion,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const clock = options.clock ?? systemClock();
  try {
    const migration = await migrate(connection.db, {
      now: clock.now,
      beforeMigrating: async (fromVersion) => {
        const backupDir = join(options.dataDir, 'backups');
        mkdirSync(backupDir, { recursive: true });
        const stamp = clock.now().replace(/[-:]/g, '').replace('T', '-');
        await connection.raw.backup(join(backupDir, `before-migration-v${fromVersion}-${stamp}.sqlite`));
      },
    });
    await ensureDefaultDepartments(connection.db);
    const ctx: AppContext = {
      db: connection.db,
      clock,
      dataDir: options.dataDir,
      databaseFile,
      printFonts: loadPrintFonts,
      host: options.host ?? {},
      version: appVersion,
    };
    const handlers = createHandlers(ctx);
    const invoke = createInvoke(handlers);
    const call = async <K extends ChannelName>(channel: K, input: ChannelInput<K>) => {
      const result = await invoke(channel, input);
      if (!result.ok) throw new CallError(result.error);
      return result.value as ChannelOutput<K>;
    };
    return { ctx, handlers, invoke, call, migration, close: () => connection.close() };
  } catch (error) {
    await connection.close();
    throw error;
  }
}
