import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Actor } from '../../auth/session';
import type { RevisitSubjectKind } from '../../../../shared/domain/revisits/revisit';
import type { RevisitSubjectDescription, RevisitSubjectSummary } from '../../../../shared/domain/revisits/revisitRecords';
import { DomainError } from '../../../../shared/contract/errors';
import { complaintRevisitSubject } from './complaintRevisitSubject';
import { repairRevisitSubject } from '../repairs/repairRevisits';

/**
 * What the revisit ledger needs from a ledger whose records get revisited. Each ledger keeps its own rules:
 * what "finished, waiting for a revisit" means, how a record reads on the form, and what a satisfied or an
 * unsatisfied owner does to it (inside the revisit's transaction).
 */
export interface RevisitSubject {
  label: string;
  awaiting(db: Kysely<Database>): Promise<RevisitSubjectSummary[]>;
  describe(db: Kysely<Database>, id: number): Promise<RevisitSubjectDescription | undefined>;
  /** Satisfied closes the record (or leaves it closed); unsatisfied reopens it. `note` is for the record's history. */
  recordOutcome(trx: Kysely<Database>, actor: Actor, id: number, satisfied: boolean, now: string, note?: RevisitOutcomeNote): Promise<void>;
}

/** Who revisited how and what the owner said, for the subject's own history and alerts. */
export interface RevisitOutcomeNote {
  how: string;
  feedback: string;
}

/** One entry per subject kind: a ledger whose records get revisited joins here. */
const subjects: Partial<Record<RevisitSubjectKind, RevisitSubject>> = {
  complaint: complaintRevisitSubject,
  repair: repairRevisitSubject,
};

export function revisitSubject(kind: RevisitSubjectKind): RevisitSubject {
  const subject = subjects[kind];
  if (!subject) throw new DomainError('rule', '暂不支持该类记录的回访');
  return subject;
}

export function registeredRevisitSubjects(): [RevisitSubjectKind, RevisitSubject][] {
  return Object.entries(subjects) as [RevisitSubjectKind, RevisitSubject][];
}

/** For tests (a stand-in subject) and for a ledger wired up at start-up; returns the undo. */
export function registerRevisitSubject(kind: RevisitSubjectKind, subject: RevisitSubject): () => void {
  const before = subjects[kind];
  subjects[kind] = subject;
  return () => {
    if (before) subjects[kind] = before;
    else delete subjects[kind];
  };
}
