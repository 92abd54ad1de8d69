/** The office's wall clock: local ISO text (2026-11-23T09:30:00) in the office's time zone, not the PC's. */
export interface Clock {
  now(): string;
}

export const officeTimeZone = 'Asia/Shanghai';

export function systemClock(timeZone = officeTimeZone): Clock {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  return {
    now() {
      const parts = Object.fromEntries(format.formatToParts(new Date()).map((part) => [part.type, part.value]));
      return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
    },
  };
}

/** A clock that always answers the same time, for tests and reproducible demo data. */
export function fixedClock(time: string): Clock {
  return { now: () => time };
}
