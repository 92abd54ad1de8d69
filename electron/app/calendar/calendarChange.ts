import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Actor } from '../auth/session';
import { dayNumber, dateOfDayNumber } from '../../../shared/domain/officeDate';
import { addWorkingDays, type WorkingCalendar } from './workingCalendar';

/** The working calendar before and after one change, and what to tell the records it moves. */
export interface CalendarChange {
  before: WorkingCalendar;
  after: WorkingCalendar;
  /** The history's reason: 工作日历:2027-01-01 改为放假. */
  why: string;
  /** Who changed the calendar; null when a newer holiday package was found at start. */
  actor: Actor | null;
  now: string;
}

/**
 * A ledger whose open records carry deadlines counted in working days: when the calendar changes, it counts each
 * again in the call's transaction and writes a history row per record it moved. Answers how many records moved.
 */
export interface WorkingDeadlines {
  recount(trx: Kysely<Database>, change: CalendarChange): Promise<number>;
}

/**
 * A deadline `due` set N working days after `start` under the calendar before the change, set N working days after
 * `from` (the start itself, or where an earlier deadline it extends has moved to) under the calendar after it.
 * Null when it stays: a same-day limit, or a due day that was not a working day (a time typed by hand, not counted).
 */
export function recountedDeadline(change: CalendarChange, start: string, due: string, from: string = start): string | null {
  const startDay = dayNumber(start.slice(0, 10));
  const dueDay = dayNumber(due.slice(0, 10));
  if (dueDay <= startDay || !change.before.isWorkday(due.slice(0, 10))) return null;
  let workingDays = 0;
  for (let day = startDay + 1; day <= dueDay; day++) if (change.before.isWorkday(dateOfDayNumber(day))) workingDays++;
  const moved = `${addWorkingDays(change.after, from.slice(0, 10), workingDays)}${due.slice(10)}`;
  return moved === due ? null : moved;
}

/** How the history shows a moved deadline: 12-月-日 时:分. */
export const deadlineText = (iso: string) => iso.slice(0, 16).replace('T', ' ');
