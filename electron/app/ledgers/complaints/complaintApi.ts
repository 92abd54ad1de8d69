/**
 * What the rest of the app may use of the complaint ledger: a call turned into a complaint goes through its own
 * rules; the desk lists the alerts complaints raise for the manager; the experience base reads past cases through
 * their index, and the start indexes what an older version left.
 */
export { createComplaint } from './complaintService';
export { selectAlerts, toAlert } from './complaintPartsRepository';
export { indexBacklog, queueEveryComplaint } from './complaintSearchRepository';
export { caseWordStatistics, casesWithWord, wordsOfCases } from './complaintCaseWordsRepository';
export { caseOutcomes, newestCaseId, recentComplaintsOf, trainingCases, type CaseOutcomeRow } from './complaintCaseRepository';
export { blankComplaintFormDefinition } from './complaintBlankForm';
