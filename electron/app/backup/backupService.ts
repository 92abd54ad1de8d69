import { existsSync, readdirSync, statSync } from 'node:fs';
import { copyFile, mkdir, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import type { BackupFile, BackupKind, BackupSettings } from '../../../shared/domain/backup/backup';
import { fileWriteError } from '../archive/fileErrors';
import { backupFileName, backupsToRemove, parseBackupFileName } from './backupRotation';

export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

export interface BackupResult {
  file: string;
  /** Why the copy to the second folder failed, if it did (the backup in the data folder exists either way). */
  secondFolderError: string | null;
}

/**
 * SQLite's online backup API, not a file copy: a consistent snapshot even while the app writes. Written under a
 * temporary name and renamed, so a backup interrupted by a crash or a full disk never passes for a whole one.
 */
export async function backupDatabase(
  raw: BetterSqlite3.Database,
  dataDir: string,
  options: { kind: BackupKind; now: string; schemaVersion?: number; secondFolder?: string | null },
): Promise<BackupResult> {
  const dir = backupsDir(dataDir);
  const fileName = backupFileName(options.kind, options.now, options.schemaVersion);
  const file = join(dir, fileName);
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.partial`;
  try {
    await mkdir(dir, { recursive: true });
    await raw.backup(temporary);
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw fileWriteError(error, dir, '备份数据');
  }
  let secondFolderError: string | null = null;
  if (options.secondFolder) {
    const copy = join(options.secondFolder, fileName);
    try {
      await copyFile(file, `${copy}.partial`);
      await rename(`${copy}.partial`, copy);
    } catch (error) {
      await unlink(`${copy}.partial`).catch(() => {});
      secondFolderError = fileWriteError(error, options.secondFolder, '复制备份到第二位置').message;
    }
  }
  return { file, secondFolderError };
}

export function listBackups(dataDir: string): BackupFile[] {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((fileName) => {
      const parsed = parseBackupFileName(fileName);
      return parsed ? [{ fileName, ...parsed, size: statSync(join(dir, fileName)).size }] : [];
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.fileName.localeCompare(a.fileName));
}

/** Delete the automatic backups the rotation no longer keeps (in the data folder and the second folder). */
export async function rotateBackups(dataDir: string, settings: BackupSettings): Promise<string[]> {
  const removed = backupsToRemove(listBackups(dataDir), settings);
  for (const fileName of removed) {
    await unlink(join(backupsDir(dataDir), fileName)).catch(() => {});
    if (settings.secondFolder) await unlink(join(settings.secondFolder, fileName)).catch(() => {});
  }
  return removed;
}

/** The first start of a day takes that day's backup (any backup taken today counts, even one before a migration). */
export async function dailyBackupIfDue(raw: BetterSqlite3.Database, dataDir: string, now: string, settings: BackupSettings): Promise<BackupResult | null> {
  const today = now.slice(0, 10);
  if (listBackups(dataDir).some((backup) => backup.takenAt.startsWith(today))) return null;
  const result = await backupDatabase(raw, dataDir, { kind: 'daily', now, secondFolder: settings.secondFolder });
  await rotateBackups(dataDir, settings);
  return result;
}

/** PRAGMA quick_check's findings; [] when the database is sound. */
export function quickCheck(raw: BetterSqlite3.Database): string[] {
  const rows = raw.pragma('quick_check') as { quick_check: string }[];
  const problems = rows.map((row) => row.quick_check).filter((line) => line !== 'ok');
  return problems;
}

/** Whether a backup file opens and passes quick_check (a backup on a failing disk may itself be damaged). */
export function backupIsGood(file: string): boolean {
  try {
    const raw = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    try {
      return quickCheck(raw).length === 0;
    } finally {
      raw.close();
    }
  } catch {
    return false;
  }
}

export function newestGoodBackup(dataDir: string): BackupFile | null {
  return listBackups(dataDir).find((backup) => backupIsGood(join(backupsDir(dataDir), backup.fileName))) ?? null;
}

/** What the office is told about its backups since this start (the 归档与备份 page shows it). */
export interface BackupState {
  startCheck: string[];
  lastError: string | null;
  secondFolderError: string | null;
}

/** The database file failed its check at start: the app says so and offers the newest good backup. */
export class DamagedDatabaseError extends Error {
  constructor(
    readonly problems: string[],
    readonly newestGood: BackupFile | null,
  ) {
    super(
      `数据文件已损坏(完整性检查未通过:${problems.slice(0, 3).join(';')})。` +
        (newestGood ? `可以恢复到最近的完好备份 ${newestGood.fileName}(${newestGood.takenAt.replace('T', ' ')})。` : '没有找到完好的备份,请联系管理员。'),
    );
  }
}

export function isCorruptionError(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}
