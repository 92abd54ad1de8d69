import { defineFeature } from '../modules/feature';
import { approvalContract } from '../../../shared/domain/approvals/approvalContract';
import { approvalKinds, approverLabels, separationRules } from '../../../shared/domain/approvals/approvals';
import { auditedSettingsChange } from '../settings/settingsService';
import { getApprovalRules, saveApprovalRules } from './approvalService';

/** 审批权限 in 设置: read by every approving step, changed only by the office head, each change audited. */
export const approvalModule = defineFeature({
  name: 'approvals',
  channels: approvalContract,
  handlers: () => ({
    'approvals.get': (_input, _actor, ctx) => getApprovalRules(ctx.db),
    'approvals.save': (input, actor, ctx) => {
      const approvers = Object.entries(input.approvers).map(([kind, role]) => `${approvalKinds[kind as keyof typeof approvalKinds].label}→${approverLabels[role]}`);
      const separation = Object.entries(input.separation).map(([rule, on]) => `${separationRules[rule as keyof typeof separationRules]}:${on ? '是' : '否'}`);
      return auditedSettingsChange(ctx.db, actor, ctx.clock.now(), `审批权限:${[...approvers, ...separation].join(';')}`, (trx) => saveApprovalRules(trx, input));
    },
  }),
});
