import { z } from 'zod';
import { complaintListInput } from './complaintSchemas';
import { workOrderListInput } from './lifecycleSchemas';
import { repairListInput } from './repairSchemas';
import { callListInput } from './callLog';
import { inspectionListInput } from './inspection';
import { lossDeclarationListInput } from './lossDeclarationSchemas';
import { revisitTimings } from './revisit';
import { enumKeys } from './labels';

const revisitTimingKeys = enumKeys(revisitTimings);

/** Every list exports what it currently shows; personal data comes masked unless the export asks (主管 and up). */
const exportOptions = { fullData: z.boolean().default(false) };

export const complaintExportInput = complaintListInput.extend(exportOptions);
export const workOrderExportInput = workOrderListInput.extend(exportOptions);

// The other ledgers' lists (issue 8): each export takes exactly the list's own filter.
export const repairExportInput = repairListInput.extend(exportOptions);
export const callExportInput = callListInput.extend(exportOptions);
export const inspectionExportInput = inspectionListInput.extend(exportOptions);
export const lossDeclarationExportInput = lossDeclarationListInput.extend(exportOptions);
/** The revisit queue has no paging; its page filters by timing only. */
export const revisitQueueExportInput = z.strictObject({ timing: z.enum(revisitTimingKeys).nullish(), ...exportOptions });
