import { z } from 'zod';
import { complaintCategoryKeys, complaintSeverityKeys, type ComplaintCategory, type ComplaintSeverity, type ComplaintStatus } from '../complaints/complaint';
import type { SatisfactionLevel } from '../complaints/complaintLifecycle';
import { optionalPhone, optionalText, recordId, requiredText } from '../fieldSchemas';
import { enumKeys, type LabelledEnum } from '../labels';

/**
 * 经验库 (DOMAIN.md "Experience base", seed 000 篇3): standard procedures (标准处理流程) a supervisor writes, and
 * lessons (经验总结) drawn from a closed case when it is archived. Past complaints themselves are the other half.
 */
export const experienceKinds = { procedure: '标准处理流程', lesson: '经验总结' } as const satisfies LabelledEnum<string>;
export type ExperienceKind = keyof typeof experienceKinds;
export const experienceKindKeys = enumKeys(experienceKinds);

/** An entry's reference as lists and matches show it: JY-0007. */
export function experienceRef(id: number): string {
  return `JY-${String(id).padStart(4, '0')}`;
}

export interface ExperienceEntry {
  id: number;
  ref: string;
  kind: ExperienceKind;
  title: string;
  text: string;
  steps: string[];
  category: ComplaintCategory | null;
  departmentId: number | null;
  departmentName: string | null;
  severity: ComplaintSeverity | null;
  /** 话术 to read out while following it. */
  scriptIds: number[];
  /** The closed case a 经验总结 was drawn from. */
  complaintId: number | null;
  complaintNumber: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** What a match says about how a past case went. */
export interface CaseOutcome {
  complaintId: number;
  status: ComplaintStatus;
  receivedAt: string;
  handlingResult: string | null;
  correctiveAction: string | null;
  /** From receipt to 销项, in hours; null while open. */
  hoursTaken: number | null;
  /** The latest revisit's result. */
  satisfaction: SatisfactionLevel | null;
  /** The 经验总结 written when it was archived. */
  lesson: string | null;
}

export interface ExperienceMatch {
  kind: 'case' | 'procedure';
  /** TS-202611-0007 for a case, JY-0007 for a procedure. */
  ref: string;
  title: string;
  /** Best first; 1 is a text sharing every key word, higher for closed, satisfied cases. */
  score: number;
  text: string;
  /** The key words it shares with the text asked about, most important first. */
  sharedWords: string[];
  category: ComplaintCategory | null;
  departmentId: number | null;
  departmentName: string | null;
  severity: ComplaintSeverity | null;
  steps: string[];
  scripts: { id: number; title: string; text: string }[];
  outcome: CaseOutcome | null;
}

export interface ExperienceSuggestion {
  category?: ComplaintCategory;
  departmentId?: number;
  severity?: ComplaintSeverity;
}

/** The repeat rule's early warning: open complaints of the same room or phone in the last 30 days. */
export interface RepeatHint {
  complaints: { id: number; number: string; receivedAt: string; category: ComplaintCategory; content: string; sharedWords: string[] }[];
  /** How many of them are in the suggested category: the 5th in a category makes a 一般 complaint 严重. */
  sameCategory: number;
}

export interface ExperienceSuggestions {
  keywords: string[];
  matches: ExperienceMatch[];
  suggestion: ExperienceSuggestion;
  repeats: RepeatHint | null;
}

export const suggestInput = z.strictObject({
  text: z.string().max(4000, { error: '不能超过 4000 个字' }),
  /** For the repeat hint: the room and phone typed on the form so far. */
  roomId: recordId.nullish(),
  roomText: optionalText(40),
  phone: optionalPhone.catch(null),
  /** The complaint being looked at (its record page): never its own match. */
  complaintId: recordId.nullish(),
  limit: z.number().int().min(1).max(20).default(6),
});

export const keywordsInput = z.strictObject({
  texts: z.array(z.string().max(4000)).max(200),
  limit: z.number().int().min(1).max(12).default(5),
});

const steps = z
  .array(z.string().trim().max(200, { error: '每一步不能超过 200 个字' }))
  .max(30, { error: '最多 30 步' })
  .default([])
  .transform((list) => list.filter(Boolean));

/** A standard procedure (or, by id, an entry being edited). */
export const experienceSaveInput = z.strictObject({
  id: recordId.optional(),
  title: requiredText(60, '请填写标题'),
  text: requiredText(2000, '请填写内容'),
  category: z.enum(complaintCategoryKeys, { error: '请选择投诉分类' }).nullish().transform((value) => value ?? null),
  departmentId: recordId.nullish().transform((value) => value ?? null),
  severity: z.enum(complaintSeverityKeys, { error: '请选择严重程度' }).nullish().transform((value) => value ?? null),
  steps,
  scriptIds: z.array(recordId).max(10).default([]),
  active: z.boolean().default(true),
});
export type ExperienceSaveInput = z.output<typeof experienceSaveInput>;

/** A closed case turned into a 经验总结. */
export const lessonInput = z.strictObject({
  complaintId: recordId,
  title: requiredText(60, '请填写经验总结的标题'),
  text: requiredText(2000, '请填写经验总结'),
  steps,
});
export type LessonInput = z.output<typeof lessonInput>;

export const experienceListInput = z.strictObject({
  kind: z.enum(experienceKindKeys).nullish(),
  includeInactive: z.boolean().default(false),
});

export const experienceImportInput = z.strictObject({
  fileName: requiredText(120, '请选择文件'),
  contentBase64: z
    .string()
    .min(1, { error: '文件是空的' })
    .max(28_000_000, { error: '文件不能超过 20 MB' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: '文件内容无法读取' }),
});

export interface ExperienceImportReport {
  added: number;
  updated: number;
  unchanged: number;
}

/** The office's own words for the segmenter: 电动车棚, the estate's names… */
export const officeWordsInput = z.strictObject({
  words: z
    .array(z.string().trim().regex(/^[\p{L}\p{N}]{2,12}$/u, { error: '每个词 2–12 个汉字或字母,不含空格和标点' }))
    .max(500, { error: '最多 500 个词' })
    .transform((words) => [...new Set(words)]),
});
