import { z } from 'zod';
import { revisitMethodKeys, satisfactionLevelKeys } from '../complaints/complaintLifecycle';
import { revisitScriptKeys, revisitSubjectKindKeys, revisitTimings, unansweredOutcomeKeys } from './revisit';
import { localDateTime, optionalText, recordId, requiredText } from '../fieldSchemas';
import { enumKeys } from '../labels';
import { exportOptions } from '../listExport';

/** The inputs of the revisit ledger (issue 5 point 2), one per contract call. */

const days = (max: number) => z.number({ error: '请填写天数' }).int().min(0).max(max);
const months = (max: number) => z.number({ error: '请填写月数' }).int().min(1).max(max);

export const revisitSubjectInput = z.strictObject({
  subjectKind: z.enum(revisitSubjectKindKeys, { error: '请选择回访对象' }),
  subjectId: recordId,
});

/** 手工计划: a clerk plans a revisit the rules did not (an owner asked to be called again, say). */
export const revisitPlanInput = revisitSubjectInput.extend({
  windowFrom: localDateTime,
  dueAt: localDateTime,
  reason: requiredText(200, '请填写回访事由'),
});

/** 无人接听 / 约定稍后回电: logged without a result. */
export const revisitAttemptInput = z.strictObject({
  id: recordId,
  outcome: z.enum(unansweredOutcomeKeys, { error: '请选择联系结果' }),
  attemptedAt: localDateTime,
  note: optionalText(200),
});

/** 已联系上: the revisit's result (回访记录表). */
export const revisitRecordInput = z.strictObject({
  id: recordId,
  method: z.enum(revisitMethodKeys, { error: '请选择回访方式' }),
  revisitorStaffId: recordId,
  revisitedAt: localDateTime,
  scriptChecks: z.array(z.enum(revisitScriptKeys)).max(revisitScriptKeys.length).default([]),
  ownerOpinion: requiredText(1000, '请填写业户意见'),
  resultSatisfaction: z.enum(satisfactionLevelKeys, { error: '请选择对处理结果的满意程度' }),
  attitudeSatisfaction: z.enum(satisfactionLevelKeys, { error: '请选择对服务态度的满意程度' }),
  officeOpinion: optionalText(500),
});

export const revisitWindowsInput = z
  .strictObject({
    importantFromDays: days(60),
    importantToDays: days(120).min(1),
    secondFromMonths: months(24),
    secondToMonths: months(24),
  })
  .superRefine((input, ctx) => {
    if (input.importantToDays < input.importantFromDays) ctx.addIssue({ code: 'custom', path: ['importantToDays'], message: '截止天数不能早于起始天数' });
    if (input.secondToMonths < input.secondFromMonths) ctx.addIssue({ code: 'custom', path: ['secondToMonths'], message: '截止月数不能早于起始月数' });
  });

const revisitTimingKeys = enumKeys(revisitTimings);

/** The revisit queue has no paging; its page filters by timing only. */
/** The whole queue, or (the desk) its counts and only the first lines, most pressing first. */
export const revisitQueueInput = z.strictObject({ first: z.number().int().min(1).max(500).optional() });

export const revisitQueueExportInput = z.strictObject({ timing: z.enum(revisitTimingKeys).nullish(), ...exportOptions });

