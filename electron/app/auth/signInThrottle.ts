import { minutesBetween } from '../../../shared/domain/officeDate';

/** Failures an account may make in a row before each next attempt has to wait. */
export const freeFailures = 3;
/** The wait doubles with each failure past those, from 15 seconds up to this cap: never locked out for good. */
const firstWaitSeconds = 15;
const maxWaitSeconds = 15 * 60;

/** How long after the last failure the next attempt must wait, in seconds. */
export function waitAfter(failures: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(firstWaitSeconds * 2 ** (failures - freeFailures), maxWaitSeconds);
}

/** Seconds still to wait before this account may try again (0: it may). */
export function secondsToWait(failures: number, lastFailedAt: string, now: string): number {
  const waited = minutesBetween(lastFailedAt, now) * 60;
  return Math.max(0, Math.ceil(waitAfter(failures) - waited));
}

export function describeWait(seconds: number): string {
  return seconds >= 60 ? `${Math.ceil(seconds / 60)} 分钟` : `${seconds} 秒`;
}
