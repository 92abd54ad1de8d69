/** What other ledgers may use of the repair ledger: a call turned into a repair. */
export { insertRepair, roomLabelFor } from './repairService';
