import { z } from 'zod';
import { complaintIntakeFields } from './complaintSchemas';
import { complaintValidityKeys } from './complaint';
import { revisitMethodKeys, satisfactionLevelKeys } from './complaintLifecycle';
import { localDate, localDateTime, optionalText, recordId, requiredText } from '../fieldSchemas';

/** The inputs of each step of a complaint's process, one per contract call (issue: lifecycle). */

const reason = requiredText(200, '请填写原因');

/** 更正登记内容: any intake field; after a print the reason is required (the service checks). */
export const complaintEditInput = complaintIntakeFields
  .partial()
  .extend({ id: recordId, reason: optionalText(200) })
  .strict();

export const dispatchInput = z.strictObject({
  id: recordId,
  departmentId: recordId,
  assigneeStaffId: recordId,
  /** 要求完成时间; by default the department's answer limit in working days. */
  dueAt: localDateTime.nullish(),
  instructions: optionalText(500),
});

export const handlingInput = z
  .strictObject({
    id: recordId,
    investigatorStaffId: recordId,
    findings: requiredText(2000, '请填写调查情况及结果'),
    validity: z.enum(complaintValidityKeys, { error: '请选择有效投诉或无效投诉' }),
    emergencyMeasure: optionalText(1000),
    emergencyStaffId: recordId.nullish().transform((value) => value ?? null),
    causeAnalysis: optionalText(1000),
    correctionPeriod: optionalText(20),
    correctiveAction: optionalText(1000),
    result: requiredText(2000, '请填写处理结果'),
    personAtFault: optionalText(40),
  })
  .superRefine((input, ctx) => {
    if (input.emergencyMeasure && input.emergencyStaffId === null) {
      ctx.addIssue({ code: 'custom', path: ['emergencyStaffId'], message: '有应急措施时请选择实施人' });
    }
  });

export const reviewInput = z.strictObject({
  id: recordId,
  decision: z.enum(['approve', 'return'], { error: '请选择同意或退回' }),
  comment: requiredText(1000, '请填写批示'),
});

export const revisitInput = z.strictObject({
  id: recordId,
  method: z.enum(revisitMethodKeys, { error: '请选择回访方式' }),
  revisitorStaffId: recordId,
  revisitedAt: localDateTime,
  feedback: requiredText(1000, '请填写客户反馈意见'),
  satisfaction: z.enum(satisfactionLevelKeys, { error: '请选择满意程度' }),
});

export const archiveInput = z.strictObject({ id: recordId, archiverStaffId: recordId });

/** 答复 of a 无效 complaint: what the owner was told, and when. */
export const replyInput = z.strictObject({
  id: recordId,
  reply: requiredText(1000, '请填写答复业主的内容'),
  repliedAt: localDateTime,
});

/** 异议 (seed 004): why the department does not accept the proposed resolution. */
export const disputeInput = z.strictObject({ id: recordId, reason: requiredText(500, '请填写异议理由') });

/** The level above decides: the desk's resolution stands (upheld), or the desk revises it and dispatches again. */
export const disputeDecisionInput = z.strictObject({
  id: recordId,
  decision: z.enum(['upheld', 'revised'], { error: '请选择维持原处理意见或修改处理意见' }),
  comment: requiredText(500, '请填写裁决意见'),
});
export const reasonInput = z.strictObject({ id: recordId, reason });

export const extensionRequestInput = z.strictObject({
  id: recordId,
  newDueAt: localDateTime,
  reason,
  /** seed 004: 延期处理的,必须先书面回复临时处理措施. */
  interimMeasure: requiredText(500, '请填写已告知业主的临时处理措施'),
});

export const extensionDecisionInput = z.strictObject({
  extensionId: recordId,
  approve: z.boolean(),
  comment: optionalText(200),
});

export const capaRequestInput = z.strictObject({
  id: recordId,
  departmentId: recordId.nullish().transform((value) => value ?? null),
  note: optionalText(500),
});

export const capaSubmitInput = z.strictObject({
  id: recordId,
  nonconformity: requiredText(2000, '请填写不合格事实'),
  causeAnalysis: requiredText(2000, '请填写原因分析'),
  correctiveAction: requiredText(2000, '请填写纠正措施'),
  preventiveAction: requiredText(2000, '请填写预防措施'),
  responsiblePerson: requiredText(40, '请填写责任人'),
  plannedCompletion: localDate,
});

/** A file sent from the renderer: the name as the clerk sees it and its bytes as base64 (≤ 20 MB). */
export const attachmentUpload = z.strictObject({
  id: recordId,
  fileName: requiredText(120, '请选择文件'),
  contentBase64: z
    .string()
    .min(1, { error: '文件是空的' })
    .max(28_000_000, { error: '文件不能超过 20 MB' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: '文件内容无法读取' }),
});
