import type { AppContext } from '../context';
import { dailyBackupIfDue } from './backupService';
import { getBackupSettings } from './backupSettings';

type DailyBackupContext = Pick<AppContext, 'raw' | 'db' | 'dataDir' | 'clock' | 'backupState'>;

/**
 * Today's backup, if none was taken yet. A failure (full disk…) must not keep the desk from working: it is kept in
 * backupState and shown on the 归档与备份 page.
 */
export async function takeDailyBackupIfDue(ctx: DailyBackupContext): Promise<void> {
  try {
    const result = await dailyBackupIfDue(ctx.raw, ctx.dataDir, ctx.clock.now(), await getBackupSettings(ctx.db));
    if (result) {
      ctx.backupState.lastError = null;
      ctx.backupState.secondFolderError = result.secondFolderError;
    }
  } catch (error) {
    ctx.backupState.lastError = error instanceof Error ? error.message : String(error);
  }
}

/** Desk PCs are often left on for days: while the app runs it looks every hour whether a new day needs its backup. */
export function keepDailyBackups(ctx: DailyBackupContext, everyMs = 60 * 60 * 1000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void takeDailyBackupIfDue(ctx).finally(() => (running = false));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
