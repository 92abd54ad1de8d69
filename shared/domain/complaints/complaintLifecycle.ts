import type { Access } from '../access';
import { roleAllows } from '../access';
import type { ComplaintStatus } from './complaint';
import { enumKeys, type LabelledEnum } from '../labels';
import type { StaffRole } from '../office/office';
import { mayApprove, type ApprovalKind, type ApprovalRules } from '../approvals/approvals';

/**
 * The complaint's process (DOMAIN.md §1, seed 002): 已受理 → 已派工 → 处理中 → 待审核 → 待回访 → 已销项 → 已归档,
 * 无效 answered and then archived like any other, 已作废 as an end; a department's 异议 waits for the level above. Each action lists the states it may start from and who may take it; the service
 * refuses anything else, and the record page offers exactly these.
 */
const open: ComplaintStatus[] = ['accepted', 'dispatched', 'inProgress', 'disputed', 'awaitingReview', 'awaitingRevisit'];
const handling: ComplaintStatus[] = ['accepted', 'dispatched', 'inProgress'];

export const complaintActions = {
  edit: { label: '更正登记内容', from: open, access: 'staff' },
  dispatch: { label: '派工', from: handling, access: 'staff' },
  recordHandling: { label: '登记调查处理', from: handling, access: 'department' },
  review: { label: '审核批示', from: ['awaitingReview'], access: 'supervisor', approval: 'complaintReview' },
  revisit: { label: '回访', from: ['awaitingRevisit'], access: 'staff' },
  archive: { label: '归档', from: ['resolved', 'invalid'], access: 'staff' },
  // DOMAIN §1: an invalid complaint is still answered politely and archived.
  reply: { label: '答复业主', from: ['invalid'], access: 'staff' },
  // seed 004: the department (or the desk for it) records its 异议 on the proposed resolution; 经理 decides.
  dispute: { label: '提出异议', from: ['dispatched', 'inProgress'], access: 'department' },
  decideDispute: { label: '裁决异议', from: ['disputed'], access: 'supervisor', approval: 'disputeDecision' },
  void: { label: '作废', from: [...open, 'resolved'], access: 'supervisor' },
  requestExtension: { label: '申请延期', from: handling, access: 'staff' },
  requestCapa: { label: '要求纠正/预防措施报告', from: [...open, 'resolved', 'archived'], access: 'supervisor' },
  attachSignedScan: { label: '上传签字扫描件', from: [...open, 'resolved', 'archived', 'invalid'], access: 'staff' },
  waiveSignedScan: { label: '免交签字件', from: ['resolved', 'invalid'], access: 'supervisor', approval: 'signedScanWaiver' },
} as const satisfies Record<string, { label: string; from: readonly ComplaintStatus[]; access: Access; approval?: ApprovalKind }>;
export type ComplaintAction = keyof typeof complaintActions;

export function actionAllowed(action: ComplaintAction, status: ComplaintStatus): boolean {
  return (complaintActions[action].from as readonly ComplaintStatus[]).includes(status);
}

/** What `role` may do to a complaint in `status`; an approval follows the office's 审批权限 table. */
export function allowedActions(status: ComplaintStatus, role: StaffRole, approvals: ApprovalRules): ComplaintAction[] {
  return (Object.keys(complaintActions) as ComplaintAction[]).filter((action) => {
    const declared: { access: Access; approval?: ApprovalKind } = complaintActions[action];
    const permitted = declared.approval ? mayApprove(approvals, declared.approval, role) : roleAllows(role, declared.access);
    return actionAllowed(action, status) && permitted;
  });
}

/** The end states: nothing moves a complaint on from here (an invalid one still waits for its 答复 and 归档). */
export const finalStatuses: readonly ComplaintStatus[] = ['archived', 'voided'];
/** Still on someone's desk: counted for deadlines. */
export const openStatuses: readonly ComplaintStatus[] = open;

/** 回访方式 (seed 001). */
export const revisitMethods = {
  phone: '电话',
  visit: '面访',
  letter: '信函',
  email: '电子邮件',
  other: '其他',
} as const satisfies LabelledEnum<string>;
export type RevisitMethod = keyof typeof revisitMethods;
export const revisitMethodKeys = enumKeys(revisitMethods);

/** 满意度 on the revisit form; 不满意 reopens the case. */
export const satisfactionLevels = {
  satisfied: '满意',
  fairlySatisfied: '较满意',
  unsatisfied: '不满意',
} as const satisfies LabelledEnum<string>;
export type SatisfactionLevel = keyof typeof satisfactionLevels;
export const satisfactionLevelKeys = enumKeys(satisfactionLevels);

/** 要求纠正期限 as the paper offers it (seed 002). */
export const correctionPeriods = [
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => `${n}天`),
  ...[1, 2, 3, 4].map((n) => `${n}周`),
  ...[1, 2, 3].map((n) => `${n}月`),
  '其它',
] as const;
export const extensionStatuses = {
  pending: '待审批',
  approved: '已批准',
  rejected: '未批准',
} as const satisfies LabelledEnum<string>;
export type ExtensionStatus = keyof typeof extensionStatuses;

/** Why the manager is told at once (seed 003/004). */
export const alertKinds = {
  severe: '重大/严重投诉',
  urgent: '紧急投诉',
  repeat: '重复投诉升级为严重',
  reopened: '回访不满意,重新处理',
} as const satisfies LabelledEnum<string>;
export type AlertKind = keyof typeof alertKinds;

export const capaStatuses = { requested: '待提交', submitted: '已提交' } as const satisfies LabelledEnum<string>;
export type CapaStatus = keyof typeof capaStatuses;

/** Time limits in working days (DOMAIN.md §1 defaults; settings). 0 means the same day. */
export interface TimeLimits {
  minor: number;
  general: number;
  major: number;
  serious: number;
  /** 紧急: handled at once. */
  urgent: number;
  /** The department's answer to a work order. */
  departmentAnswer: number;
  capa: number;
  /** Calendar days after approval within which the owner is called back (seed 001: 7). */
  revisitDays: number;
}

export const defaultTimeLimits: TimeLimits = {
  minor: 0,
  general: 3,
  major: 1,
  serious: 1,
  urgent: 0,
  departmentAnswer: 1,
  capa: 5,
  revisitDays: 7,
};

/** seed 004: the 5th complaint about the same matter within 30 days turns 一般 into 严重. */
export const repeatRule = { withinDays: 30, count: 5 } as const;
