/** Offices keep Beijing time whatever the PC's own zone says; times are zone-less local ISO text. */
export const officeTimeZone = 'Asia/Shanghai';

const formats = new Map<string, Intl.DateTimeFormat>();

/** `date` on the wall clock of `timeZone`, as 2026-11-23T09:30:00. */
export function localIsoTime(date: Date = new Date(), timeZone: string = officeTimeZone): string {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

/** Minutes from `earlier` to `later`, both local ISO text on the office's clock (read as UTC: only the gap matters). */
export function minutesBetween(earlier: string, later: string): number {
  return (Date.parse(`${later}Z`) - Date.parse(`${earlier}Z`)) / 60_000;
}

/*
 * Day arithmetic on the office's local text (2026-11-23, 2026-11-23T09:30:00), read as UTC so the PC's own zone
 * can never shift a date: the one place the app counts days, months and minutes.
 */
const dayMs = 86_400_000;

/** YYYY-MM-DD → days since 1970-01-01; refuses text that is not a real calendar date. */
export function dayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) throw new RangeError(`not a date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return ms / dayMs;
}

/** Days since 1970-01-01 → YYYY-MM-DD. */
export function dateOfDayNumber(dayNo: number): string {
  return new Date(dayNo * dayMs).toISOString().slice(0, 10);
}

/** 0 Sunday … 6 Saturday. */
export function weekday(date: string): number {
  return new Date(dayNumber(date.slice(0, 10)) * dayMs).getUTCDay();
}

/** The date part of `value` (a date or a date-time) plus `days` calendar days. */
export function addDays(value: string, days: number): string {
  return dateOfDayNumber(dayNumber(value.slice(0, 10)) + days);
}

/** Calendar months; the 31st lands on the month's last day (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(value: string, months: number): string {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = lastDayOfMonth(target.toISOString().slice(0, 7));
  return `${target.toISOString().slice(0, 8)}${String(Math.min(day, Number(last.slice(8)))).padStart(2, '0')}`;
}

/** A local date-time plus `minutes`, as 2026-11-23T09:40:00. */
export function addMinutes(time: string, minutes: number): string {
  return new Date(Date.parse(`${time}Z`) + minutes * 60_000).toISOString().slice(0, 19);
}

/** The last day of a month given as YYYY-MM: 2027-02 → 2027-02-28. */
export function lastDayOfMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
}

/** The Monday of the week `date` falls in. */
export function startOfWeek(date: string): string {
  return addDays(date, -((weekday(date) + 6) % 7));
}

/** Whether year, month and day (and a time) name a moment the calendar has: no 2026-02-30, no 24:00. */
export function isCalendarMoment(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): boolean {
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  );
}

/** Today's date on the office's clock (Asia/Shanghai), whatever the PC's zone. */
export function officeToday(date: Date = new Date()): string {
  return localIsoTime(date).slice(0, 10);
}

/** Excel's day 0 (its 1900 date system counts a 29 February 1900 that never was, so day 61 is 1 March 1900). */
const excelEpochDayNumber = dayNumber('1899-12-30');

/**
 * An Excel serial date (46086.5 = 2026-03-05T12:00:00) as local ISO text, the wall clock it shows: days since
 * 1899-12-30 and the fraction of a day, to the nearest second. Answers null outside 1900-03-01…9999-12-31.
 */
export function excelSerialToLocal(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61 || serial >= 2958466) return null;
  const seconds = Math.round(serial * 86_400);
  const days = Math.floor(seconds / 86_400);
  const time = new Date((seconds - days * 86_400) * 1000).toISOString().slice(11, 19);
  return `${dateOfDayNumber(excelEpochDayNumber + days)}T${time}`;
}
