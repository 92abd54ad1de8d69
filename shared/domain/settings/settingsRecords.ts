import type { TimeLimits } from '../complaints/complaintLifecycle';

export interface OfficeSettings {
  timeLimits: TimeLimits;
  idleLockMinutes: number;
}

export interface CalendarStatus {
  packageYears: { first: number; last: number };
  confirmedYears: number[];
  overrides: { date: string; kind: 'workday' | 'holiday'; name: string | null }[];
  /** Dates in the next 60 days whose year's statutory schedule is not known yet. */
  uncovered: string[];
}
