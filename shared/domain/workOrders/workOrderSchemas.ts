import { z } from 'zod';
import { recordId, paging } from '../fieldSchemas';
import { exportOptions } from '../listExport';

export const workOrderListInput = z.strictObject({
  departmentId: recordId.nullish(),
  state: z.enum(['open', 'all']).default('open'),
  ...paging,
});

export const workOrderExportInput = workOrderListInput.extend(exportOptions);
