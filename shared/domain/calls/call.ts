import { z } from 'zod';
import { enumKeys, type LabelledEnum } from '../labels';
import { localDate, localDateTime, optionalPhone, optionalText, paging, recordId, requiredText } from '../fieldSchemas';
import { repairClassification } from '../repairs/repairSchemas';
import { complaintCategoryKeys, complaintSeverityKeys } from '../complaints/complaint';
import { exportOptions } from '../listExport';
import type { RecordNumbering } from '../recordNumber';
import { paperNumberField } from '../paperForms/paperForms';

/** 处理结果 of a call (DOMAIN.md §4): still open, answered on the spot, or turned into a repair or a complaint. */
export const callOutcomes = {
  pending: '待处理',
  consultation: '咨询已答复',
  repair: '转报修',
  complaint: '转投诉',
} as const satisfies LabelledEnum<string>;
export type CallOutcome = keyof typeof callOutcomes;
export const callOutcomeKeys = enumKeys(callOutcomes);

export interface CallRecord {
  id: number;
  number: string;
  calledAt: string;
  roomId: number | null;
  roomLabel: string | null;
  callerName: string | null;
  phone: string | null;
  phoneMasked: string;
  matter: string;
  recorderName: string;
  outcome: CallOutcome;
  answer: string | null;
  answeredAt: string | null;
  repairId: number | null;
  repairNumber: string | null;
  complaintId: number | null;
  complaintNumber: string | null;
}

/** The phone is ringing: only the matter is required, the time is the office clock's unless given. */
export const callCreateInput = z.strictObject({
  calledAt: localDateTime.nullish(),
  roomId: recordId.nullish().transform((value) => value ?? null),
  roomText: optionalText(40),
  callerName: optionalText(40),
  phone: optionalPhone,
  matter: requiredText(1000, '请填写来电事项'),
  /** Entered from a row of a blank call sheet (the day the PC was down): the row's reserved number. */
  paperNumber: paperNumberField,
});

export const callListInput = z.strictObject({
  date: localDate.nullish(),
  outcome: z.enum(callOutcomeKeys).nullish(),
  q: optionalText(40),
  ...paging,
});

export const callAnswerInput = z.strictObject({ id: recordId, answer: requiredText(1000, '请填写答复内容') });

/**
 * Who and where, when the call did not say: the clerk names the person (a placeholder is never stored) and picks the
 * room, a 公共区域 or a 非登记房号 when the call's room matched no registered one. Otherwise the call's carry over.
 */
const callSubject = {
  roomId: recordId.nullish(),
  roomText: optionalText(40),
};

/** The call's room, caller, phone and matter carry over; the repair needs its classification. */
export const callToRepairInput = z.strictObject({ id: recordId, content: optionalText(2000), ...callSubject, reporterName: optionalText(40), ...repairClassification });

export const callToComplaintInput = z.strictObject({
  id: recordId,
  ...callSubject,
  complainantName: optionalText(40),
  content: optionalText(4000),
  demand: optionalText(2000),
  category: z.enum(complaintCategoryKeys, { error: '请选择投诉分类' }),
  severity: z.enum(complaintSeverityKeys, { error: '请选择严重程度' }),
  urgent: z.boolean().default(false),
  targetDepartmentId: recordId.nullish().transform((value) => value ?? null),
});

export const callDayInput = z.strictObject({ date: localDate });
export const linkedCallsInput = z.strictObject({ complaintId: recordId.nullish(), repairId: recordId.nullish() });

// The other ledgers' lists (issue 8): each export takes exactly the list's own filter.
export const callExportInput = callListInput.extend(exportOptions);

/** 客户来电: LD-YYYYMM-NNNN. */
export const callNumbering = { prefix: 'LD', entity: 'call' } as const satisfies RecordNumbering;
