import { z } from 'zod';
import { optionalText, requiredText } from '../fieldSchemas';
import { enumKeys, type LabelledEnum } from '../labels';
import { recordNumberPattern } from '../recordNumber';

/**
 * Blank paper forms for the day the power, the PC or the printer is down (DOMAIN: the desk still works on paper).
 * A supervisor prints a batch in advance; each blank carries a number reserved in the office's sequence and its
 * code. When the PC is back, the record entered from a paper gets exactly that number; a number never used is
 * voided with a reason.
 */
export const paperBlankKinds = {
  complaint: '业主投诉处理记录表',
  repair: '客户报修处理登记表',
  call: '客户来电记录表',
} as const satisfies LabelledEnum<string>;
export type PaperBlankKind = keyof typeof paperBlankKinds;
export const paperBlankKindKeys = enumKeys(paperBlankKinds);

export const paperBlankStatuses = { reserved: '已预留', used: '已使用', voided: '已作废' } as const satisfies LabelledEnum<string>;
export type PaperBlankStatus = keyof typeof paperBlankStatuses;

/** The paper kind a blank's code names (codePayload in formParts.ts): blankComplaint, blankRepair, blankCall. */
export const blankPaperKind = (kind: PaperBlankKind) => `blank${kind[0]!.toUpperCase()}${kind.slice(1)}`;

export interface PaperBlank {
  id: number;
  number: string;
  kind: PaperBlankKind;
  status: PaperBlankStatus;
  reservedAt: string;
  reservedByName: string;
  recordId: number | null;
  usedAt: string | null;
  voidReason: string | null;
  voidedAt: string | null;
}

/**
 * The record number a clerk typed, or what a scanner typed reading the blank's code
 * (TAIZHANG:JX01:blankComplaint:TS-202611-0012:R0); null when it is neither.
 */
export function paperNumberOf(entered: string): string | null {
  const text = entered.trim().toUpperCase();
  const scanned = /^TAIZHANG:[^:]+:[^:]+:([^:]+):R\d+$/.exec(text);
  const number = scanned ? scanned[1]! : text;
  return recordNumberPattern.test(number) ? number : null;
}

/** The paper a record is entered from: its number as typed or scanned. */
export const paperNumberField = optionalText(120).refine((value) => value === null || paperNumberOf(value) !== null, {
  error: '纸质表单编号格式应为 TS-202611-0012,或扫描表单上的二维码',
});

/** A blank call sheet has this many rows, each a call under a number of its own. */
export const callSheetRows = 10;

export const paperReserveInput = z.strictObject({
  kind: z.enum(paperBlankKindKeys, { error: '请选择表单' }),
  /** Sheets: one number each, or one per row of a call sheet. */
  count: z.number({ error: '请填写份数' }).int().min(1, { error: '至少 1 份' }).max(50, { error: '一次最多 50 份' }),
});
export const paperBlankListInput = z.strictObject({ status: z.enum(enumKeys(paperBlankStatuses)).nullish() });
export const paperFindInput = z.strictObject({ entered: requiredText(120, '请输入或扫描纸质表单编号') });
export const paperVoidInput = z.strictObject({
  entered: requiredText(120, '请输入或扫描纸质表单编号'),
  reason: requiredText(200, '请填写作废原因'),
});
