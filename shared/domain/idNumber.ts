import { isCalendarMoment } from './officeDate';
import { regionCodesByProvince } from './regionCodes';
/**
 * The 18-digit 居民身份证号 of GB 11643-1999: 6-digit region code, 8-digit birth date, 3-digit sequence and a
 * check character (ISO 7064 MOD 11-2, 'X' standing for 10). Checked on both sides: the form says what is wrong
 * while the clerk types, and the main process refuses a number that fails.
 */

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = '10X98765432';

/** Province-level codes (GB/T 2260) a region code may start with: 11 北京 … 65 新疆, 71 台湾, 81 香港, 82 澳门. */
export const provinceCodes: ReadonlySet<string> = new Set(Object.keys(regionCodesByProvince));

let regionCodes: ReadonlySet<string> | null = null;

/** Whether `code` is in the GB/T 2260 list, a code no longer in use included (old ID numbers keep them). */
export function isRegionCode(code: string): boolean {
  regionCodes ??= new Set(Object.entries(regionCodesByProvince).flatMap(([province, rest]) => rest.match(/\d{4}/g)!.map((tail) => province + tail)));
  return regionCodes.has(code);
}

/** The check character the first 17 digits call for. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) sum += Number(first17[index]) * weights[index]!;
  return checkCharacters[sum % 11]!;
}

export type IdNumberCheck =
  | { ok: true; idNumber: string; birthDate: string; provinceCode: string }
  | { ok: false; problem: 'empty' | 'length' | 'format' | 'region' | 'birthDate' | 'checkDigit'; message: string };

const isRealDate = (year: number, month: number, day: number) => isCalendarMoment(year, month, day);

/**
 * As a Chinese input method may type it: full-width digits (０–９) and Ｘ/ｘ become their ASCII forms, spaces
 * (including the full-width one) go, a lower-case x is upper-cased. The clerk is never asked to retype.
 */
export function normaliseIdNumber(typed: string): string {
  return typed
    .replace(/[\uFF10-\uFF19\uFF38\uFF58]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\s/g, '')
    .toUpperCase();
}

/**
 * Check a number as typed (normalised first: full-width digits and Ｘ, spaces, a lower-case x). `today`
 * (YYYY-MM-DD) rules out birth dates in the future; without it only the calendar is checked.
 */
export function checkIdNumber(typed: string, today?: string): IdNumberCheck {
  const idNumber = normaliseIdNumber(typed);
  if (idNumber === '') return { ok: false, problem: 'empty', message: '请填写身份证号' };
  if (idNumber.length !== 18) {
    return { ok: false, problem: 'length', message: `身份证号应为 18 位,现在是 ${idNumber.length} 位` };
  }
  if (!/^\d{17}[\dX]$/.test(idNumber)) {
    return { ok: false, problem: 'format', message: '身份证号前 17 位应为数字,最后一位为数字或 X' };
  }
  const provinceCode = idNumber.slice(0, 2);
  if (!provinceCodes.has(provinceCode)) {
    return { ok: false, problem: 'region', message: `身份证号前两位“${provinceCode}”不是有效的省级地区代码,请核对` };
  }
  if (!isRegionCode(idNumber.slice(0, 6))) {
    return { ok: false, problem: 'region', message: `身份证号前六位“${idNumber.slice(0, 6)}”不是行政区划代码(GB/T 2260,含已撤销的),请核对` };
  }
  const [year, month, day] = [idNumber.slice(6, 10), idNumber.slice(10, 12), idNumber.slice(12, 14)].map(Number) as [number, number, number];
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (year < 1900 || !isRealDate(year, month, day) || (today !== undefined && birthDate > today)) {
    return { ok: false, problem: 'birthDate', message: `身份证号第 7–14 位的出生日期“${idNumber.slice(6, 14)}”不是有效日期,请核对` };
  }
  const expected = idCheckCharacter(idNumber);
  if (idNumber[17] !== expected) {
    return {
      ok: false,
      problem: 'checkDigit',
      message: `身份证号校验位不对:按前 17 位算应为“${expected}”,填写的是“${idNumber[17]}”,请核对是否抄错`,
    };
  }
  return { ok: true, idNumber, birthDate, provinceCode };
}
