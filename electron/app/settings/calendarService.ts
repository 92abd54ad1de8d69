import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Actor } from '../auth/session';
import type { WorkingDeadlines } from '../calendar/calendarChange';
import {
  calendarBaseline,
  createWorkingCalendar,
  type CalendarBaseline,
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
const baselineKey = 'calendar.baseline';

async function officeEntries(db: Kysely<Database>) {
  const overrides = await calendarOverrides(db);
  return { overrides, confirmedYears: await readSetting<number[]>(db, confirmedYearsKey, []) };
}

/** The statutory calendar from the package, corrected and extended by what the office entered. */
export async function loadCalendar(db: Kysely<Database>, baseline?: CalendarBaseline): Promise<WorkingCalendar> {
  const { overrides, confirmedYears } = await officeEntries(db);
  return createWorkingCalendar(overrides, confirmedYears, baseline);
}

/**
 * One change to the working calendar in the call's transaction (`trx`): `work` changes it, then every ledger counts
 * its open deadlines again under the new calendar, a history row per record it moves. Answers how many moved.
 */
export async function changeCalendar(
  trx: Kysely<Database>,
  deadlines: readonly WorkingDeadlines[],
  actor: Actor | null,
  now: string,
  why: string,
  work: (trx: Kysely<Database>) => Promise<void>,
  before?: CalendarBaseline,
): Promise<number> {
  const old = await loadCalendar(trx, before);
  await work(trx);
  const change = { before: old, after: await loadCalendar(trx), why, actor, now };
  let moved = 0;
  for (const ledger of deadlines) moved += await ledger.recount(trx, change);
  return moved;
}

/** The years whose baseline is kept: any open deadline's span lies within them. */
function baselineYears(now: string) {
  const year = Number(now.slice(0, 4));
  return { first: year - 2, last: year + 2 };
}

/**
 * At start: when the package or the law gives a different calendar than the one the last start knew (a newer
 * holiday package, or the first start of a version that counts the law's days off), the open deadlines are counted
 * again under it, with the app itself as the one who changed them. A file that never kept a baseline was written by
 * a version that knew only the package's days.
 */
export async function adoptCalendarBaseline(trx: Kysely<Database>, deadlines: readonly WorkingDeadlines[], now: string): Promise<number> {
  const { first, last } = baselineYears(now);
  const current = calendarBaseline(first, last);
  const stored = await readSetting<CalendarBaseline | null>(trx, baselineKey, null);
  const known = stored && stored.first === first && stored.last === last ? stored : calendarBaseline(first, last, stored === null);
  if (JSON.stringify(known.days) === JSON.stringify(current.days)) {
    if (!stored || stored !== known) await putSetting(trx, baselineKey, current);
    return 0;
  }
  const why = '节假日数据更新(法定节假日或内置节假日数据包)';
  return changeCalendar(trx, deadlines, null, now, why, (inner) => putSetting(inner, baselineKey, current), known);
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
