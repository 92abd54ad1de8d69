import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { containing, like } from '../../db/like';
import { preparedRead } from '../../db/preparedRead';
import { fields, totalAndOpen, type RoomHistorySource } from '../../rooms/roomHistorySource';
import type { PeriodRange } from '../../statistics/periods';
import { maskIdNumber, maskPhone } from '../../../../shared/domain/masking';
import type { LossDeclarationListItem } from '../../../../shared/domain/lossDeclarations/lossDeclarationRecords';
import type { LossDeclarationStatus, LossOutcome, LostDocumentType } from '../../../../shared/domain/lossDeclarations/lossDeclaration';
import type { Page } from '../../../../shared/domain/records';
import type { LossDeclarationRow } from './lossDeclarationRepository';
import { roomFromText } from '../../../../shared/domain/office/roomText';

/* Declarations many at a time: the list and its export, the desk's due ones, a room's, and the month's counts. */

export interface LossListQuery {
  status?: LossDeclarationStatus | null;
  documentType?: LostDocumentType | null;
  from?: string | null;
  to?: string | null;
  q?: string | null;
  outcome?: LossOutcome | null;
  excludeVoided?: boolean | null;
  page: number;
  pageSize: number;
}

/** The list's filter, shared with the export and the statistics links. */
export function filteredLossDeclarations(db: Kysely<Database>, query: Omit<LossListQuery, 'page' | 'pageSize'>) {
  let base = db.selectFrom('loss_declarations');
  if (query.status) base = base.where('status', '=', query.status);
  if (query.documentType) base = base.where('document_type', '=', query.documentType);
  if (query.from) base = base.where('declared_at', '>=', `${query.from}T00:00:00`);
  if (query.to) base = base.where('declared_at', '<=', `${query.to}T23:59:59`);
  if (query.outcome) base = base.where('outcome', '=', query.outcome);
  if (query.excludeVoided) base = base.where('status', '!=', 'voided');
  if (query.q) {
    // Names, numbers and rooms only: a search by ID or phone would let anyone confirm a person's number.
    const pattern = containing(query.q);
    const room = roomFromText(query.q);
    base = base.where((eb) =>
      eb.or([
        like('number', pattern),
        like('customer_name', pattern),
        like('agent_name', pattern),
        like('room_label', pattern),
        like('document_number', pattern),
        // A room as people write it (3栋2单元501, 3#2-501) is the room 3-2-501.
        ...(room ? [eb('room_label', '=', room)] : []),
      ]),
    );
  }
  return base;
}

export async function findLossDeclarationPage(db: Kysely<Database>, query: LossListQuery): Promise<Page<LossDeclarationListItem>> {
  const base = filteredLossDeclarations(db, query);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll()
    .orderBy('declared_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return {
    items: rows.map((row) => ({
      id: row.id,
      number: row.number,
      declaredAt: row.declared_at,
      status: row.status as LossDeclarationStatus,
      customerName: row.customer_name,
      idNumberMasked: maskIdNumber(row.id_number),
      phoneMasked: maskPhone(row.phone),
      roomLabel: row.room_label,
      documentType: row.document_type as LostDocumentType,
      documentNumber: row.document_number,
      amountFen: row.amount_fen,
      periodEndsOn: row.period_ends_on,
      stubFound: row.stub_found_at !== null,
      outcome: row.outcome as LossOutcome | null,
    })),
    total: Number(total),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** One page of the list's rows, whole, for the Excel export (the exporter masks what it must). */
export async function lossDeclarationExportPage(db: Kysely<Database>, query: Omit<LossListQuery, 'page' | 'pageSize'>, page: number, pageSize: number): Promise<LossDeclarationRow[]> {
  return filteredLossDeclarations(db, query)
    .selectAll()
    .orderBy('declared_at', 'desc')
    .orderBy('id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
}

/** 今日待办: declarations still 挂失中 whose period ends by `until`, first to end first. */
export const dueLossDeclarations = preparedRead((db, params: { until: string }) =>
  db
    .selectFrom('loss_declarations')
    .select(['id', 'number', 'customer_name', 'room_label', 'document_type', 'period_ends_on', 'stub_found_at'])
    .where('status', '=', 'reported')
    .where('period_ends_on', '<=', params.until)
    .orderBy('period_ends_on')
    .orderBy('id')
    .limit(sql.lit(50)),
);

/** A room's declarations for its history page (see RoomHistorySource), through loss_declarations_room; 挂失中 is open. */
export const roomLossDeclarations: Pick<RoomHistorySource, 'records' | 'counts'> = {
  records: (db, roomId) =>
    db
      .selectFrom('loss_declarations')
      .select([
        'id',
        'declared_at as at',
        fields('number', 'customer_name', 'id_number', 'document_type', 'document_number', 'amount_fen', 'status', 'outcome').as('data'),
      ])
      .where('room_id', '=', roomId),
  counts: (db, roomId) => db.selectFrom('loss_declarations').select(totalAndOpen(sql`status = 'reported'`)).where('room_id', '=', roomId),
};

/** The period's declarations by how they stand: 挂失中, or their outcome; voided ones are left out. */
export async function lossOutcomeCounts(db: Kysely<Database>, period: PeriodRange) {
  return db
    .selectFrom('loss_declarations')
    .where('declared_at', '>=', period.start)
    .where('declared_at', '<', period.end)
    .where('status', '!=', 'voided')
    .select([sql<string>`case when status = 'reported' then 'reported' else coalesce(outcome, status) end`.as('key'), (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(sql`1`)
    .execute();
}
