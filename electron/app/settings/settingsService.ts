import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { inCall } from '../db/inCall';
import { appendHistory } from '../history/historyRepository';
import type { Actor } from '../auth/session';
import { settingsInput, type SettingsInput, defaultSettings } from '../../../shared/domain/settings/settingsSchemas';
import type { OfficeSettings } from '../../../shared/domain/settings/settingsRecords';

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

/** A change to the office's rules and its history row in one transaction: who changed them, and when. */
export function auditedSettingsChange<T>(
  db: Kysely<Database>,
  actor: Actor,
  at: string,
  summary: string,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return inCall(db, async (trx) => {
    const result = await work(trx);
    await appendHistory(trx, { entity: 'settings', entityId: 0, at, staffId: actor.staffId, action: '修改设置', summary });
    return result;
  });
}
