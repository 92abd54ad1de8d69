import type { GeneratedOffice } from './office';
import { complaintGenerator } from './ledgers/complaints';
import { repairGenerator } from './ledgers/repairs';
import { inspectionGenerator } from './ledgers/inspections';
import { callGenerator } from './ledgers/calls';
import { lossDeclarationGenerator } from './ledgers/lossDeclarations';

/**
 * One generator per ledger of the app's list (electron/app/modules/modules.ts), named as the ledger is. `share` is
 * its weight in the office's records (a ledger's records include the revisits and work orders that come with its
 * subjects). Order matters: calls link to repairs and complaints already written, inspections to complaints.
 */
export interface LedgerGenerator {
  name: string;
  share: number;
  /** Write about `records` records into the office; answers rows written per table. */
  generate(office: GeneratedOffice, records: number): Record<string, number>;
}

export const ledgerGenerators: readonly LedgerGenerator[] = [complaintGenerator, repairGenerator, inspectionGenerator, callGenerator, lossDeclarationGenerator];

/** Ledgers whose records come with another's: revisits are written with the complaints and repairs they follow. */
export const generatedWith: Readonly<Record<string, string>> = { revisits: 'complaints' };
