import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from './db/connection';
import { migrate, type MigrationReport } from './db/migrate';
import { systemClock, type Clock } from './clock';
import type { AppContext, Host } from './context';
import { createHandlers, type Handlers } from './handlers';
import { createInvoke, type Invoke } from './dispatch';
import { loadPrintFonts } from './forms/fonts';
import { ensureDefaultDepartments } from './office/officeService';
import { appVersion } from './version';

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
  migration: MigrationReport;
  close(): Promise<void>;
}

/** Open (or create) the office's database in `dataDir`, bring its schema up to date and wire the handlers. */
export async function openApp(options: OpenAppOptions): Promise<App> {
  mkdirSync(options.dataDir, { recursive: true });
  const databaseFile = join(options.dataDir, databaseFileName);
  const connection = openDatabase(databaseFile, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
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
      fonts: loadPrintFonts(),
      host: options.host ?? {},
      version: appVersion,
    };
    const handlers = createHandlers(ctx);
    return { ctx, handlers, invoke: createInvoke(handlers), migration, close: () => connection.close() };
  } catch (error) {
    await connection.close();
    throw error;
  }
}
