import { z } from 'zod';

/** Every list exports what it currently shows; personal data comes masked unless the export asks (主管 and up). */
export const exportOptions = { fullData: z.boolean().default(false) };
