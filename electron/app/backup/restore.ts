import { existsSync, readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { copyFile, mkdir, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '../../../shared/contract/errors';
import { backupIsGood, backupsDir } from './backupService';

const pendingFile = (dataDir: string) => join(dataDir, 'restore-pending.json');

/**
 * Put a backup in place of the database, which must be closed (the CLI with the app shut, or the app at start).
 * The replaced database (with its -wal and -shm) is kept aside under backups/replaced/, never deleted.
 */
export async function restoreBackup(dataDir: string, databaseFile: string, fileName: string, now: string): Promise<{ replacedBy: string; keptAside: string | null }> {
  const source = join(backupsDir(dataDir), fileName);
  if (!existsSync(source)) throw new DomainError('not_found', `没有这个备份:${fileName}`);
  if (!backupIsGood(source)) throw new DomainError('rule', `备份 ${fileName} 本身已损坏(完整性检查未通过),不能用来恢复`);
  let keptAside: string | null = null;
  if (existsSync(databaseFile)) {
    const asideDir = join(backupsDir(dataDir), 'replaced');
    await mkdir(asideDir, { recursive: true });
    keptAside = join(asideDir, `replaced-${now.replace(/[-:]/g, '').replace('T', '-').slice(0, 15)}.sqlite`);
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(`${databaseFile}${suffix}`)) await rename(`${databaseFile}${suffix}`, `${keptAside}${suffix}`);
    }
  }
  const temporary = `${databaseFile}.restoring`;
  await copyFile(source, temporary);
  await rename(temporary, databaseFile);
  return { replacedBy: fileName, keptAside };
}

/** The app cannot swap the file it has open: a restore chosen in the app is done at the next start. */
export function scheduleRestore(dataDir: string, fileName: string): void {
  if (!backupIsGood(join(backupsDir(dataDir), fileName))) throw new DomainError('rule', `备份 ${fileName} 不存在或已损坏,不能用来恢复`);
  writeFileSync(pendingFile(dataDir), JSON.stringify({ fileName }));
}

export function pendingRestore(dataDir: string): string | null {
  if (!existsSync(pendingFile(dataDir))) return null;
  try {
    return (JSON.parse(readFileSync(pendingFile(dataDir), 'utf8')) as { fileName: string }).fileName;
  } catch {
    return null;
  }
}

export function cancelPendingRestore(dataDir: string): void {
  if (existsSync(pendingFile(dataDir))) unlinkSync(pendingFile(dataDir));
}

/** At start, before the database is opened: do the restore chosen last time, then forget it. */
export async function applyPendingRestore(dataDir: string, databaseFile: string, now: string): Promise<string | null> {
  const fileName = pendingRestore(dataDir);
  if (!fileName) return null;
  await restoreBackup(dataDir, databaseFile, fileName, now);
  await unlink(pendingFile(dataDir));
  return fileName;
}
