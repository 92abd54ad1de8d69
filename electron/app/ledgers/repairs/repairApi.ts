/** What other ledgers may use of the repair ledger: a call turned into a repair, and a room as the forms write it. */
export { insertRepair, roomLabelFor } from './repairService';
export { blankRepairFormDefinition } from './repairBlankForm';
