import type { AppContext } from '../context';
import type { ArchivePeriod } from '../../../shared/domain/archive/archive';
import type { ArchiveLedger } from './archiveLedger';
import { complaintArchiveLedger } from './ledgers/complaintArchive';
import { repairArchiveLedger } from './ledgers/repairArchive';
import { callArchiveLedger } from './ledgers/callArchive';
import { revisitArchiveLedger } from './ledgers/revisitArchive';
import { inspectionArchiveLedger } from './ledgers/inspectionArchive';
import { lossDeclarationArchiveLedger } from './ledgers/lossDeclarationArchive';
import { statisticsArchiveReport } from './statisticsArchive';

/**
 * Every ledger that goes into archives, in sheet order. A new ledger joins by adding its declaration here
 * (see archiveLedger.ts): export, the workbook, verify and head-office import need nothing else.
 */
export const archiveLedgers: readonly ArchiveLedger[] = [
  complaintArchiveLedger,
  repairArchiveLedger,
  callArchiveLedger,
  revisitArchiveLedger,
  inspectionArchiveLedger,
  lossDeclarationArchiveLedger,
];

export function archiveLedgerNamed(name: string): ArchiveLedger | undefined {
  return archiveLedgers.find((ledger) => ledger.name === name);
}

/** Extra files for the period (the statistics of its months): each answers its files, hashed like the rest. */
export type ArchiveReport = (ctx: AppContext, period: ArchivePeriod) => Promise<{ path: string; content: Buffer }[]>;
export const archiveReports: ArchiveReport[] = [statisticsArchiveReport];
