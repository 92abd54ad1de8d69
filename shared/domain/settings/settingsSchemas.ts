import { z } from 'zod';
import { defaultTimeLimits } from '../complaints/complaintLifecycle';
import { localDate, optionalText } from '../fieldSchemas';

const days = (max: number) => z.number({ error: '请填写天数' }).int().min(0).max(max);

export const settingsInput = z.strictObject({
  timeLimits: z.strictObject({
    minor: days(10),
    general: days(30),
    major: days(30),
    serious: days(30),
    urgent: days(10),
    departmentAnswer: days(30),
    capa: days(30),
    revisitDays: days(90).min(1),
  }),
  /** Minutes without input before the desk PC locks; 0 never locks. */
  idleLockMinutes: z.number().int().min(0).max(240),
});

export type SettingsInput = z.output<typeof settingsInput>;

export const defaultSettings: SettingsInput = { timeLimits: defaultTimeLimits, idleLockMinutes: 10 };

export const calendarOverrideInput = z.strictObject({
  date: localDate,
  kind: z.enum(['workday', 'holiday'], { error: '请选择上班或放假' }),
  name: optionalText(20),
});

export const calendarDateInput = z.strictObject({ date: localDate });

export const calendarYearInput = z.strictObject({ year: z.number().int().min(2000).max(2100), confirmed: z.boolean() });
