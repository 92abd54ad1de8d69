import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { putSetting, readSetting } from '../settings/settingsService';
import { backupSettingsInput, defaultBackupSettings, type BackupSettings } from '../../../shared/domain/backup/backup';

const key = 'backupSettings';

export async function getBackupSettings(db: Kysely<Database>): Promise<BackupSettings> {
  const stored = await readSetting<Partial<BackupSettings> | null>(db, key, null);
  const parsed = backupSettingsInput.safeParse({ ...defaultBackupSettings, ...stored });
  return parsed.success ? parsed.data : defaultBackupSettings;
}

export async function saveBackupSettings(db: Kysely<Database>, settings: BackupSettings): Promise<BackupSettings> {
  await putSetting(db, key, settings);
  return settings;
}
