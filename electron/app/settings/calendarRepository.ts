import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { CalendarOverride } from '../calendar/workingCalendar';

/** The days the office entered against the statutory calendar, by date. */
export async function calendarOverrides(db: Kysely<Database>): Promise<CalendarOverride[]> {
  return (await db.selectFrom('calendar_overrides').selectAll().orderBy('date').execute()) as CalendarOverride[];
}

export async function saveOverride(db: Kysely<Database>, override: CalendarOverride): Promise<void> {
  await db
    .insertInto('calendar_overrides')
    .values(override)
    .onConflict((oc) => oc.column('date').doUpdateSet({ kind: override.kind, name: override.name }))
    .execute();
}

export async function removeOverride(db: Kysely<Database>, date: string): Promise<void> {
  await db.deleteFrom('calendar_overrides').where('date', '=', date).execute();
}
