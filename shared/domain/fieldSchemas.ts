import { z } from 'zod';
import { isCalendarMoment } from './officeDate';

/** Building blocks shared by every input schema, each with the message a clerk should read. */

export const recordId = z.number({ error: '请选择一项' }).int().positive();

/** Free text a form may leave empty: trimmed, and '' becomes null so the database never stores blanks. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: `不能超过 ${max} 个字` })
    .nullish()
    .transform((value) => (value ? value : null));
}

export function requiredText(max: number, whenEmpty: string) {
  return z.string({ error: whenEmpty }).trim().min(1, { error: whenEmpty }).max(max, { error: `不能超过 ${max} 个字` });
}

/**
 * A mobile (11 digits), a landline of 7–8 digits with optional area code and extension, or a service hotline
 * (12345 政府热线, 95588…) for complaints passed on by a third party; nothing shorter.
 */
export const phonePattern = /^(1[3-9]\d{9}|(0\d{2,3}-?)?\d{7,8}(-\d{1,6})?|1\d{4}|9\d{4,5})$/;
export const optionalPhone = z
  .string()
  .trim()
  .nullish()
  .transform((value) => (value ? value.replace(/\s/g, '') : null))
  .refine((value) => value === null || phonePattern.test(value), {
    error: '请填写 11 位手机号或座机号(如 010-12345678)',
  });

/** Date.parse rolls 2026-02-30 over to March 2 and reads 24:00 as the next day; the calendar has neither. */
function isCalendarDateTime(value: string): boolean {
  const [year = NaN, month = NaN, day = NaN, hour = 0, minute = 0, second = 0] = value.split(/[-T:]/).map(Number);
  return isCalendarMoment(year, month, day, hour, minute, second);
}

/** A local date and time as the office reads it: 2026-11-23T09:30 or 2026-11-23T09:30:15. */
export const localDateTime = z
  .string({ error: '请填写时间' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, { error: '时间格式应为 2026-11-23T09:30' })
  .refine(isCalendarDateTime, { error: '不是有效的日期时间' })
  .transform((value) => (value.length === 16 ? `${value}:00` : value));

export const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 2026-11-23' })
  .refine(isCalendarDateTime, { error: '不是有效的日期' });

export const paging = {
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(5).max(200).default(20),
};

export const byId = z.strictObject({ id: recordId });

/** The input of a channel that takes none. */
export const noInput = z.object({}).strict();
