import type { AppContext } from '../context';
import type { ArchivePeriod } from '../../../shared/domain/archive';
import type { ArchiveLedger } from './archiveLedger';
import { complaintArchiveLedger } from './ledgers/complaintArchive';

/**
 * Every ledger that goes into archives, in sheet order. A new ledger joins by adding its declaration here
 * (see archiveLedger.ts): export, the workbook, verify and head-office import need nothing else.
 */
export const archiveLedgers: readonly ArchiveLedger[] = [complaintArchiveLedger];

export function archiveLedgerNamed(name: string): ArchiveLedger | undefined {
  return archiveLedgers.find((ledger) => ledger.name === name);
}

/** Extra files for the period (the statistics, once they exist): each answers its files, hashed like the rest. */
export type ArchiveReport = (ctx: AppContext, period: ArchivePeriod) => Promise<{ path: string; content: Buffer }[]>;
export const archiveReports: ArchiveReport[] = [];
