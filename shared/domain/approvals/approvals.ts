import { z } from 'zod';
import { roleAllows } from '../access';
import { staffRoles, type StaffRole } from '../office/office';

/**
 * Who approves what (the procedures' 审批权限), one table the office may change in 设置 → 审批权限. The rule that
 * refuses a call and the message it gives both come from here, so the two can never say different things.
 */
export const approvalKinds = {
  complaintReview: { label: '投诉处理方案审核批示', seed: '主管领导批示(seed 002)', defaultRole: 'supervisor' },
  complaintExtension: { label: '投诉延期', seed: '延期处理须先书面回复临时措施(seed 004)', defaultRole: 'supervisor' },
  signedScanWaiver: { label: '免交签字扫描件', seed: '归档前签字件', defaultRole: 'supervisor' },
  disputeDecision: { label: '部门异议裁决', seed: '有异议的提交上一级评审(seed 004)', defaultRole: 'manager' },
  repairOverrun: { label: '报修超时处理', seed: '超时处理需报主任批准(seed 002)', defaultRole: 'manager' },
  monthClose: { label: '统计月结', seed: '统计分析报告(seed 000 篇5)', defaultRole: 'supervisor' },
  monthReopen: { label: '重新开放已月结月份', seed: '已冻结的统计', defaultRole: 'manager' },
} as const satisfies Record<string, { label: string; seed: string; defaultRole: ApproverRole }>;
export type ApprovalKind = keyof typeof approvalKinds;
export const approvalKindKeys = Object.keys(approvalKinds) as [ApprovalKind, ...ApprovalKind[]];

/** Only a supervisor or the office head approves anything; a clerk never does. */
export const approverRoles = ['supervisor', 'manager'] as const satisfies readonly StaffRole[];
export type ApproverRole = (typeof approverRoles)[number];
export const approverLabels: Record<ApproverRole, string> = { supervisor: '主管或经理/主任', manager: '经理/主任' };

/** 职责分离: who may not check their own work (defaults on). */
export const separationRules = {
  reviewerNotHandler: '审核批示人不能是该投诉的调查人或实施人',
  revisitorNotWorker: '回访人不能是被回访工作的处理人',
} as const;
export type SeparationRule = keyof typeof separationRules;

export const approvalRulesInput = z.strictObject({
  approvers: z.strictObject(
    Object.fromEntries(approvalKindKeys.map((kind) => [kind, z.enum(approverRoles, { error: '请选择审批人' })])) as Record<
      ApprovalKind,
      z.ZodEnum<{ supervisor: 'supervisor'; manager: 'manager' }>
    >,
  ),
  separation: z.strictObject({ reviewerNotHandler: z.boolean(), revisitorNotWorker: z.boolean() }),
});
export type ApprovalRules = z.output<typeof approvalRulesInput>;

export const defaultApprovalRules: ApprovalRules = {
  approvers: Object.fromEntries(approvalKindKeys.map((kind) => [kind, approvalKinds[kind].defaultRole])) as Record<ApprovalKind, ApproverRole>,
  separation: { reviewerNotHandler: true, revisitorNotWorker: true },
};

export function mayApprove(rules: ApprovalRules, kind: ApprovalKind, role: StaffRole): boolean {
  return roleAllows(role, rules.approvers[kind]);
}

/** The refusal a clerk reads: what needs approving, by whom under this office's table, and who tried. */
export function approvalRefusal(rules: ApprovalRules, kind: ApprovalKind, who: { name: string; role: StaffRole }): string {
  return `${approvalKinds[kind].label}须由${approverLabels[rules.approvers[kind]]}批准,当前登录的是 ${who.name}(${staffRoles[who.role]})`;
}
