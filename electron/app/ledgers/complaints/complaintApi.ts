/** What other ledgers may use of the complaint ledger: a call turned into a complaint goes through its own rules. */
export { createComplaint } from './complaintService';
