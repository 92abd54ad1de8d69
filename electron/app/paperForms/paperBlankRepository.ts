import type { Kysely, Selectable } from 'kysely';
import type { Database, PaperBlankTable } from '../db/schema';
import type { PaperBlank, PaperBlankStatus } from '../../../shared/domain/paperForms/paperForms';

export type PaperBlankRow = Selectable<PaperBlankTable> & { reserved_by_name: string };

function selectBlanks(db: Kysely<Database>) {
  return db
    .selectFrom('paper_blanks')
    .innerJoin('staff', 'staff.id', 'paper_blanks.reserved_by')
    .selectAll('paper_blanks')
    .select('staff.name as reserved_by_name');
}

export function toPaperBlank(row: PaperBlankRow): PaperBlank {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    status: row.status,
    reservedAt: row.reserved_at,
    reservedByName: row.reserved_by_name,
    recordId: row.record_id,
    usedAt: row.used_at,
    voidReason: row.void_reason,
    voidedAt: row.voided_at,
  };
}

export async function insertPaperBlank(db: Kysely<Database>, row: Pick<PaperBlankTable, 'number' | 'kind' | 'reserved_at' | 'reserved_by'>): Promise<void> {
  await db.insertInto('paper_blanks').values({ ...row, status: 'reserved' }).execute();
}

export function findPaperBlank(db: Kysely<Database>, number: string): Promise<PaperBlankRow | undefined> {
  return selectBlanks(db).where('paper_blanks.number', '=', number).executeTakeFirst();
}

export function listPaperBlanks(db: Kysely<Database>, status: PaperBlankStatus | null): Promise<PaperBlankRow[]> {
  let query = selectBlanks(db);
  if (status) query = query.where('paper_blanks.status', '=', status);
  return query.orderBy('paper_blanks.number').execute();
}

export async function markPaperBlankUsed(db: Kysely<Database>, id: number, recordId: number, at: string): Promise<void> {
  await db.updateTable('paper_blanks').set({ status: 'used', record_id: recordId, used_at: at }).where('id', '=', id).execute();
}

export async function markPaperBlankVoided(db: Kysely<Database>, id: number, reason: string, staffId: number, at: string): Promise<void> {
  await db.updateTable('paper_blanks').set({ status: 'voided', void_reason: reason, voided_by: staffId, voided_at: at }).where('id', '=', id).execute();
}

/** How many blanks were reserved in [start, end) and, of those, how many are used and voided by now. */
export async function paperBlankCounts(db: Kysely<Database>, start: string, end: string): Promise<{ reserved: number; used: number; voided: number }> {
  const rows = await db
    .selectFrom('paper_blanks')
    .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
    .where('reserved_at', '>=', start)
    .where('reserved_at', '<', end)
    .groupBy('status')
    .execute();
  const of = (status: PaperBlankStatus) => Number(rows.find((row) => row.status === status)?.count ?? 0);
  return { reserved: of('reserved') + of('used') + of('voided'), used: of('used'), voided: of('voided') };
}
