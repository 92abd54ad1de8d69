import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { appendHistory } from '../history/historyRepository';
import type { Actor } from '../auth/session';
import { settingsInput, type SettingsInput, defaultSettings } from '../../../shared/domain/settings/settingsSchemas';
import type { OfficeSettings } from '../../../shared/domain/settings/settingsRecords';
import { putSettingValue, settingValue } from './settingsRepository';

const key = 'officeSettings';

/** Time limits and the idle lock, as one JSON value; a value an older or newer version wrote falls back per field. */
export async function getSettings(db: Kysely<Database>): Promise<OfficeSettings> {
  const stored = await readSetting<Partial<SettingsInput> | null>(db, key, null);
  if (!stored) return defaultSettings;
  const merged = { ...defaultSettings, ...stored, timeLimits: { ...defaultSettings.timeLimits, ...stored.timeLimits } };
  const parsed = settingsInput.safeParse(merged);
  return parsed.success ? parsed.data : defaultSettings;
}

export async function saveSettings(db: Kysely<Database>, settings: SettingsInput): Promise<OfficeSettings> {
  await putSetting(db, key, settings);
  return settings;
}

/** Each setting is stored as JSON text under its key. */
export async function readSetting<T>(db: Kysely<Database>, name: string, fallback: T): Promise<T> {
  const value = await settingValue(db, name);
  return value !== undefined ? (JSON.parse(value) as T) : fallback;
}

export async function putSetting(db: Kysely<Database>, name: string, value: unknown): Promise<void> {
  await putSettingValue(db, name, JSON.stringify(value));
}

/** A change to the office's rules and its history row, in the call's transaction (`db`): who changed them, and when. */
export async function auditedSettingsChange<T>(
  db: Kysely<Database>,
  actor: Actor,
  at: string,
  summary: string,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  const result = await work(db);
  await appendHistory(db, { entity: 'settings', entityId: 0, at, staffId: actor.staffId, action: '修改设置', summary });
  return result;
}
