import { complaintCategories, complaintChannels, complaintSeverities, complaintStatuses, complaintValidities } from '../../../../shared/domain/complaints/complaint';
import { fieldLabels } from '../../../../shared/domain/fieldLabels';
import { inspectionOutcomes } from '../../../../shared/domain/inspections/inspection';
import { formatYuan } from '../../../../shared/domain/money';
import type { Department, Staff } from '../../../../shared/domain/office/officeRecords';
import { repairCategories, repairChargeTypes, repairStatuses, repairUrgencies, repairWorkKinds } from '../../../../shared/domain/repairs/repair';
import { formatLocalDateTime } from '../../forms/localTime';

/**
 * Names of the record's own columns as a history row lists them (camelCase) that the input fields' labels
 * (fieldLabels) do not cover: the paper form's words for the process fields.
 */
const columnLabels: Record<string, string> = {
  roomLabel: '房号',
  dueAt: '处理期限',
  round: '处理轮次',
  validity: '有效/无效投诉',
  investigatorStaffId: '调查人',
  findings: '调查情况及结果',
  emergencyMeasure: '应急措施',
  emergencyStaffId: '实施人',
  causeAnalysis: '原因分析',
  correctionPeriod: '要求纠正期限',
  correctiveAction: '纠正措施',
  handlingResult: '处理结果',
  personAtFault: '过失人',
  handledBy: '登记处理人',
  handledAt: '登记处理时间',
  reviewedBy: '审核人',
  reviewedAt: '审核时间',
  reviewComment: '批示',
  revisitDueAt: '回访期限',
  resolvedAt: '销项时间',
  archivedAt: '归档日期',
  archivedBy: '归档负责人',
  voidedAt: '作废时间',
  voidedBy: '作废人',
  voidReason: '作废原因',
  scanWaivedBy: '批准免交签字件',
  scanWaiverReason: '免交签字件原因',
  escalatedFrom: '升级前严重程度',
  extensionCount: '延期次数',
  // Inspections.
  inspectedAt: '巡查时间',
  place: '巡查地点',
  inspectorStaffId: '巡查人',
  followUp: '跟进情况',
  outcome: '巡查结论',
  createdBy: '登记人',
};

/** The kinds of record whose history the desk reads; a column may mean something else in each. */
export type HistoryKind = 'complaint' | 'repair' | 'inspection';

/** A repair's columns in the words of its 客户报修处理登记表 (where they differ from a complaint's). */
const repairColumnLabels: Record<string, string> = {
  status: '处理状态',
  category: '报修类别',
  content: '报修内容',
  departmentId: '接单部门',
  receiverStaffId: '受理人',
  dispatchedBy: '派工人',
  dispatchedAt: '派工时间',
  collectDueAt: '接单期限',
  collectedAt: '接单时间',
  onSiteDueAt: '到场期限',
  agreedTimeNote: '与业主约定',
  arrivedAt: '到场时间',
  dueAt: '要求完成时间',
  overrunReason: '超时原因',
  overrunApprovedBy: '超时批准人',
  overrunApprovedAt: '超时批准时间',
  completedAt: '完成时间',
  completedBy: '完成登记人',
  chargeFen: '金额',
  closedAt: '销项时间',
  callId: '来电记录',
};

/** Enum columns: their values are stored as keys and read in Chinese. */
const repairValueLabels: Record<string, Record<string, string>> = {
  status: repairStatuses,
  category: repairCategories,
  workKind: repairWorkKinds,
  urgency: repairUrgencies,
  chargeType: repairChargeTypes,
};
const valueLabels: Record<string, Record<string, string>> = {
  outcome: inspectionOutcomes,
  status: complaintStatuses,
  severity: complaintSeverities,
  escalatedFrom: complaintSeverities,
  category: complaintCategories,
  channel: complaintChannels,
  validity: complaintValidities,
};

const yesNo = new Set(['anonymous', 'urgent']);
/** roomId always changes together with roomLabel, which says the same thing readably. */
export const hiddenChanges = new Set(['roomId']);

/** A column's Chinese name; one the desk has no word for is still never shown by its code name. */
export function changeLabel(field: string, kind: HistoryKind = 'complaint'): string {
  return (kind === 'repair' ? repairColumnLabels[field] : undefined) ?? fieldLabels[field] ?? columnLabels[field] ?? '其他信息';
}

/** Columns holding a person (older history rows keep the id): the desk reads the name. */
function namesStaff(field: string): boolean {
  return field.endsWith('StaffId') || field.endsWith('By');
}

export interface ChangeContext {
  kind?: HistoryKind;
  departments: readonly Department[];
  staff: readonly Staff[];
}

const localTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One side of a change as the desk reads it; null is 空. */
export function changeValue(field: string, value: unknown, { kind, departments, staff }: ChangeContext): string {
  if (value === null || value === undefined || value === '') return '空';
  if (yesNo.has(field)) return value === 1 || value === true ? '是' : '否';
  if ((field === 'targetDepartmentId' || field === 'departmentId') && typeof value === 'number') return departments.find((d) => d.id === value)?.name ?? '（已删除的部门）';
  if (namesStaff(field) && typeof value === 'number') return staff.find((member) => member.id === value)?.name ?? '（已删除的员工）';
  if (field.endsWith('Fen') && typeof value === 'number') return `${formatYuan(value)} 元`;
  const labels = kind === 'repair' ? (repairValueLabels[field] ?? valueLabels[field]) : valueLabels[field];
  if (typeof value === 'string' && labels?.[value]) return labels[value];
  if (typeof value === 'string' && localTime.test(value)) return formatLocalDateTime(value);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
