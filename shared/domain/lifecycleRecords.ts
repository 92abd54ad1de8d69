import type { DataFolderKind } from './dataFolder';
import type { LossDeskItem } from './lossDeclarationRecords';
import type { StaffRole } from './office';
import type {
  AlertKind,
  CapaStatus,
  ComplaintAction,
  ExtensionStatus,
  RevisitMethod,
  SatisfactionLevel,
  TimeLimits,
  WorkOrderStatus,
} from './complaintLifecycle';
import type { ComplaintStatus } from './complaint';

/** Output types of sign-in, settings and the complaint's process. Times are local ISO text. */

export interface SignedInStaff {
  staffId: number;
  name: string;
  role: StaffRole;
  departmentName: string;
}

export interface AuthStatus {
  /** No one can sign in yet: the first manager account must be created. */
  needsSetup: boolean;
  signedIn: SignedInStaff | null;
  /** Who was signed in when the screen locked, to offer them first. */
  lockedFor: SignedInStaff | null;
  idleLockMinutes: number;
  /** Staff who have a password and may sign in. */
  accounts: { staffId: number; name: string; role: StaffRole; departmentName: string }[];
  /** Managers without a password, who may be chosen for the first account. */
  setupCandidates: { staffId: number; name: string }[];
  /** What this data folder is; null until it is set up (the first-start screen offers both). */
  folderKind: DataFolderKind | null;
}

export interface SignInResult {
  staff: SignedInStaff;
  /** Unacknowledged alerts, for a manager's sign-in. */
  openAlerts: number;
}

export interface OfficeSettings {
  timeLimits: TimeLimits;
  idleLockMinutes: number;
}

export interface CalendarStatus {
  packageYears: { first: number; last: number };
  confirmedYears: number[];
  overrides: { date: string; kind: 'workday' | 'holiday'; name: string | null }[];
  /** Dates in the next 60 days whose year's statutory schedule is not known yet. */
  uncovered: string[];
}

export interface WorkOrder {
  id: number;
  number: string;
  complaintId: number | null;
  complaintNumber: string | null;
  /** 投诉/报修单位(位置) */
  location: string | null;
  /** Full on the printed order (the assignee must call); masked in lists. */
  phone: string | null;
  phoneMasked: string;
  content: string;
  departmentId: number;
  departmentName: string;
  assigneeStaffId: number;
  assigneeName: string;
  issuedByName: string;
  issuedAt: string;
  dueAt: string;
  instructions: string | null;
  collectedAt: string | null;
  closedAt: string | null;
  status: WorkOrderStatus;
}

export interface Revisit {
  id: number;
  method: RevisitMethod;
  revisitorName: string;
  revisitedAt: string;
  feedback: string;
  satisfaction: SatisfactionLevel;
  reopened: boolean;
}

export interface DeadlineExtension {
  id: number;
  reason: string;
  interimMeasure: string;
  previousDueAt: string;
  requestedDueAt: string;
  requestedByName: string;
  requestedAt: string;
  status: ExtensionStatus;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
}

export interface Alert {
  id: number;
  complaintId: number;
  complaintNumber: string;
  kind: AlertKind;
  message: string;
  createdAt: string;
  acknowledgedByName: string | null;
  acknowledgedAt: string | null;
}

export interface CapaReport {
  id: number;
  number: string;
  complaintId: number;
  complaintNumber: string;
  departmentName: string | null;
  requestNote: string | null;
  requestedByName: string;
  requestedAt: string;
  dueAt: string;
  status: CapaStatus;
  nonconformity: string | null;
  causeAnalysis: string | null;
  correctiveAction: string | null;
  preventiveAction: string | null;
  responsiblePerson: string | null;
  plannedCompletion: string | null;
  submittedByName: string | null;
  submittedAt: string | null;
}

export interface AttachmentLink {
  id: number;
  kind: 'signedForm';
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
  revision: number | null;
  createdByName: string;
  createdAt: string;
}

export interface AttachmentContent {
  fileName: string;
  mime: string;
  contentBase64: string;
}

export interface RelatedComplaint {
  id: number;
  number: string;
  receivedAt: string;
  status: ComplaintStatus;
  contentExcerpt: string;
}

/** A row of the desk page: one complaint (or order) that needs someone today. */
export interface DeskItem {
  complaintId: number;
  number: string;
  title: string;
  roomLabel: string | null;
  status: ComplaintStatus;
  dueAt: string | null;
  /** Who has it: the assignee of the current order, or the receiver. */
  holder: string | null;
}

/** A list of the desk page: how many in all, and the most pressing ones first. */
export interface DeskList {
  total: number;
  items: DeskItem[];
}

export const deskListNames = {
  overdue: '已超期',
  dueToday: '今天到期',
  awaitingApproval: '待审核批示',
  pendingExtensions: '延期待审批',
  revisitsDue: '待回访',
  ordersNotCollected: '派工单未接单',
  capaDue: '纠正/预防措施报告待提交',
} as const;
export type DeskListName = keyof typeof deskListNames;

export interface DeskToday {
  now: string;
  lists: Record<DeskListName, DeskList>;
  alerts: Alert[];
  /** Days ahead the working calendar does not know yet (warn the office). */
  calendarUncovered: string[];
  /** 遗失声明: period ending within 3 days, or ended without an outcome. */
  lossDeclarations: LossDeskItem[];
}

export interface AuditCheck {
  ok: boolean;
  checked: number;
  /** The first rows where the chain breaks: edited, deleted or reordered history. */
  breaks: { id: number; problem: string }[];
}

export type { ComplaintAction };
