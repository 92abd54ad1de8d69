import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { HistoryEntity } from '../history/historyRepository';
import type { ArchivePeriod } from '../../../shared/domain/archive/archive';
import type { ArchiveLedger } from './archiveLedger';

const inPeriod = (ledger: ArchiveLedger, period: ArchivePeriod) => {
  const { column } = ledger.period;
  return sql`${sql.ref(column)} >= ${`${period.from}T00:00:00`} and ${sql.ref(column)} <= ${`${period.to}T23:59:59`}`;
};

/** Ids of the ledger's records whose period column falls within the period (both days inclusive). */
export async function idsInPeriod(db: Kysely<Database>, ledger: ArchiveLedger, period: ArchivePeriod): Promise<number[]> {
  const result = await sql<{ id: number }>`select id from ${sql.table(ledger.period.table)} where ${inPeriod(ledger, period)} order by id`.execute(db);
  return result.rows.map((row) => row.id);
}

export async function countInPeriod(db: Kysely<Database>, ledger: ArchiveLedger, period: ArchivePeriod): Promise<number> {
  const result = await sql<{ n: number }>`select count(*) as n from ${sql.table(ledger.period.table)} where ${inPeriod(ledger, period)}`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

/** The same ids a chunk at a time, each chunk after the last id of the one before (keyset), in id order. */
export async function* idChunksInPeriod(db: Kysely<Database>, ledger: ArchiveLedger, period: ArchivePeriod, size = 200): AsyncGenerator<number[]> {
  for (let after = 0; ; ) {
    const result = await sql<{ id: number }>`select id from ${sql.table(ledger.period.table)}
      where ${inPeriod(ledger, period)} and id > ${after} order by id limit ${size}`.execute(db);
    const ids = result.rows.map((row) => row.id);
    if (ids.length > 0) yield ids;
    if (ids.length < size) return;
    after = ids.at(-1)!;
  }
}

/** The latest YYYY-MM holding a record of the ledger, or null when it has none. */
export async function lastMonthWithRecords(db: Kysely<Database>, ledger: ArchiveLedger): Promise<string | null> {
  const { table, column } = ledger.period;
  const result = await sql<{ month: string | null }>`select substr(max(${sql.ref(column)}), 1, 7) as month from ${sql.table(table)}`.execute(db);
  return result.rows[0]?.month ?? null;
}

/** Every history row of the given entities with the name of who wrote it, in the order they were written. */
export async function historyRowsOf(db: Kysely<Database>, entities: { entity: HistoryEntity; ids: number[] }[]) {
  return db
    .selectFrom('record_history')
    .leftJoin('staff', 'staff.id', 'record_history.staff_id')
    .selectAll('record_history')
    .select('staff.name as staff_name')
    .where((eb) => eb.or(entities.map((group) => eb.and([eb('record_history.entity', '=', group.entity), eb('record_history.entity_id', 'in', group.ids)]))))
    .orderBy('record_history.id')
    .execute();
}

/** The files linked to one record, with their stored content's hash, type and size. */
export async function attachmentRowsOf(db: Kysely<Database>, entity: HistoryEntity, entityId: number) {
  return db
    .selectFrom('record_attachments')
    .innerJoin('attachments', 'attachments.id', 'record_attachments.attachment_id')
    .select([
      'record_attachments.kind',
      'record_attachments.file_name',
      'record_attachments.revision',
      'record_attachments.created_at',
      'attachments.sha256',
      'attachments.mime',
      'attachments.size',
    ])
    .where('record_attachments.entity', '=', entity)
    .where('record_attachments.entity_id', '=', entityId)
    .orderBy('record_attachments.id')
    .execute();
}
