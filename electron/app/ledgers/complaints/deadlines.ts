import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { loadCalendar } from '../../settings/calendarService';
import { getSettings } from '../../settings/settingsService';
import { workingDeadline } from '../../calendar/workingCalendar';
import type { ComplaintSeverity } from '../../../../shared/domain/complaints/complaint';
import type { TimeLimits } from '../../../../shared/domain/complaints/complaintLifecycle';
import { addDays } from '../../../../shared/domain/officeDate';

/** The close of the n-th working day after `from` under the office's calendar. */
export async function workingDaysAfter(db: Kysely<Database>, from: string, workingDays: number): Promise<string> {
  return workingDeadline(await loadCalendar(db), from, workingDays);
}

export async function timeLimits(db: Kysely<Database>): Promise<TimeLimits> {
  return (await getSettings(db)).timeLimits;
}

/** DOMAIN.md §1: 轻微 same day, 一般 3 working days, 重大/严重 1; 紧急 at once (the same day). */
export async function complaintDeadline(db: Kysely<Database>, receivedAt: string, severity: ComplaintSeverity, urgent: boolean): Promise<string> {
  const limits = await timeLimits(db);
  const days = urgent ? Math.min(limits.urgent, limits[severity]) : limits[severity];
  return workingDaysAfter(db, receivedAt, days);
}

/** The same rule for many complaints at once (an import): the calendar and the limits are read once. */
export async function complaintDeadlines(db: Kysely<Database>): Promise<(receivedAt: string, severity: ComplaintSeverity) => string> {
  const [calendar, limits] = [await loadCalendar(db), await timeLimits(db)];
  // A deadline depends only on the day received and the limit: an old ledger has many complaints a day.
  const byDay = new Map<string, string>();
  return (receivedAt, severity) => {
    const key = `${receivedAt.slice(0, 10)} ${limits[severity]}`;
    let due = byDay.get(key);
    if (due === undefined) {
      due = workingDeadline(calendar, receivedAt, limits[severity]);
      byDay.set(key, due);
    }
    return due;
  };
}

/** Calendar days, closing at the end of the last one (the revisit is due "within 7 days"). */
export function calendarDaysAfter(from: string, days: number): string {
  return `${addDays(from, days)}T23:59:59`;
}
