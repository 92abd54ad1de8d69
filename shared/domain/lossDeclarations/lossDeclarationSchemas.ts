import { z } from 'zod';
import { localDate, localDateTime, optionalText, paging, recordId, requiredText } from '../fieldSchemas';
import { checkIdNumber } from '../idNumber';
import { maxAmountFen } from '../money';
import {
  lossAttachmentKindKeys,
  lossDeclarationStatusKeys,
  lossOutcomeKeys,
  lostDocumentTypeKeys,
  paymentPurposeKeys,
  presentPersonKeys,
  refundKindKeys,
} from './lossDeclaration';
import { exportOptions } from '../listExport';

/** An 18-digit ID number, normalised (no spaces, upper-case X) and checked by GB 11643 with its own message. */
export const idNumberField = z
  .string({ error: '请填写身份证号' })
  .transform((value, ctx) => {
    const check = checkIdNumber(value);
    if (!check.ok) {
      ctx.addIssue({ code: 'custom', message: check.message });
      return z.NEVER;
    }
    return check.idNumber;
  });

const mobileOrLandline = /^(1[3-9]\d{9}|(0\d{2,3}-?)?\d{7,8}(-\d{1,6})?)$/;
const phone = z
  .string({ error: '请填写联系电话' })
  .trim()
  .transform((value) => value.replace(/\s/g, ''))
  .refine((value) => mobileOrLandline.test(value), { error: '请填写 11 位手机号或座机号(如 010-12345678)' });

const upload = {
  fileName: requiredText(120, '请选择文件'),
  contentBase64: z
    .string()
    .min(1, { error: '文件是空的' })
    .max(28_000_000, { error: '文件不能超过 20 MB' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: '文件内容无法读取' }),
};

/** The fields of the 《收据、发票遗失声明》 as the desk fills them in. */
export const lossDeclarationIntake = z
  .strictObject({
    customerName: requiredText(40, '请填写客户姓名(以收据上的客户名称为准)'),
    idNumber: idNumberField,
    phone,
    roomId: recordId.nullish().transform((value) => value ?? null),
    roomText: optionalText(40),
    documentType: z.enum(lostDocumentTypeKeys, { error: '请选择遗失的是收据还是发票' }),
    documentNumber: requiredText(40, '请填写收据或发票号码'),
    amountFen: z
      .number({ error: '请填写金额' })
      .int({ error: '金额应精确到分' })
      .positive({ error: '金额应大于 0' })
      .max(maxAmountFen, { error: '金额过大,请核对' }),
    issueDate: localDate,
    purpose: z.enum(paymentPurposeKeys, { error: '请选择款项用途' }),
    purposeOther: optionalText(40),
    consultantStaffId: recordId,
    byAgent: z.boolean().default(false),
    agentName: optionalText(40),
    agentIdNumber: z
      .string()
      .nullish()
      .transform((value) => (value && value.trim() ? value : null)),
  })
  .superRefine((intake, ctx) => {
    if (intake.purpose === 'other' && !intake.purposeOther) {
      ctx.addIssue({ code: 'custom', path: ['purposeOther'], message: '款项用途选“其他”时请写明用途' });
    }
    if (intake.byAgent) {
      if (!intake.agentName) ctx.addIssue({ code: 'custom', path: ['agentName'], message: '由代理人办理时请填写代理人姓名' });
      if (!intake.agentIdNumber) ctx.addIssue({ code: 'custom', path: ['agentIdNumber'], message: '由代理人办理时请填写代理人身份证号' });
    }
    if (intake.agentIdNumber) {
      const check = checkIdNumber(intake.agentIdNumber);
      if (!check.ok) ctx.addIssue({ code: 'custom', path: ['agentIdNumber'], message: `代理人${check.message}` });
    }
  })
  .transform((intake) => ({
    ...intake,
    agentName: intake.byAgent ? intake.agentName : null,
    agentIdNumber: intake.byAgent && intake.agentIdNumber ? intake.agentIdNumber.replace(/\s/g, '').toUpperCase() : null,
    purposeOther: intake.purpose === 'other' ? intake.purposeOther : null,
  }));
export type LossDeclarationIntake = z.output<typeof lossDeclarationIntake>;

export const lossDeclarationListInput = z.strictObject({
  status: z.enum(lossDeclarationStatusKeys).nullish(),
  documentType: z.enum(lostDocumentTypeKeys).nullish(),
  from: localDate.nullish(),
  to: localDate.nullish(),
  /** Number, customer name, room or document number; never a full ID or phone (those are not searchable). */
  q: optionalText(40),
  // The statistics report's filters: the declarations a figure counts.
  outcome: z.enum(lossOutcomeKeys).nullish(),
  excludeVoided: z.boolean().nullish(),
  ...paging,
});

export const lossAttachmentUpload = z.strictObject({ id: recordId, kind: z.enum(lossAttachmentKindKeys), ...upload });

/** Finance found the 记账联: who, when, and its copy. */
export const lossStubInput = z.strictObject({ id: recordId, foundByStaffId: recordId, foundAt: localDateTime, note: optionalText(200), ...upload });

export const lossOutcomeInput = z
  .strictObject({
    id: recordId,
    outcome: z.enum(lossOutcomeKeys, { error: '请选择处理方式' }),
    refundKind: z.enum(refundKindKeys).nullish().transform((value) => value ?? null),
    presentPerson: z.enum(presentPersonKeys, { error: '请选择来办理的是客户本人还是代理人' }),
    note: optionalText(200),
  })
  .superRefine((input, ctx) => {
    if (input.outcome === 'refund' && !input.refundKind) {
      ctx.addIssue({ code: 'custom', path: ['refundKind'], message: '请选择退款类别(退房款/退诚意金/退代收费用)' });
    }
  });

export const lossRevealInput = z.strictObject({ id: recordId, whose: z.enum(['customer', 'agent']) });

export const lossPrintInput = z.strictObject({
  id: recordId,
  /** The declaration itself (一式贰份) or the copy handed over for outcome b) or c). */
  copy: z.enum(['declaration', 'outcome']).default('declaration'),
  /** The office chooses per print whether the paper carries the full ID number; the history records the choice. */
  fullIdNumber: z.boolean().default(false),
  /** A name with a character no print font has prints with a marker: the clerk confirms it against the ID card. */
  confirmMarkedNames: z.boolean().default(false),
});

export const lossVoidInput = z.strictObject({ id: recordId, reason: requiredText(200, '请填写作废原因') });

// The other ledgers' lists (issue 8): each export takes exactly the list's own filter.
export const lossDeclarationExportInput = lossDeclarationListInput.extend(exportOptions);
