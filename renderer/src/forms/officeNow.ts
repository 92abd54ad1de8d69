import dayjs, { type Dayjs } from 'dayjs';

/**
 * The office's wall clock, as the main process reads it (electron/app/clock.ts: Asia/Shanghai), so a PC set to
 * another zone neither proposes a "future" 投诉时间 the service refuses nor hides today's date.
 * TODO(shared): import the zone from shared/domain once it lives there instead of electron/app/clock.ts.
 */
const officeTimeZone = 'Asia/Shanghai';

const format = new Intl.DateTimeFormat('en-CA', {
  timeZone: officeTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Now on the office's clock, as a zone-less dayjs (the contract's times carry no zone either). */
export function officeNow(): Dayjs {
  const parts = Object.fromEntries(format.formatToParts(new Date()).map((part) => [part.type, part.value]));
  return dayjs(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`);
}
