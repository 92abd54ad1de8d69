import { excelSerialToLocal, isCalendarMoment } from './officeDate';
import { halfWidth } from './text';

/**
 * Dates and times as an office types them into a ledger kept in Excel or on paper: 2026/3/5, 2026-3-5, 2026.3.5,
 * 2026年3月5日, 20260305, with or without a time (14:30, 14:30:15, 14时30分, 下午2点半), full-width digits
 * included, or the serial number Excel keeps behind a date. Year, month, day in that order, the year in four
 * digits: 3/5/2026 or 26/3/5 could be read two ways and are refused, never guessed.
 */
export type TypedMoment = { ok: true; date: string; time: string | null } | { ok: false; message: string };
export type TypedTime = { ok: true; time: string } | { ok: false; message: string };

const formats = '请写成 2026/3/5、2026-3-5、2026.3.5 或 2026年3月5日';
const datePattern = /^(\d{4})(?:\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})|\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?|(\d{2})(\d{2})(?!\d))/;
const timePattern = /^(上午|早上|凌晨|中午|下午|晚上)?(\d{1,2})(?::(\d{1,2})(?::(\d{1,2}))?|[时点](?:(\d{1,2})分?|(半))?(?:(\d{1,2})秒)?)$/;
/** Serial numbers Excel gives the years 1950–2099, when a date column reaches a CSV as its numbers. */
const serialPattern = /^(\d{5})(\.\d+)?$/;
const serialYears = { first: 18_264, last: 73_415 };

const pad = (value: number) => String(value).padStart(2, '0');

export function readTypedMoment(typed: string): TypedMoment {
  const text = halfWidth(typed).trim();
  const serial = serialPattern.exec(text);
  if (serial && Number(serial[1]) >= serialYears.first && Number(serial[1]) <= serialYears.last) return fromSerial(Number(text), typed);
  const date = datePattern.exec(text);
  if (!date) return { ok: false, message: misreadDate(text, typed) };
  const [year, month, day] = [date[1], date[3] ?? date[5] ?? date[7], date[4] ?? date[6] ?? date[8]].map(Number) as [number, number, number];
  if (!isCalendarMoment(year, month, day)) return { ok: false, message: `“${typed.trim()}”不是日历上有的日期,请核对年月日` };
  const rest = text.slice(date[0].length).replace(/^\s*T?\s*/, '');
  const isoDate = `${year}-${pad(month)}-${pad(day)}`;
  if (rest === '') return { ok: true, date: isoDate, time: null };
  const time = readTypedTime(rest);
  if (!time.ok) return { ok: false, message: `“${typed.trim()}”中的时间看不懂:时间请写成 14:30 或 14时30分` };
  return { ok: true, date: isoDate, time: time.time };
}

export function readTypedTime(typed: string): TypedTime {
  const text = halfWidth(typed).replace(/\s+/g, '');
  const match = timePattern.exec(text);
  if (!match) return { ok: false, message: `看不懂时间“${typed.trim()}”:请写成 14:30 或 14时30分` };
  const [, period, hourText, colonMinute, colonSecond, minuteText, half, secondText] = match;
  let hour = Number(hourText);
  const minute = half ? 30 : Number(colonMinute ?? minuteText ?? 0);
  const second = Number(colonSecond ?? secondText ?? 0);
  if ((period === '下午' || period === '晚上') && hour < 12) hour += 12;
  if (period === '中午' && hour < 11) hour += 12;
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, message: `“${typed.trim()}”不是有效的时间` };
  return { ok: true, time: `${pad(hour)}:${pad(minute)}:${pad(second)}` };
}

/** A number Excel stores for a date (and time, in its fraction). */
export function fromSerial(serial: number, typed: string | number = serial): TypedMoment {
  const local = excelSerialToLocal(serial);
  if (!local) return { ok: false, message: `“${String(typed).trim()}”不是有效的日期` };
  const time = local.slice(11);
  return { ok: true, date: local.slice(0, 10), time: time === '00:00:00' && Number.isInteger(serial) ? null : time };
}

function misreadDate(text: string, typed: string): string {
  const shown = typed.trim();
  if (/^\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}\b/.test(text)) return `日期“${shown}”的顺序看不出:请按 年/月/日 填写,如 2026/3/5`;
  if (/^\d{2}\s*([-/.年])\s*\d{1,2}/.test(text)) return `日期“${shown}”的年份请写 4 位,如 2026/3/5`;
  if (/^\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$/.test(text)) return `日期“${shown}”缺年份:${formats}`;
  return `看不懂日期“${shown}”:${formats}`;
}
