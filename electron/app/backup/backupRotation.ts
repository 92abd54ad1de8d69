import type { BackupFile, BackupKind, BackupSettings } from '../../../shared/domain/backup/backup';
import { startOfWeek } from '../../../shared/domain/officeDate';

const stampPattern = /(\d{8})-(\d{6})\.sqlite$/;
const prefixes: Record<BackupKind, string> = { daily: 'daily', manual: 'manual', beforeMigration: 'before-migration', beforeRestore: 'before-restore' };

/** daily-20261123-100000.sqlite; the before-migration name keeps the schema version it was taken from. */
export function backupFileName(kind: BackupKind, now: string, schemaVersion?: number): string {
  const stamp = now.replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return kind === 'beforeMigration' ? `before-migration-v${schemaVersion ?? 0}-${stamp}.sqlite` : `${prefixes[kind]}-${stamp}.sqlite`;
}

export function parseBackupFileName(fileName: string): Pick<BackupFile, 'kind' | 'takenAt'> | null {
  const stamp = stampPattern.exec(fileName);
  const kind = (Object.keys(prefixes) as BackupKind[]).find((key) => fileName.startsWith(`${prefixes[key]}-`));
  if (!stamp || !kind) return null;
  const [, day, time] = stamp as unknown as [string, string, string];
  return { kind, takenAt: `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4)}` };
}

/** Monday of the date's week, as the key that groups a week's backups. */
function weekKey(date: string): string {
  return startOfWeek(date);
}

/**
 * Which automatic (daily) backups to delete: keep the newest of each of the last `keepDaily` days, `keepWeekly`
 * weeks and `keepMonthly` months. Manual, before-migration and before-restore backups are never rotated away.
 */
export function backupsToRemove(backups: readonly Pick<BackupFile, 'fileName' | 'kind' | 'takenAt'>[], settings: BackupSettings): string[] {
  const daily = backups.filter((backup) => backup.kind === 'daily').sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  const kept = new Set<string>();
  const keepNewestPer = (key: (takenAt: string) => string, count: number) => {
    const seen = new Set<string>();
    for (const backup of daily) {
      const group = key(backup.takenAt);
      if (seen.has(group)) continue;
      if (seen.size >= count) break;
      seen.add(group);
      kept.add(backup.fileName);
    }
  };
  keepNewestPer((at) => at.slice(0, 10), settings.keepDaily);
  keepNewestPer((at) => weekKey(at.slice(0, 10)), settings.keepWeekly);
  keepNewestPer((at) => at.slice(0, 7), settings.keepMonthly);
  return daily.filter((backup) => !kept.has(backup.fileName)).map((backup) => backup.fileName);
}
