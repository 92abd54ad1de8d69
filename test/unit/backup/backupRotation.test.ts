import { describe, expect, it } from 'vitest';
import { backupFileName, backupsToRemove, parseBackupFileName } from '../../../electron/app/backup/backupRotation';
import { defaultBackupSettings } from '../../../shared/domain/backup/backup';

/** One daily backup at 08:00 for each of `days` days up to 2026-11-23. */
function dailyBackups(days: number) {
  return Array.from({ length: days }, (_, index) => {
    const date = new Date(Date.UTC(2026, 10, 23 - index)).toISOString().slice(0, 10);
    const fileName = backupFileName('daily', `${date}T08:00:00`);
    return { fileName, ...parseBackupFileName(fileName)! };
  });
}

describe('backup rotation (7 daily, 4 weekly, 12 monthly)', () => {
  it('names and reads back backup files', () => {
    expect(backupFileName('daily', '2026-11-23T10:00:05')).toBe('daily-20261123-100005.sqlite');
    expect(backupFileName('beforeMigration', '2026-11-23T10:00:00', 2)).toBe('before-migration-v2-20261123-100000.sqlite');
    expect(parseBackupFileName('before-migration-v2-20261123-100000.sqlite')).toEqual({ kind: 'beforeMigration', takenAt: '2026-11-23T10:00:00' });
    expect(parseBackupFileName('notes.txt')).toBeNull();
  });

  it('keeps the last 7 days, the newest of the last 4 weeks and of the last 12 months; nothing else', () => {
    const backups = dailyBackups(500);
    const removed = new Set(backupsToRemove(backups, defaultBackupSettings));
    const kept = backups.filter((backup) => !removed.has(backup.fileName)).map((backup) => backup.takenAt.slice(0, 10));
    expect(kept.slice(0, 7)).toEqual(['2026-11-23', '2026-11-22', '2026-11-21', '2026-11-20', '2026-11-19', '2026-11-18', '2026-11-17']);
    // Weeks (Monday-based): 11-23 is a Monday, so 11-22, 11-15 and 11-08 are the newest of the 3 weeks before it.
    expect(kept).toContain('2026-11-15');
    expect(kept).toContain('2026-11-08');
    // Months: the last day of each of the 11 months before November 2026.
    expect(kept).toContain('2026-10-31');
    expect(kept).toContain('2025-12-31');
    expect(kept).not.toContain('2025-11-30');
    expect(kept).not.toContain('2026-11-16');
    expect(kept).toHaveLength(7 + 2 + 11);
  });

  it('never removes manual, before-migration or before-restore backups', () => {
    const others = ['manual-20200101-080000.sqlite', 'before-migration-v1-20200101-080000.sqlite', 'before-restore-20200101-080000.sqlite'].map((fileName) => ({
      fileName,
      ...parseBackupFileName(fileName)!,
    }));
    expect(backupsToRemove([...dailyBackups(30), ...others], defaultBackupSettings).filter((name) => !name.startsWith('daily'))).toEqual([]);
  });
});
