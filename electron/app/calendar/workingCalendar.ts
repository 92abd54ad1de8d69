import { createRequire } from 'node:module';
import { dateOfDayNumber, dayNumber, weekday } from '../../../shared/domain/officeDate';
import { statutoryDaysOff } from './statutoryHolidays';

/** A day the office entered itself: a year the package does not know yet, or a local change. */
export interface CalendarOverride {
  date: string /* YYYY-MM-DD */;
  kind: 'workday' | 'holiday';
  name: string | null;
}

export interface DayInfo {
  date: string;
  workday: boolean;
  name: string | null;
  /** `statutory`: a day off by law in a year the package does not know yet (its 调休 still missing). */
  source: 'override' | 'package' | 'statutory' | 'weekday-rule';
  covered: boolean;
}

export interface WorkingCalendar {
  isWorkday(date: string): boolean;
  /** Whether the statutory schedule of that date's year is known: a package year or a year the office confirmed it entered. */
  covers(date: string): boolean;
  day(date: string): DayInfo;
}

/** The first year whose law the calendar knows (statutoryHolidays.ts); earlier years count Mon–Fri. */
const lawYears = { first: 1999 };

/** Working days a time limit may span; longer limits are months in this domain, not working days. */
const maxWorkingDays = 366;
/** Days scanned before giving up on a calendar that never yields a working day. */
const maxScanDays = 3660;

interface KnownDay {
  workday: boolean;
  name: string | null;
}

interface PackageData {
  days: ReadonlyMap<string, KnownDay>;
  years: ReadonlySet<number>;
}

/** Values look like "National Day,国庆节,3": English name, Chinese name, length. */
type PackageJson = Record<'holidays' | 'workdays', Record<string, string>>;

let packageData: PackageData | undefined;

/** Loaded once: only the package's data file, so its date code (and its idea of the zone) is never involved. */
function loadPackage(): PackageData {
  if (packageData) return packageData;
  const json = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as PackageJson;
  const days = new Map<string, KnownDay>();
  const years = new Set<number>();
  const add = (entries: Record<string, string>, workday: boolean) => {
    for (const [date, label] of Object.entries(entries)) {
      days.set(date, { workday, name: label.split(',')[1]?.trim() || null });
      years.add(Number(date.slice(0, 4)));
    }
  };
  add(json.holidays, false);
  add(json.workdays, true);
  packageData = { days, years };
  return packageData;
}

/** Whether the package knows that year's statutory schedule. */
export function packageCoversYear(year: number): boolean {
  return loadPackage().years.has(year);
}

export function packageYears(): { first: number; last: number } {
  const years = [...loadPackage().years];
  return { first: Math.min(...years), last: Math.max(...years) };
}

const dateOf = dateOfDayNumber;

const statutoryYears = new Map<number, ReadonlyMap<string, string>>();

/** The law's days off of a year, by date (computed once per year and process). */
function statutoryDays(year: number): ReadonlyMap<string, string> {
  let days = statutoryYears.get(year);
  if (!days) {
    days = new Map(statutoryDaysOff(year).map((day) => [day.date, day.name]));
    statutoryYears.set(year, days);
  }
  return days;
}

function isWeekend(dayNo: number): boolean {
  const day = weekday(dateOf(dayNo));
  return day === 0 || day === 6;
}

/**
 * What the office's calendar stands on before its own entries, for whole years: each date the package or the law
 * sets apart from Monday–Friday, and whether it is worked. Kept in the settings so a change of it (a newer package,
 * the law's days for a year) is noticed at the next start, and the deadlines it moves are counted again.
 */
export interface CalendarBaseline {
  first: number;
  last: number;
  /** date → a working day (调休上班) or not (a day off). */
  days: Record<string, boolean>;
}

/** The baseline this version computes for `first`..`last`; `packageOnly` is what versions before the law's days used. */
export function calendarBaseline(first: number, last: number, packageOnly = false): CalendarBaseline {
  const calendar = createWorkingCalendar([], []);
  const days: Record<string, boolean> = {};
  for (let dayNo = dayNumber(`${first}-01-01`); dayNo < dayNumber(`${last + 1}-01-01`); dayNo++) {
    const info = calendar.day(dateOf(dayNo));
    if (info.source === 'package' || (info.source === 'statutory' && !packageOnly)) days[info.date] = info.workday;
  }
  return { first, last, days };
}

/**
 * The calendar under the office's entries; `baseline` replaces the package and the law for its years (the
 * calendar as an earlier start knew it).
 */
export function createWorkingCalendar(overrides: readonly CalendarOverride[], confirmedYears: readonly number[], baseline?: CalendarBaseline): WorkingCalendar {
  const pkg = loadPackage();
  const coveredYears = new Set([...pkg.years, ...confirmedYears]);
  // Office entries go in by date alone; a later entry for the same date replaces an earlier one.
  const office = new Map<string, KnownDay>();
  for (const entry of overrides) {
    dayNumber(entry.date);
    office.set(entry.date, { workday: entry.kind === 'workday', name: entry.name });
  }

  const day = (date: string): DayInfo => {
    const dayNo = dayNumber(date);
    const covered = coveredYears.has(Number(date.slice(0, 4)));
    const own = office.get(date);
    if (own) return { date, ...own, source: 'override', covered };
    const year = Number(date.slice(0, 4));
    if (baseline && year >= baseline.first && year <= baseline.last) {
      const recorded = baseline.days[date];
      if (recorded === undefined) return { date, workday: !isWeekend(dayNo), name: null, source: 'weekday-rule', covered };
      return { date, workday: recorded, name: null, source: 'package', covered };
    }
    const known = pkg.days.get(date);
    if (known) return { date, ...known, source: 'package', covered };
    const byLaw = pkg.years.has(year) || year < lawYears.first ? undefined : statutoryDays(year).get(date);
    if (byLaw) return { date, workday: false, name: byLaw, source: 'statutory', covered };
    return { date, workday: !isWeekend(dayNo), name: null, source: 'weekday-rule', covered };
  };

  return {
    day,
    isWorkday: (date) => day(date).workday,
    covers: (date) => {
      dayNumber(date);
      return coveredYears.has(Number(date.slice(0, 4)));
    },
  };
}

/** The n-th working day after `date` (n ≥ 1); n = 0 returns `date` itself ("same day"). */
export function addWorkingDays(calendar: WorkingCalendar, date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > maxWorkingDays) {
    throw new RangeError(`working days must be a whole number from 0 to ${maxWorkingDays}, got ${n}`);
  }
  let dayNo = dayNumber(date);
  let left = n;
  for (let scanned = 0; left > 0; scanned++) {
    if (scanned >= maxScanDays) throw new RangeError(`no ${n} working days within ${maxScanDays} days after ${date}`);
    dayNo++;
    if (calendar.isWorkday(dateOf(dayNo))) left--;
  }
  return dateOf(dayNo);
}

/** "Within N working days" ends at the close of the N-th working day after the day of receipt; "same day" (0) at the close of that day. Returns local ISO `YYYY-MM-DDT23:59:59`. */
export function workingDeadline(calendar: WorkingCalendar, receivedAt: string, workingDays: number): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(receivedAt)) {
    throw new RangeError(`not a local date-time (YYYY-MM-DDTHH:mm:ss): ${JSON.stringify(receivedAt)}`);
  }
  return `${addWorkingDays(calendar, receivedAt.slice(0, 10), workingDays)}T23:59:59`;
}

/** Dates from `from` (inclusive) over the next `days` days whose year the calendar does not cover. */
export function uncoveredDates(calendar: WorkingCalendar, from: string, days = 60): string[] {
  if (!Number.isInteger(days) || days < 0 || days > maxScanDays) {
    throw new RangeError(`days must be a whole number from 0 to ${maxScanDays}, got ${days}`);
  }
  const start = dayNumber(from);
  const dates: string[] = [];
  for (let i = 0; i < days; i++) {
    const date = dateOf(start + i);
    if (!calendar.covers(date)) dates.push(date);
  }
  return dates;
}
