import type { AppContext } from '../context';
import { findOffice } from '../office/officeRepository';
import { complaintStatuses } from '../../../shared/domain/complaints/complaint';
import { repairStatuses } from '../../../shared/domain/repairs/repair';
import { openListed, type ArchivePlan, type ArchivePlanInput, type OpenItem } from '../../../shared/domain/archive/archivePlan';
import { countInPeriod } from './archiveRepository';
import { resolveArchivePeriod } from './archivePeriod';
import { exportsOfPeriod, openComplaintsInPeriod, openRepairsInPeriod } from './archivePlanRepository';
import { archiveFileName, archivesInFolder } from './archiveFileName';
import { monthState } from '../statistics/statisticsMonthRepository';

/**
 * What an export of the period (or its 月结) would do, read before it is done, so the confirmation can say it:
 * the records it covers, those still open, whether the month is closed, and the archives already made of it.
 */
export async function archivePlan(ctx: AppContext, input: ArchivePlanInput): Promise<ArchivePlan> {
  const period = await resolveArchivePeriod(ctx, input.period ?? undefined);
  const counts = await Promise.all(ctx.ledgers.archives.map((ledger) => countInPeriod(ctx.db, ledger, period)));
  const complaints = await openComplaintsInPeriod(ctx.db, period, openListed);
  const repairs = await openRepairsInPeriod(ctx.db, period, openListed);
  const openItems: OpenItem[] = [
    ...complaints.rows.map((row) => ({ ledger: 'complaint' as const, id: row.id, number: row.number, statusLabel: complaintStatuses[row.status as keyof typeof complaintStatuses] ?? row.status })),
    ...repairs.rows.map((row) => ({ ledger: 'repair' as const, id: row.id, number: row.number, statusLabel: repairStatuses[row.status as keyof typeof repairStatuses] ?? row.status })),
  ].slice(0, openListed);
  const isMonth = period.label.length === 7;
  const office = await findOffice(ctx.db);
  const out = input.out?.trim();
  const folderKnown = Boolean(out && office);
  return {
    period,
    records: counts.reduce((sum, count) => sum + count, 0),
    openTotal: complaints.total + repairs.total,
    openItems,
    monthClosed: isMonth ? (await monthState(ctx.db, period.label))?.status === 'closed' : null,
    exportedAt: await exportsOfPeriod(ctx.db, period),
    existingFiles: folderKnown ? await archivesInFolder(out!, office!.code, period) : [],
    nextFile: folderKnown ? archiveFileName(out!, office!.code, period) : null,
  };
}
