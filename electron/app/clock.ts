import { localIsoTime, officeTimeZone } from '../../shared/domain/officeDate';

/** The office's wall clock: local ISO text (2026-11-23T09:30:00) in the office's time zone, not the PC's. */
export interface Clock {
  now(): string;
}

export function systemClock(timeZone = officeTimeZone): Clock {
  return { now: () => localIsoTime(new Date(), timeZone) };
}

/** The real clock until `set` moves it (demo data dates each record in its own month); `set(null)` returns. */
export interface SettableClock extends Clock {
  set(time: string | null): void;
}

export function settableClock(timeZone = officeTimeZone): SettableClock {
  const system = systemClock(timeZone);
  let override: string | null = null;
  return {
    now: () => override ?? system.now(),
    set: (time) => {
      override = time;
    },
  };
}

/** A clock that always answers the same time, for tests and reproducible demo data. */
export function fixedClock(time: string): Clock {
  return { now: () => time };
}
