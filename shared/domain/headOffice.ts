import { z } from 'zod';
import { paging } from './fieldSchemas';

export interface HeadOfficeImportResult {
  file: string;
  officeCode: string;
  officeName: string;
  period: string;
  /** The very same archive file was imported before: nothing was added. */
  alreadyImported: boolean;
  added: number;
  /** A newer version became current; the older one stays in the history. */
  replaced: number;
  unchanged: number;
  /** An older version than the one already held: kept in the history only. */
  older: number;
}

export const headOfficeListInput = z.strictObject({
  officeCode: z.string().max(20).optional(),
  ledger: z.string().max(40).optional(),
  ...paging,
});

export interface HeadOfficeOffice {
  code: string;
  name: string;
  /** Current records per ledger. */
  counts: Record<string, number>;
  /** The Chinese name of each ledger counted (投诉, 报修…). */
  ledgerLabels: Record<string, string>;
  lastImportAt: string;
}

export interface HeadOfficeRecord {
  officeCode: string;
  officeName: string;
  ledger: string;
  ledgerLabel: string;
  key: string;
  revision: number;
  /** How many versions head office holds of it. */
  versions: number;
  /** From the record: its time, status text and a content excerpt, for the read-only list. */
  at: string | null;
  status: string | null;
  summary: string | null;
}
