import { z } from 'zod';
import { dataFolderKindInput } from '../dataFolder';
import { minimumPinLength } from '../access';
import { optionalText, recordId } from '../fieldSchemas';

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

