import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Actor } from '../../auth/session';
import type { RevisitSubjectKind } from '../../../../shared/domain/revisits/revisit';
import type { RevisitSubjectDescription, RevisitSubjectSummary } from '../../../../shared/domain/revisits/revisitRecords';

/**
 * What the revisit ledger needs from a ledger whose records get revisited. Each ledger keeps its own rules:
 * what "finished, waiting for a revisit" means, how a record reads on the form, and what a satisfied or an
 * unsatisfied owner does to it (inside the revisit's transaction).
 */
export interface RevisitSubject {
  /** The subject kind revisits are kept under (revisits.subject_kind). */
  kind: RevisitSubjectKind;
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
