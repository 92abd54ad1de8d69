import type { AppContext } from '../context';
import type { Actor } from '../auth/session';
import { inTransaction } from '../db/transaction';
import { appendHistory } from '../history/historyRepository';
import type { BackupSettings, BackupStatus } from '../../../shared/domain/backup/backup';
import { backupDatabase, listBackups, rotateBackups } from './backupService';
import { getBackupSettings, saveBackupSettings } from './backupSettings';
import { checkSecondFolder } from './secondFolder';
import { lastStartCheck } from './startCheckPolicy';
import { cancelPendingRestore, pendingRestore, scheduleRestore } from './restore';

/** The 归档与备份 page's view of backups: the check at start, the files, the rotation and any restore waiting. */
export async function backupStatus(ctx: AppContext): Promise<BackupStatus> {
  return {
    startCheck: ctx.backupState.startCheck,
    lastCheckAt: lastStartCheck(ctx.dataDir),
    backups: listBackups(ctx.dataDir),
    settings: await getBackupSettings(ctx.db),
    pendingRestore: pendingRestore(ctx.dataDir),
    secondFolderError: ctx.backupState.secondFolderError,
    lastError: ctx.backupState.lastError,
  };
}

function audit(ctx: AppContext, actor: Actor, action: string, summary: string): Promise<void> {
  return appendHistory(ctx.db, { entity: 'archive', entityId: 0, at: ctx.clock.now(), staffId: actor.staffId, action, summary });
}

export async function backupNow(ctx: AppContext, actor: Actor): Promise<BackupStatus> {
  const settings = await getBackupSettings(ctx.db);
  const result = await backupDatabase(ctx.raw, ctx.dataDir, { kind: 'manual', now: ctx.clock.now(), secondFolder: settings.secondFolder });
  ctx.backupState.secondFolderError = result.secondFolderError;
  ctx.backupState.lastError = null;
  // A job: the backup is taken outside any transaction, then its history row is written in one of its own.
  await inTransaction(ctx.db, (trx) => audit({ ...ctx, db: trx }, actor, '手动备份', `手动备份数据:${result.file}`));
  return backupStatus(ctx);
}

export async function changeBackupSettings(ctx: AppContext, actor: Actor, input: BackupSettings): Promise<BackupStatus> {
  const settings = { ...input, secondFolder: input.secondFolder || null };
  if (settings.secondFolder) await checkSecondFolder(settings.secondFolder, ctx.dataDir);
  await saveBackupSettings(ctx.db, settings);
  await appendHistory(ctx.db, { entity: 'settings', entityId: 0, at: ctx.clock.now(), staffId: actor.staffId, action: '修改设置', summary: `备份设置:保留 ${settings.keepDaily} 天、${settings.keepWeekly} 周、${settings.keepMonthly} 个月各一份;第二位置 ${settings.secondFolder ?? '无'}` });
  await rotateBackups(ctx.dataDir, settings);
  return backupStatus(ctx);
}

/** Chosen in the app, done at the next start (the open database cannot be swapped under the running app). */
export async function requestRestore(ctx: AppContext, actor: Actor, fileName: string): Promise<BackupStatus> {
  scheduleRestore(ctx.dataDir, fileName);
  await audit(ctx, actor, '恢复备份', `选择恢复到备份 ${fileName},下次启动时执行,当前数据另存于 backups/replaced`);
  return backupStatus(ctx);
}

export async function withdrawRestore(ctx: AppContext, actor: Actor): Promise<BackupStatus> {
  const fileName = pendingRestore(ctx.dataDir);
  cancelPendingRestore(ctx.dataDir);
  if (fileName) await audit(ctx, actor, '取消恢复', `取消恢复到备份 ${fileName}`);
  return backupStatus(ctx);
}
