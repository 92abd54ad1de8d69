import type { ComplaintChannel, ComplaintCategory, ComplaintSeverity, ComplaintValidity, ComplaintStatus } from './complaint';
import type { ComplaintAction } from './complaintLifecycle';
import type { Revisit, DeadlineExtension, CapaReport, AttachmentLink, RelatedComplaint, Alert, ComplaintDispute } from './complaintParts';
import type { HistoryEntry } from '../records';
import type { WorkOrder } from '../workOrders/workOrder';

export interface ComplaintRecord {
  id: number;
  number: string;
  receivedAt: string;
  channel: ComplaintChannel;
  referralSource: string | null;
  anonymous: boolean;
  complainantName: string | null;
  roomId: number | null;
  roomLabel: string | null;
  phone: string | null;
  address: string | null;
  targetDepartmentId: number | null;
  targetDepartmentName: string | null;
  targetDescription: string | null;
  content: string;
  demand: string | null;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  urgent: boolean;
  validity: ComplaintValidity | null;
  status: ComplaintStatus;
  receiverStaffId: number;
  receiverName: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
  /** The case's time limit (moved by an approved extension); null only on records older than deadlines. */
  dueAt: string | null;
  /** 循环往复: how many times an unsatisfied revisit reopened it. */
  round: number;
  investigatorName: string | null;
  findings: string | null;
  emergencyMeasure: string | null;
  emergencyStaffName: string | null;
  causeAnalysis: string | null;
  correctionPeriod: string | null;
  correctiveAction: string | null;
  handlingResult: string | null;
  personAtFault: string | null;
  handledByName: string | null;
  handledAt: string | null;
  reviewedByName: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
  revisitDueAt: string | null;
  resolvedAt: string | null;
  archivedAt: string | null;
  archivedByName: string | null;
  voidedAt: string | null;
  voidReason: string | null;
  printedRevision: number | null;
  scanWaiverReason: string | null;
  /** The severity before the 5th repeat raised it to 严重. */
  escalatedFrom: ComplaintSeverity | null;
  extensionCount: number;
  /** 答复 of a 无效 complaint. */
  ownerReply: string | null;
  repliedAt: string | null;
  repliedByName: string | null;
}

/** A row of the complaint list: the phone is masked, the content cut short. */
export interface ComplaintListItem {
  id: number;
  number: string;
  receivedAt: string;
  complainantName: string;
  roomLabel: string | null;
  phoneMasked: string;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  urgent: boolean;
  status: ComplaintStatus;
  contentExcerpt: string;
  receiverName: string;
  dueAt: string | null;
  round: number;
}

export interface ComplaintDetail {
  complaint: ComplaintRecord;
  history: HistoryEntry[];
  workOrders: WorkOrder[];
  revisits: Revisit[];
  extensions: DeadlineExtension[];
  disputes: ComplaintDispute[];
  capaReports: CapaReport[];
  attachments: AttachmentLink[];
  /** The earlier complaints the repeat rule counted. */
  repeats: RelatedComplaint[];
  alerts: Alert[];
  /** What the signed-in person may do next, from the lifecycle table. */
  actions: ComplaintAction[];
}
