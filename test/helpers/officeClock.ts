import type { SettableClock } from '../../electron/app/clock';
import { addMinutes } from '../../shared/domain/officeDate';

/** The office time every browser test runs at, on the app's clock and the page's alike (office wall clock). */
export const officeTime = '2026-11-23T10:00:00';
export const officeDay = officeTime.slice(0, 10);

/** The instant an office wall-clock time names: Beijing time is UTC+8 all year (no daylight saving since 1991). */
export function officeInstant(time: string): Date {
  return new Date(`${time}+08:00`);
}

/** Office wall-clock text `minutes` after `time` (before it when negative). */
export const minutesAfter = addMinutes;

export function hoursBefore(time: string, hours: number): string {
  return minutesAfter(time, -hours * 60);
}

export function daysBefore(time: string, days: number): string {
  return minutesAfter(time, -days * 24 * 60);
}

/**
 * The app's clock in a browser test: it starts at a set office time and runs at the real rate from there, as the
 * page's clock does (openOfficePage). Both sides agree, and the page's Date still moves: antd times its notices
 * with Date (a Date that stands still never closes a message), and the service refuses a 投诉时间 more than 5
 * minutes ahead of its own clock, so neither side may stand while the other runs.
 */
export interface OfficeClock extends SettableClock {
  /** The test moves the office on (idle time, deadlines, the 15-day period): only ever explicitly. */
  moveTo(time: string): void;
}

/**
 * Runs from `start`. `set` is for the demo generator, which dates each record at its own time and then calls
 * `set(null)` to come back to "now": here that is this clock's own time, never the real one.
 */
export function officeClock(start: string): OfficeClock {
  let origin = { time: start, at: performance.now() };
  let override: string | null = null;
  return {
    now: () => override ?? addMinutes(origin.time, (performance.now() - origin.at) / 60_000),
    set: (time) => {
      override = time;
    },
    moveTo: (time) => {
      origin = { time, at: performance.now() };
      override = null;
    },
  };
}
