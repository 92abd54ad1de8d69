import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import {
  createWorkingCalendar,
  packageCoversYear,
  packageYears,
  uncoveredDates,
  type WorkingCalendar,
} from '../calendar/workingCalendar';
import type { CalendarStatus } from '../../../shared/domain/settings/settingsRecords';
import { putSetting, readSetting } from './settingsService';
import { addDays } from '../../../shared/domain/officeDate';
import { calendarOverrides } from './calendarRepository';

const confirmedYearsKey = 'calendar.confirmedYears';

async function officeEntries(db: Kysely<Database>) {
  const overrides = await calendarOverrides(db);
  return { overrides, confirmedYears: await readSetting<number[]>(db, confirmedYearsKey, []) };
}

/** The statutory calendar from the package, corrected and extended by what the office entered. */
export async function loadCalendar(db: Kysely<Database>): Promise<WorkingCalendar> {
  const { overrides, confirmedYears } = await officeEntries(db);
  return createWorkingCalendar(overrides, confirmedYears);
}

export async function calendarStatus(db: Kysely<Database>, today: string): Promise<CalendarStatus> {
  const { overrides, confirmedYears } = await officeEntries(db);
  const calendar = createWorkingCalendar(overrides, confirmedYears);
  return { packageYears: packageYears(), confirmedYears, overrides, uncovered: uncoveredDates(calendar, today.slice(0, 10)) };
}

/** The next 60 days whose year's schedule is not known yet (the desk's warning); coverage is by year alone. */
export async function uncoveredSoon(db: Kysely<Database>, today: string): Promise<string[]> {
  const confirmedYears = await readSetting<number[]>(db, confirmedYearsKey, []);
  const covered = (year: number) => packageCoversYear(year) || confirmedYears.includes(year);
  // The window is 60 days: its first and last day's years are all the years it touches.
  const from = Number(today.slice(0, 4));
  const to = Number(addDays(today, 59).slice(0, 4));
  if (covered(from) && covered(to)) return [];
  return uncoveredDates(createWorkingCalendar([], confirmedYears), today.slice(0, 10));
}

/** The office says it has entered a year's holidays and make-up days, so the calendar stops warning about it. */
export async function confirmYear(trx: Kysely<Database>, year: number, confirmed: boolean): Promise<void> {
  const years = new Set(await readSetting<number[]>(trx, confirmedYearsKey, []));
  if (confirmed) years.add(year);
  else years.delete(year);
  await putSetting(trx, confirmedYearsKey, [...years].sort());
}
