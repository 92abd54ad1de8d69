import { read, write } from '../../contract/channel';
import { noInput } from '../fieldSchemas';
import { approvalRulesInput, type ApprovalRules } from './approvals';

/** 审批权限: who approves what, and who may not check their own work. */
export const approvalContract = {
  'approvals.get': read<ApprovalRules>()(noInput, '审批权限'),
  // The office head sets who approves: a supervisor could otherwise make himself the approver of his own overruns.
  'approvals.save': write<ApprovalRules>()(approvalRulesInput, '保存审批权限', { access: 'manager' }),
};
