import type { ComplaintDetail } from '../../../../../shared/domain/complaints/complaintRecords';

/** The fields of each step, named as on the paper form (seed 002 篇一) and in the contract's messages. */
export const stepLabels = {
  departmentId: '接单部门',
  assigneeStaffId: '接单人',
  dueAt: '要求完成时间',
  instructions: '派工说明',
  investigatorStaffId: '调查人',
  findings: '调查情况及结果',
  validity: '有效/无效投诉',
  emergencyMeasure: '应急措施',
  emergencyStaffId: '实施人',
  causeAnalysis: '原因分析',
  correctionPeriod: '要求纠正期限',
  correctiveAction: '纠正措施',
  result: '处理结果',
  personAtFault: '过失人',
  decision: '审核意见',
  comment: '批示',
  method: '回访方式',
  revisitorStaffId: '回访人',
  revisitedAt: '回访时间',
  feedback: '客户反馈意见',
  satisfaction: '满意度',
  archiverStaffId: '归档负责人',
  reason: '原因',
  newDueAt: '新期限',
  interimMeasure: '已告知业主的临时处理措施',
  capaDepartmentId: '责任部门',
  note: '说明',
  upload: '签字扫描件',
  nonconformity: '不合格事实',
  preventiveAction: '预防措施',
  responsiblePerson: '责任人',
  plannedCompletion: '计划完成日期',
  decisionComment: '审批意见',
} as const;

/** What every step dialog is given: the record as its page shows it. */
export interface StepProps {
  detail: ComplaintDetail;
  open: boolean;
  onClose: () => void;
}
