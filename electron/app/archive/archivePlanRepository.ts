import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ArchivePeriod } from '../../../shared/domain/archive/archive';
import { openStatuses } from '../../../shared/domain/complaints/complaintLifecycle';
import { openRepairStatuses } from '../../../shared/domain/repairs/repair';

const start = (period: ArchivePeriod) => `${period.from}T00:00:00`;
const end = (period: ArchivePeriod) => `${period.to}T23:59:59`;

/** Complaints of the period still open, oldest first (at most `limit`), and how many there are. */
export async function openComplaintsInPeriod(db: Kysely<Database>, period: ArchivePeriod, limit: number) {
  const where = db
    .selectFrom('complaints')
    .where('received_at', '>=', start(period))
    .where('received_at', '<=', end(period))
    .where('status', 'in', [...openStatuses]);
  const rows = await where.select(['id', 'number', 'status']).orderBy('received_at').orderBy('id').limit(limit).execute();
  const { total } = await where.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return { rows, total: Number(total) };
}

/** Repairs of the period still open, the same way. */
export async function openRepairsInPeriod(db: Kysely<Database>, period: ArchivePeriod, limit: number) {
  const where = db
    .selectFrom('repairs')
    .where('reported_at', '>=', start(period))
    .where('reported_at', '<=', end(period))
    .where('status', 'in', [...openRepairStatuses]);
  const rows = await where.select(['id', 'number', 'status']).orderBy('reported_at').orderBy('id').limit(limit).execute();
  const { total } = await where.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return { rows, total: Number(total) };
}

/** When archives of exactly this period were exported before, newest first. */
export async function exportsOfPeriod(db: Kysely<Database>, period: ArchivePeriod): Promise<string[]> {
  const rows = await db
    .selectFrom('archive_exports')
    .select('exported_at')
    .where('period_from', '=', period.from)
    .where('period_to', '=', period.to)
    .orderBy('exported_at', 'desc')
    .execute();
  return rows.map((row) => row.exported_at);
}
