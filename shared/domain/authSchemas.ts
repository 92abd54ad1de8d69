import { z } from 'zod';
import { dataFolderKindInput } from './dataFolder';
import { minimumPinLength } from './access';
import { localDate, optionalText, recordId } from './fieldSchemas';
import { defaultTimeLimits } from './complaintLifecycle';

/** A PIN or password: never trimmed (a space may be part of it), never logged. */
export const password = z
  .string({ error: '请输入密码' })
  .min(minimumPinLength, { error: `密码至少 ${minimumPinLength} 位` })
  .max(64, { error: '密码不能超过 64 位' });

export const signInInput = z.strictObject({ staffId: recordId, password: z.string({ error: '请输入密码' }).max(64) });

/** First start: the first manager account, either a new person or a manager already on the staff list. */
export const setupInput = z
  .strictObject({
    staffId: recordId.nullish().transform((value) => value ?? null),
    name: optionalText(20),
    password,
    /** What this data folder is for: an office's own desk (the default) or head office's collection. */
    folderKind: dataFolderKindInput.default('office'),
  })
  .refine((input) => input.staffId !== null || input.name !== null, { path: ['name'], error: '请填写经理姓名' });

export const changePasswordInput = z.strictObject({ current: z.string().max(64), next: password });
export const setPasswordInput = z.strictObject({ staffId: recordId, password });

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

export const alertInput = z.strictObject({ id: recordId });
