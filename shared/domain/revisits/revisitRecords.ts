import type { RevisitMethod, SatisfactionLevel } from '../complaints/complaintLifecycle';
import type { StaffRole } from '../office/office';
import type {
  RevisitAttemptOutcome,
  RevisitImportance,
  RevisitPurpose,
  RevisitScriptItem,
  RevisitStatus,
  RevisitSubjectKind,
  RevisitTiming,
} from './revisit';

/** A finished complaint or repair waiting for its revisit, as its own ledger lists it (phone already masked). */
export interface RevisitSubjectSummary {
  id: number;
  number: string;
  roomLabel: string | null;
  ownerName: string | null;
  phone: string | null;
  summary: string;
  completedAt: string;
  revisitDueAt: string | null;
}

/** One subject as the revisit form shows it; the optional parts are what a ledger can add. */
export interface RevisitSubjectDescription extends RevisitSubjectSummary {
  statusLabel?: string;
  /** 处理结果 as recorded by whoever finished the work. */
  result?: string | null;
  /** Decides the windows and who revisits; a ledger that does not grade its records is 一般. */
  importance?: RevisitImportance;
  /** The full phone for the call itself (the form needs to dial it). */
  fullPhone?: string | null;
  /** 循环往复: how many unsatisfied revisits reopened it; each raises who revisits next. */
  round?: number;
  /** Whose work the revisit checks (调查人, 实施人, the repairer): 职责分离 keeps them from revisiting it. */
  workedBy?: number[];
}

export interface RevisitAttempt {
  id: number;
  outcome: RevisitAttemptOutcome;
  attemptedAt: string;
  staffName: string;
  note: string | null;
}

export interface RevisitRecord {
  id: number;
  number: string;
  subjectKind: RevisitSubjectKind;
  subjectId: number;
  purpose: RevisitPurpose;
  status: RevisitStatus;
  windowFrom: string;
  dueAt: string;
  requiredRole: StaffRole;
  reason: string | null;
  method: RevisitMethod | null;
  revisitorName: string | null;
  revisitedAt: string | null;
  scriptChecks: RevisitScriptItem[];
  ownerOpinion: string | null;
  resultSatisfaction: SatisfactionLevel | null;
  attitudeSatisfaction: SatisfactionLevel | null;
  officeOpinion: string | null;
  reopened: boolean;
  createdByName: string;
  createdAt: string;
}

export interface RevisitDetail {
  revisit: RevisitRecord;
  subject: RevisitSubjectDescription;
  attempts: RevisitAttempt[];
  /** Who the rules propose to revisit: the signed-in person when their role suffices, else the first who has it. */
  proposedRevisitor: { id: number; name: string } | null;
}

/** One line of the revisit queue. `revisitId` is null for a finished subject no revisit has been planned for yet. */
export interface RevisitQueueItem {
  key: string;
  revisitId: number | null;
  subjectKind: RevisitSubjectKind;
  subjectId: number;
  subjectNumber: string;
  roomLabel: string | null;
  ownerName: string | null;
  phone: string | null;
  summary: string;
  purpose: RevisitPurpose;
  windowFrom: string;
  dueAt: string;
  timing: RevisitTiming;
  requiredRole: StaffRole;
  proposedRevisitorName: string | null;
  /** Tries on this revisit, and on every revisit of this owner's phone (how often the owner was tried). */
  attempts: number;
  ownerAttempts: number;
  lastAttemptAt: string | null;
}

export interface RevisitQueue {
  now: string;
  /** Of the whole queue, even when `items` holds only the first lines. */
  counts: Record<RevisitTiming, number>;
  items: RevisitQueueItem[];
}
