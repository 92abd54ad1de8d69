import { roleAllows, type Access } from '../access';
import { enumKeys, type LabelledEnum } from '../labels';
import type { StaffRole } from '../office/office';
import { mayApprove, type ApprovalKind, type ApprovalRules } from '../approvals/approvals';
import type { RecordNumbering } from '../recordNumber';

/** 报修类别 (what is broken). */
export const repairCategories = {
  plumbing: '给排水',
  electrical: '电气照明',
  doorsWindows: '门窗五金',
  building: '土建墙地面',
  publicFacility: '公共设施',
  elevator: '电梯',
  other: '其他',
} as const satisfies LabelledEnum<string>;
export type RepairCategory = keyof typeof repairCategories;
export const repairCategoryKeys = enumKeys(repairCategories);

/**
 * seed 002: 维修类 work finishes by the contract's time for that job (set at dispatch), 非维修类 within 5 days.
 */
export const repairWorkKinds = { repair: '维修类', service: '非维修类' } as const satisfies LabelledEnum<string>;
export type RepairWorkKind = keyof typeof repairWorkKinds;
export const repairWorkKindKeys = enumKeys(repairWorkKinds);

export const repairUrgencies = { normal: '一般', urgent: '紧急' } as const satisfies LabelledEnum<string>;
export type RepairUrgency = keyof typeof repairUrgencies;
export const repairUrgencyKeys = enumKeys(repairUrgencies);

/** 收费: 按价目表收费 or 免费 (DOMAIN.md §2). */
export const repairChargeTypes = { free: '免费', priceList: '按价目表收费' } as const satisfies LabelledEnum<string>;
export type RepairChargeType = keyof typeof repairChargeTypes;
export const repairChargeTypeKeys = enumKeys(repairChargeTypes);

/** 已登记 → 已派工 → 已接单 → 处理中(到场) → 待回访 → 已销项; 已作废 ends it from anywhere open. */
export const repairStatuses = {
  accepted: '已登记',
  dispatched: '已派工',
  collected: '已接单',
  inProgress: '处理中',
  awaitingRevisit: '待回访',
  closed: '已销项',
  voided: '已作废',
} as const satisfies LabelledEnum<string>;
export type RepairStatus = keyof typeof repairStatuses;
export const repairStatusKeys = enumKeys(repairStatuses);

const open: RepairStatus[] = ['accepted', 'dispatched', 'collected', 'inProgress', 'awaitingRevisit'];
export const openRepairStatuses: readonly RepairStatus[] = open;

/** The repairs still with a department (本部门工单): to collect, to reach, to finish. */
export const queuedRepairStatuses: readonly RepairStatus[] = ['dispatched', 'collected', 'inProgress'];

/** When the step a repair waits for is due: 接单 while dispatched, 到场 once collected, 完成 in progress. */
export function repairStepDueAt(
  status: RepairStatus,
  times: { collectDueAt: string | null; onSiteDueAt: string | null; dueAt: string | null },
): string | null {
  if (status === 'dispatched') return times.collectDueAt;
  if (status === 'collected') return times.onSiteDueAt;
  if (status === 'inProgress') return times.dueAt;
  return null;
}

/** Each step, the states it starts from and who may take it; the service refuses anything else. */
export const repairActions = {
  dispatch: { label: '派工', from: ['accepted', 'dispatched', 'collected'], access: 'staff' },
  collect: { label: '接单', from: ['dispatched'], access: 'department' },
  agreeTime: { label: '约定新时间', from: ['dispatched', 'collected'], access: 'staff' },
  arrive: { label: '到场', from: ['collected'], access: 'department' },
  complete: { label: '完成', from: ['inProgress'], access: 'department' },
  approveOverrun: { label: '批准超时', from: ['dispatched', 'collected', 'inProgress'], access: 'supervisor', approval: 'repairOverrun' },
  void: { label: '作废', from: open, access: 'supervisor' },
} as const satisfies Record<string, { label: string; from: readonly RepairStatus[]; access: Access; approval?: ApprovalKind }>;
export type RepairAction = keyof typeof repairActions;

export function repairActionAllowed(action: RepairAction, status: RepairStatus): boolean {
  return (repairActions[action].from as readonly RepairStatus[]).includes(status);
}

/** What `role` may do to a repair in `status`; an approval follows the office's 审批权限 table. */
export function allowedRepairActions(status: RepairStatus, role: StaffRole, approvals: ApprovalRules): RepairAction[] {
  return (Object.keys(repairActions) as RepairAction[]).filter((action) => {
    const declared: { access: Access; approval?: ApprovalKind } = repairActions[action];
    const permitted = declared.approval ? mayApprove(approvals, declared.approval, role) : roleAllows(role, declared.access);
    return repairActionAllowed(action, status) && permitted;
  });
}

/** seed 002's service targets, as settings. */
export interface RepairTimerSettings {
  /** 接单人 collects the order within this many minutes of dispatch. */
  collectMinutes: number;
  /** …and is on site within this many minutes of collecting it (or at a new time agreed with the owner). */
  onSiteMinutes: number;
  /** 非维修类 finishes within this many calendar days of dispatch. */
  serviceDays: number;
  /** 维修类 default when the dispatch names no time from the contract. */
  repairDays: number;
  /** The revisit is due this many calendar days after completion (seed 001). */
  revisitDays: number;
}

export const defaultRepairTimers: RepairTimerSettings = {
  collectMinutes: 10,
  onSiteMinutes: 30,
  serviceDays: 5,
  repairDays: 3,
  revisitDays: 7,
};

/** 报修单: BX-YYYYMM-NNNN. */
export const repairNumbering = { prefix: 'BX', entity: 'repair' } as const satisfies RecordNumbering;
