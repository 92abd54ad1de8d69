import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { settingsInput, defaultSettings, type SettingsInput } from '../../../shared/domain/authSchemas';
import type { OfficeSettings } from '../../../shared/domain/lifecycleRecords';

const key = 'officeSettings';

/** Time limits and the idle lock, as one JSON value; a value an older or newer version wrote falls back per field. */
export async function getSettings(db: Kysely<Database>): Promise<OfficeSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  if (!row) return defaultSettings;
  const stored = JSON.parse(row.value) as Partial<SettingsInput>;
  const merged = { ...defaultSettings, ...stored, timeLimits: { ...defaultSettings.timeLimits, ...stored.timeLimits } };
  const parsed = settingsInput.safeParse(merged);
  return parsed.success ? parsed.data : defaultSettings;
}

export async function saveSettings(db: Kysely<Database>, settings: SettingsInput): Promise<OfficeSettings> {
  await putSetting(db, key, settings);
  return settings;
}

export async function readSetting<T>(db: Kysely<Database>, name: string, fallback: T): Promise<T> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', name).executeTakeFirst();
  return row ? (JSON.parse(row.value) as T) : fallback;
}

export async function putSetting(db: Kysely<Database>, name: string, value: unknown): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key: name, value: JSON.stringify(value) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
    .execute();
}
