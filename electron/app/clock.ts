import { localIsoTime, officeTimeZone } from '../../shared/domain/officeTime';

/** The office's wall clock: local ISO text (2026-11-23T09:30:00) in the office's time zone, not the PC's. */
export interface Clock {
  now(): string;
}

export function systemClock(timeZone = officeTimeZone): Clock {
  return { now: () => localIsoTime(new Date(), timeZone) };
}

/** A clock that always answers the same time, for tests and reproducible demo data. */
export function fixedClock(time: string): Clock {
  return { now: () => time };
}
