import type { HistoryEntry } from '../records';
import type {
  LossAttachmentKind,
  LossDeclarationStatus,
  LossOutcome,
  LostDocumentType,
  PaymentPurpose,
  PresentPerson,
  RefundKind,
} from './lossDeclaration';

/** A declaration as every screen sees it: ID numbers masked, the full value only through lossDeclarations.revealId. */
export interface LossDeclarationRecord {
  id: number;
  number: string;
  declaredAt: string;
  status: LossDeclarationStatus;
  customerName: string;
  idNumberMasked: string;
  phone: string;
  phoneMasked: string;
  roomId: number | null;
  roomLabel: string | null;
  documentType: LostDocumentType;
  documentNumber: string;
  amountFen: number;
  issueDate: string;
  purpose: PaymentPurpose;
  purposeOther: string | null;
  consultantStaffId: number;
  consultantName: string;
  byAgent: boolean;
  agentName: string | null;
  agentIdNumberMasked: string | null;
  periodEndsOn: string;
  stubFoundAt: string | null;
  stubFoundByName: string | null;
  stubNote: string | null;
  outcome: LossOutcome | null;
  refundKind: RefundKind | null;
  presentPerson: PresentPerson | null;
  outcomeAt: string | null;
  outcomeByName: string | null;
  outcomeNote: string | null;
  voidedAt: string | null;
  voidReason: string | null;
  createdByName: string;
}

/** A list row: the phone and ID masked, as on every list and search result. */
export interface LossDeclarationListItem {
  id: number;
  number: string;
  declaredAt: string;
  status: LossDeclarationStatus;
  customerName: string;
  idNumberMasked: string;
  phoneMasked: string;
  roomLabel: string | null;
  documentType: LostDocumentType;
  documentNumber: string;
  amountFen: number;
  periodEndsOn: string;
  stubFound: boolean;
  outcome: LossOutcome | null;
}

export interface LossAttachment {
  id: number;
  kind: LossAttachmentKind;
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
  createdByName: string;
  createdAt: string;
}

export interface LossDeclarationDetail {
  declaration: LossDeclarationRecord;
  attachments: LossAttachment[];
  history: HistoryEntry[];
}

export interface RevealedIdNumber {
  idNumber: string;
}

/** 今日待办: a declaration whose period ends within a few days, or ended without an outcome. */
export interface LossDeskItem {
  id: number;
  number: string;
  customerName: string;
  roomLabel: string | null;
  documentType: LostDocumentType;
  periodEndsOn: string;
  ended: boolean;
  stubFound: boolean;
}
