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
