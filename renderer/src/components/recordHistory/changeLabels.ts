import { complaintCategories, complaintChannels, complaintSeverities, complaintStatuses, complaintValidities } from '../../../../shared/domain/complaints/complaint';
import { fieldLabels } from '../../../../shared/domain/fieldLabels';
import type { Department } from '../../../../shared/domain/office/officeRecords';
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
};

/** Enum columns: their values are stored as keys and read in Chinese. */
const valueLabels: Record<string, Record<string, string>> = {
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

export function changeLabel(field: string): string {
  return fieldLabels[field] ?? columnLabels[field] ?? field;
}

const localTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One side of a change as the desk reads it; null is 空. */
export function changeValue(field: string, value: unknown, departments: readonly Department[]): string {
  if (value === null || value === undefined || value === '') return '空';
  if (yesNo.has(field)) return value === 1 || value === true ? '是' : '否';
  if (field === 'targetDepartmentId' && typeof value === 'number') return departments.find((d) => d.id === value)?.name ?? `部门 ${value}`;
  if (typeof value === 'string' && valueLabels[field]?.[value]) return valueLabels[field][value];
  if (typeof value === 'string' && localTime.test(value)) return formatLocalDateTime(value);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
