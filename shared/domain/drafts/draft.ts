import { z } from 'zod';

/** The entry forms whose half-typed state is kept as a draft, with the names the desk gives them. */
export const draftForms = {
  complaintIntake: '登记投诉',
  repairIntake: '登记报修',
  callEntry: '来电记录',
  lossDeclaration: '登记遗失声明',
} as const;

export type DraftForm = keyof typeof draftForms;

/** A draft is what was typed, not files: a scan is picked again (a 20 MB file has no place in a draft). */
const largestDraft = 64 * 1024;

const formName = z.enum(Object.keys(draftForms) as [DraftForm, ...DraftForm[]], { error: '未知的表单' });

export const draftFormInput = z.strictObject({ form: formName });

export const draftSaveInput = z.strictObject({
  form: formName,
  values: z
    .record(z.string(), z.unknown())
    .refine((values) => JSON.stringify(values).length <= largestDraft, { error: '草稿内容过长(超过 64 KB),未能保存' }),
});

/** The form's fields as the renderer keeps them (dates as text), when they were kept. */
export interface Draft {
  form: DraftForm;
  values: Record<string, unknown>;
  savedAt: string;
}
