import type { AppContext } from '../context';
import type { ArchivePeriod } from '../../../shared/domain/archive/archive';
import { statisticsArchiveReport } from './statisticsArchive';

/** Extra files for the period (the statistics of its months): each answers its files, hashed like the rest. */
export type ArchiveReport = (ctx: AppContext, period: ArchivePeriod) => Promise<{ path: string; content: Buffer }[]>;
export const archiveReports: ArchiveReport[] = [statisticsArchiveReport];
