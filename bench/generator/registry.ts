import type { GeneratedOffice } from './office';
import { complaintGenerator } from './ledgers/complaints';

/**
 * One generator per ledger. A ledger joins the benchmark office by adding its module here: `share` is its
 * weight in the office's records (the complaint ledger's records include its work orders and revisits).
 * Repairs, calls, inspections and loss declarations are added as their ledgers land.
 */
export interface LedgerGenerator {
  name: string;
  share: number;
  /** Write about `records` records into the office; answers rows written per table. */
  generate(office: GeneratedOffice, records: number): Record<string, number>;
}

export const ledgerGenerators: readonly LedgerGenerator[] = [complaintGenerator];
