import { z } from 'zod';

/** How many automatic backups to keep: the newest of each of the last N days, weeks and months. */
export const backupSettingsInput = z.strictObject({
  keepDaily: z.number({ error: '请填写数量' }).int().min(1).max(60),
  keepWeekly: z.number({ error: '请填写数量' }).int().min(0).max(52),
  keepMonthly: z.number({ error: '请填写数量' }).int().min(0).max(120),
  /** A second copy of every backup (another disk, a network folder); null: none. */
  secondFolder: z.string().trim().max(1000).nullable(),
});
export type BackupSettings = z.output<typeof backupSettingsInput>;
export const defaultBackupSettings: BackupSettings = { keepDaily: 7, keepWeekly: 4, keepMonthly: 12, secondFolder: null };

export const backupFileInput = z.strictObject({
  fileName: z.string().regex(/^[\w.-]+\.sqlite$/, { error: '不是本程序的备份文件名' }),
  /** The person confirmed they want today's data replaced by the backup's. */
  confirmed: z.literal(true, { error: '请确认恢复' }),
});

export type BackupKind = 'daily' | 'manual' | 'beforeMigration' | 'beforeRestore';
export const backupKindLabels: Record<BackupKind, string> = {
  daily: '每日自动',
  manual: '手动',
  beforeMigration: '升级前',
  beforeRestore: '恢复前',
};

export interface BackupFile {
  fileName: string;
  kind: BackupKind;
  /** Local time it was taken: 2026-11-23T10:00:00. */
  takenAt: string;
  size: number;
}

export interface BackupStatus {
  /** PRAGMA quick_check at this start: [] when the database is sound. */
  startCheck: string[];
  /** When the file last passed PRAGMA quick_check (the day's first start, or the start after an unclean end). */
  lastCheckAt: string | null;
  backups: BackupFile[];
  settings: BackupSettings;
  /** A restore chosen in the app, done at the next start. */
  pendingRestore: string | null;
  /** Copying to the second folder failed at the last backup: why. */
  secondFolderError: string | null;
  /** The last automatic backup failed (full disk…): why. Cleared by the next backup that succeeds. */
  lastError: string | null;
}

/**
 * The day's integrity check of the data file, run in the background at start: while `running` reads answer and
 * writes wait; `failed` refuses every write with `message` (zh-CN); `notDue` when the file was checked today.
 */
export interface StartCheckStatus {
  state: 'notDue' | 'running' | 'passed' | 'failed';
  message: string | null;
  problems?: string[];
}
