import { enumKeys, type LabelledEnum } from '../labels';
import type { RecordNumbering } from '../recordNumber';
import { addDays } from '../officeDate';

/** 收据、发票遗失声明 (DOMAIN.md §6, seed 000 篇1). */
export const lostDocumentTypes = { receipt: '收据', invoice: '发票' } as const satisfies LabelledEnum<string>;
export type LostDocumentType = keyof typeof lostDocumentTypes;
export const lostDocumentTypeKeys = enumKeys(lostDocumentTypes);

/** What the money was paid for. */
export const paymentPurposes = {
  housePayment: '房款',
  deposit: '诚意金',
  collectedFees: '代收费用',
  propertyFee: '物业费',
  other: '其他',
} as const satisfies LabelledEnum<string>;
export type PaymentPurpose = keyof typeof paymentPurposes;
export const paymentPurposeKeys = enumKeys(paymentPurposes);

export const lossDeclarationStatuses = {
  reported: '挂失中',
  closed: '已办结',
  voided: '已作废',
} as const satisfies LabelledEnum<string>;
export type LossDeclarationStatus = keyof typeof lossDeclarationStatuses;
export const lossDeclarationStatusKeys = enumKeys(lossDeclarationStatuses);

/** 挂失期满后的三种处理 (seed 000 篇1 第4条 a/b/c). */
export const lossOutcomes = {
  refund: 'a) 办理退款',
  receiptCopy: 'b) 收据遗失,不退款',
  invoiceCopy: 'c) 发票遗失,不退款',
} as const satisfies LabelledEnum<string>;
export type LossOutcome = keyof typeof lossOutcomes;
export const lossOutcomeKeys = enumKeys(lossOutcomes);

export const refundKinds = {
  houseMoney: '退房款',
  deposit: '退诚意金',
  collectedFees: '退代收费用',
} as const satisfies LabelledEnum<string>;
export type RefundKind = keyof typeof refundKinds;
export const refundKindKeys = enumKeys(refundKinds);

/** Who stands at the desk for the outcome: the refund is the customer's alone (seed 第5条). */
export const presentPersons = { customer: '客户本人', agent: '代理人' } as const satisfies LabelledEnum<string>;
export type PresentPerson = keyof typeof presentPersons;
export const presentPersonKeys = enumKeys(presentPersons);

/** Scans kept with a declaration: the ID cards pasted on the paper, and the stub finance finds. */
export const lossAttachmentKinds = {
  idCard: '客户身份证',
  agentIdCard: '代理人身份证',
  stub: '记账联复印件',
  other: '其他',
} as const satisfies LabelledEnum<string>;
export type LossAttachmentKind = keyof typeof lossAttachmentKinds;
export const lossAttachmentKindKeys = enumKeys(lossAttachmentKinds);

/** 挂失时间为15天: the declaration day is day 1, so the period's last day is 14 days later. */
export const lossPeriodDays = 15;
/** The desk starts listing a declaration this many days before its period ends. */
export const lossDeskWarningDays = 3;

/** The last day of the 挂失期 for a declaration made on `declaredOn`. */
export function lossPeriodEndsOn(declaredOn: string): string {
  return addDays(declaredOn, lossPeriodDays - 1);
}

/** An outcome may be recorded from the day after the period's last day. */
export function lossPeriodOver(periodEndsOn: string, today: string): boolean {
  return today > periodEndsOn;
}

/** 收据、发票遗失声明: YS-YYYYMM-NNNN. */
export const lossDeclarationNumbering = { prefix: 'YS', entity: 'lossDeclaration' } as const satisfies RecordNumbering;
