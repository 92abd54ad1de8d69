import { z } from 'zod';
import { archivePeriodInput, type ArchivePeriod } from './archive';

/** What the archive page (and 月结) asks before an irreversible step: the period, and a folder if one is typed. */
export const archivePlanInput = z.strictObject({
  /** null: the last month that has records, as the export takes it when none is asked (said, never left out). */
  period: archivePeriodInput.nullable(),
  /** The folder the export would write to; omitted or blank: no look at files. */
  out: z.string().trim().max(1000).optional(),
});
export type ArchivePlanInput = z.output<typeof archivePlanInput>;

/** One record of the period still on someone's desk. */
export interface OpenItem {
  ledger: 'complaint' | 'repair';
  id: number;
  number: string;
  /** The state's Chinese label (处理中, 待回访…). */
  statusLabel: string;
}

export const openItemLedgerLabels: Record<OpenItem['ledger'], string> = { complaint: '投诉', repair: '报修' };

/**
 * What an archive export or a 月结 of the period would do, said before it is done: how many records it covers,
 * the ones still open, whether the month is closed already, and the archives made of it before.
 */
export interface ArchivePlan {
  period: ArchivePeriod;
  /** Records of the period in every archived ledger. */
  records: number;
  /** How many records of the period are still open, and the first of them (at most `openListed`). */
  openTotal: number;
  openItems: OpenItem[];
  /** A single month's 月结 state; null for a date range. */
  monthClosed: boolean | null;
  /** When this office exported an archive of exactly this period before (newest first). */
  exportedAt: string[];
  /** Archives of the period already in the folder, by file name. */
  existingFiles: string[];
  /** The file the export would write into the folder (a new name beside an existing one); null without a folder. */
  nextFile: string | null;
}

/** How many open records the plan names one by one; the rest are counted. */
export const openListed = 20;
