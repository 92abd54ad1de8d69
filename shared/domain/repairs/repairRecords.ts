import type { HistoryEntry } from '../records';
import type {
  RepairAction,
  RepairCategory,
  RepairChargeType,
  RepairStatus,
  RepairUrgency,
  RepairWorkKind,
} from './repair';

/** What the repairs and call-log channels answer. Times are local ISO text; money is integer fen. */

export interface RepairRecord {
  id: number;
  number: string;
  reportedAt: string;
  roomId: number | null;
  roomLabel: string | null;
  reporterName: string;
  phone: string | null;
  /** 报修位置 inside the room or on the estate (卫生间, 2号楼电梯厅). */
  location: string | null;
  content: string;
  category: RepairCategory;
  workKind: RepairWorkKind;
  urgency: RepairUrgency;
  status: RepairStatus;
  receiverName: string;
  createdAt: string;
  updatedAt: string;
  /** The call it came from, if any. */
  callId: number | null;
  callNumber: string | null;
  departmentId: number | null;
  departmentName: string | null;
  assigneeStaffId: number | null;
  assigneeName: string | null;
  dispatchedByName: string | null;
  dispatchedAt: string | null;
  instructions: string | null;
  collectDueAt: string | null;
  collectedAt: string | null;
  onSiteDueAt: string | null;
  /** Why the collect or on-site time moved (the assignee could not come; the owner agreed a new time). */
  agreedTimeNote: string | null;
  arrivedAt: string | null;
  /** 要求完成时间. */
  dueAt: string | null;
  overrunReason: string | null;
  overrunApprovedByName: string | null;
  overrunApprovedAt: string | null;
  completedAt: string | null;
  completedByName: string | null;
  result: string | null;
  materials: string | null;
  chargeType: RepairChargeType | null;
  chargeFen: number | null;
  revisitDueAt: string | null;
  /** How many unsatisfied revisits reopened it. */
  round: number;
  closedAt: string | null;
  voidedAt: string | null;
  voidReason: string | null;
}

export interface RepairListItem {
  id: number;
  number: string;
  reportedAt: string;
  roomLabel: string | null;
  reporterName: string;
  phoneMasked: string;
  contentExcerpt: string;
  category: RepairCategory;
  urgency: RepairUrgency;
  status: RepairStatus;
  assigneeName: string | null;
  dueAt: string | null;
  /** When the step it waits for is due: 接单 while dispatched, 到场 once collected, 完成 in progress; else null. */
  stepDueAt: string | null;
}

export interface RepairDetail {
  repair: RepairRecord;
  history: HistoryEntry[];
  actions: RepairAction[];
}

/** A row of the repairs part of 今日待办. */
export interface RepairDeskItem {
  id: number;
  number: string;
  title: string;
  roomLabel: string | null;
  status: RepairStatus;
  /** The time that was missed. */
  dueAt: string;
  holder: string | null;
}

export const repairDeskListNames = {
  notDispatched: '新报修未派工',
  notCollected: '报修未按时接单',
  notOnSite: '报修未按时到场',
  overdue: '报修已超期',
} as const;
export type RepairDeskListName = keyof typeof repairDeskListNames;

export type RepairDesk = Record<RepairDeskListName, { total: number; items: RepairDeskItem[] }>;
