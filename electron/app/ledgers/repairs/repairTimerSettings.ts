import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { putSetting, readSetting } from '../../settings/settingsService';
import { repairTimersInput } from '../../../../shared/domain/repairs/repairSchemas';
import { defaultRepairTimers, type RepairTimerSettings } from '../../../../shared/domain/repairs/repair';

const key = 'repairTimers';

/** seed 002's targets; a value written by another version falls back to the defaults field by field. */
export async function getRepairTimers(db: Kysely<Database>): Promise<RepairTimerSettings> {
  const stored = await readSetting<Partial<RepairTimerSettings> | null>(db, key, null);
  const parsed = repairTimersInput.safeParse({ ...defaultRepairTimers, ...stored });
  return parsed.success ? parsed.data : defaultRepairTimers;
}

/** Call through auditedSettingsChange: who changed the office's targets is kept in the history. */
export async function saveRepairTimers(trx: Kysely<Database>, timers: RepairTimerSettings): Promise<RepairTimerSettings> {
  await putSetting(trx, key, timers);
  return timers;
}
