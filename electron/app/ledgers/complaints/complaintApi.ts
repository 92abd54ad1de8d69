/**
 * What the rest of the app may use of the complaint ledger: a call turned into a complaint goes through its own
 * rules; the desk lists the alerts complaints raise for the manager.
 */
export { createComplaint } from './complaintService';
export { selectAlerts, toAlert } from './complaintPartsRepository';
export { blankComplaintFormDefinition } from './complaintBlankForm';
