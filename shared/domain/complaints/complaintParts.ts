import type {
  AlertKind,
  CapaStatus,
  ComplaintAction,
  ExtensionStatus,
  RevisitMethod,
  SatisfactionLevel,
} from './complaintLifecycle';
import type { ComplaintStatus } from './complaint';

/** The parts of a complaint's process: its revisits, extensions, alerts, CAPA reports and attachments. */

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

/** 异议 (seed 004): 待裁决, then 维持原处理意见 or 修改处理意见. */
export const disputeStatuses = { pending: '待裁决', upheld: '维持原处理意见', revised: '修改处理意见' } as const;
export type DisputeStatus = keyof typeof disputeStatuses;

export interface ComplaintDispute {
  id: number;
  departmentName: string | null;
  reason: string;
  raisedByName: string;
  raisedAt: string;
  status: DisputeStatus;
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

export type { ComplaintAction };
