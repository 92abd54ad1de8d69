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

/**
 * Today's backup in the background, started with the app (copying a large file must not keep the window from
 * opening); and, since desk PCs are often left on for days, a look every hour whether a new day needs its own.
 * `stop` waits for a backup under way, so closing never cuts one short.
 */
export function keepDailyBackups(
  ctx: DailyBackupContext,
  options: { startNow: boolean; everyMs?: number; before?: () => Promise<void> },
): { idle(): Promise<void>; stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  // `before`: the day's integrity check; a file that failed it is not backed up (its refusal is shown already).
  const take = async () => {
    if (options.before && !(await options.before().then(() => true, () => false))) return;
    await takeDailyBackupIfDue(ctx);
  };
  const run = () => {
    running ??= take().finally(() => (running = null));
  };
  if (options.startNow) run();
  const timer = setInterval(run, options.everyMs ?? 60 * 60 * 1000);
  timer.unref();
  const idle = async () => {
    while (running) await running;
  };
  return {
    idle,
    stop: () => (clearInterval(timer), idle()),
  };
}
