import { z } from 'zod';
import { complaintListInput } from './complaintSchemas';
import { workOrderListInput } from './lifecycleSchemas';

/** Every list exports what it currently shows; personal data comes masked unless the export asks (主管 and up). */
const exportOptions = { fullData: z.boolean().default(false) };

export const complaintExportInput = complaintListInput.extend(exportOptions);
export const workOrderExportInput = workOrderListInput.extend(exportOptions);
