import { checkIdNumber } from '../../../shared/domain/idNumber';
import { amountFromNumber, readTypedAmount } from '../../../shared/domain/money';
import { readTypedPhone } from '../../../shared/domain/phone';
import { readRoomText } from '../../../shared/domain/office/roomText';
import { fromSerial, readTypedMoment, readTypedTime } from '../../../shared/domain/typedDate';
import { halfWidth } from '../../../shared/domain/text';
import type { LabelledEnum } from '../../../shared/domain/labels';

/** A cell as the file holds it: Excel's text, number, date or true/false, a CSV's text. Empty cells never get here. */
export type Cell = string | number | boolean | Date;

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };
export type CellReader<T> = (cell: Cell) => Read<T>;

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = (message: string): Read<never> => ({ ok: false, message });

/** The wall clock Excel shows for a date cell (exceljs gives it as a UTC Date), to the nearest second. */
export function excelDateTime(date: Date): string {
  return new Date(Math.round(date.getTime() / 1000) * 1000).toISOString().slice(0, 19);
}

/** A cell as the report and the mapping page show it. */
export function cellText(cell: Cell | null): string {
  if (cell === null) return '';
  if (cell instanceof Date) return excelDateTime(cell).replace('T', ' ').replace(/ 00:00:00$/, '');
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  return String(cell);
}

export function text(max: number): CellReader<string> {
  return (cell) => {
    if (typeof cell === 'number' && !Number.isSafeInteger(cell) && Number.isInteger(cell)) {
      return fail(`数字“${cell}”太长,已被 Excel 改写:请把该列设为文本后重填`);
    }
    const value = cellText(cell).trim();
    return value.length > max ? fail(`不能超过 ${max} 个字(现有 ${value.length} 个)`) : ok(value);
  };
}

export interface Moment {
  date: string;
  time: string | null;
}

export const moment: CellReader<Moment> = (cell) => {
  if (cell instanceof Date) {
    const local = excelDateTime(cell);
    const time = local.slice(11);
    return ok({ date: local.slice(0, 10), time: time === '00:00:00' ? null : time });
  }
  const read = typeof cell === 'number' ? fromSerial(cell) : readTypedMoment(String(cell));
  return read.ok ? ok({ date: read.date, time: read.time }) : fail(read.message);
};

/** A time on its own (the call log's 时间 beside its 日期); Excel keeps one as a fraction of a day. */
export const timeOfDay: CellReader<string> = (cell) => {
  if (cell instanceof Date) return ok(excelDateTime(cell).slice(11));
  if (typeof cell === 'number') {
    if (cell < 0 || cell >= 1) return fail(`“${cell}”不是时间`);
    return ok(new Date(Math.round(cell * 86_400) * 1000).toISOString().slice(11, 19));
  }
  const read = readTypedTime(String(cell));
  return read.ok ? ok(read.time) : fail(read.message);
};

export const amountFen: CellReader<number> = (cell) => {
  const read = typeof cell === 'number' ? amountFromNumber(cell) : readTypedAmount(cellText(cell));
  return read.ok ? ok(read.fen) : fail(read.message);
};

export const phone: CellReader<string> = (cell) => {
  const read = readTypedPhone(cellText(cell));
  return read.ok ? ok(read.phone) : fail(read.message);
};

/** An 18-digit ID number, checked with its check digit; Excel must have kept it as text. */
export const idNumber: CellReader<string> = (cell) => {
  if (typeof cell === 'number') {
    return fail(`身份证号被 Excel 存成了数字(${cell}),末几位已经丢失:请把该列设为文本后,照身份证重新填写`);
  }
  const check = checkIdNumber(cellText(cell).replace(/^'/, ''));
  return check.ok ? ok(check.idNumber) : fail(check.message);
};

/** A room written whole; only its label is read here, whether it exists is the kind's check. */
export const roomText: CellReader<string> = (cell) => {
  if (cell instanceof Date) return fail(`房号被 Excel 当成了日期(${cellText(cell)}):请把该列设为文本后重填`);
  const read = readRoomText(cellText(cell));
  return read.ok ? ok(read.label) : fail(read.message);
};

/** Choice cells compare without spaces, full-width forms or a trailing 类. */
const choiceKey = (value: string) => halfWidth(value).replace(/\s+/g, '').replace(/类$/, '');

/**
 * One of a labelled enum, by its label or one of the other words offices use for it (来电 for 电话). Anything
 * else is refused with the labels it may be.
 */
export function choice<K extends string>(labels: LabelledEnum<K>, words: Readonly<Record<string, K>> = {}): CellReader<K> {
  const known = new Map<string, K>();
  for (const [key, label] of Object.entries(labels) as [K, string][]) known.set(choiceKey(label), key);
  for (const [word, key] of Object.entries(words)) known.set(choiceKey(word), key);
  const allowed = Object.values<string>(labels).join('、');
  return (cell) => {
    const key = known.get(choiceKey(cellText(cell)));
    return key ? ok(key) : fail(`“${cellText(cell).trim()}”不是可选的值:应为 ${allowed}`);
  };
}

/** 是/否 cells: 是, Y, √, TRUE, 1 and their opposites. */
export const yesNo: CellReader<boolean> = (cell) => {
  if (typeof cell === 'boolean') return ok(cell);
  const value = choiceKey(cellText(cell)).toLowerCase();
  if (['是', 'y', 'yes', '√', 'true', '1', '有'].includes(value)) return ok(true);
  if (['否', 'n', 'no', '×', 'x', 'false', '0', '无'].includes(value)) return ok(false);
  return fail(`“${cellText(cell).trim()}”请填 是 或 否`);
};
