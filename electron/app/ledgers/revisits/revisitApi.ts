/**
 * What other ledgers may use of the revisit ledger: a ledger whose records get revisited declares a RevisitSubject,
 * plans revisits when a record finishes and cancels them when it reopens; the complaint's own 回访 step records one;
 * a subject's archive carries its revisits.
 */
export type { RevisitOutcomeNote, RevisitSubject } from './revisitSubject';
export { cancelPlannedRevisits, insertPlannedRevisits, planRevisitsOnCompletion, revisitWindowsFor } from './revisitPlanning';
export { recordRevisit, startRevisit } from './revisitService';
export { revisitsOfSubject } from './revisitRepository';
