import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { loadCalendar } from '../settings/calendarService';
import { calendarOverrides } from '../settings/calendarRepository';
import { settingValue } from '../settings/settingsRepository';
import { ordinalsFingerprint, replaceOrdinals } from './calendarOrdinalRepository';
import { packageYears } from '../calendar/workingCalendar';
import { dateOfDayNumber, dayNumber } from '../../../shared/domain/officeDate';

/**
 * calendar_ordinals numbers the office's working days: a date's ordinal is the count of working days up to and
 * including it, so the working days between receipt and closing are ordinal(closed) − ordinal(received), one
 * subtraction in SQL instead of a walk over the calendar per record. Rebuilt whenever the calendar it came from
 * changes (an override, a confirmed year, a newer holiday package; v2: the law's days off in later years).
 */
function yearSpan(nowYear: number): { first: number; last: number } {
  const years = packageYears();
  return { first: Math.min(years.first, nowYear) - 1, last: Math.max(years.last, nowYear) + 1 };
}

async function fingerprint(db: Kysely<Database>, nowYear: number): Promise<string> {
  const overrides = await calendarOverrides(db);
  const confirmed = await settingValue(db, 'calendar.confirmedYears');
  const text = JSON.stringify({ span: yearSpan(nowYear), overrides, confirmed: confirmed ?? null, v: 2 });
  return createHash('sha256').update(text).digest('hex');
}

export async function ensureCalendarOrdinals(db: Kysely<Database>, now: string): Promise<void> {
  const nowYear = Number(now.slice(0, 4));
  const wanted = await fingerprint(db, nowYear);
  if ((await ordinalsFingerprint(db)) === wanted) return;
  const calendar = await loadCalendar(db);
  const { first, last } = yearSpan(nowYear);
  const rows: { date: string; ordinal: number }[] = [];
  let ordinal = 0;
  for (let day = dayNumber(`${first}-01-01`); day < dayNumber(`${last + 1}-01-01`); day++) {
    const date = dateOfDayNumber(day);
    if (calendar.isWorkday(date)) ordinal++;
    rows.push({ date, ordinal });
  }
  await replaceOrdinals(db, rows, wanted);
}
