import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, LossDeclarationTable, RecordAttachmentTable } from '../../db/schema';
import { staffNames } from '../../office/officeRepository';
import { maskIdNumber, maskPhone } from '../../../../shared/domain/masking';
import type { LossDeclarationRecord, LossAttachment } from '../../../../shared/domain/lossDeclarations/lossDeclarationRecords';
import { insertNumberedRows, insertRow } from '../../db/preparedInsert';
import type {
  LossAttachmentKind,
  LossDeclarationStatus,
  LossOutcome,
  LostDocumentType,
  PaymentPurpose,
  PresentPerson,
  RefundKind,
} from '../../../../shared/domain/lossDeclarations/lossDeclaration';

export type LossDeclarationRow = Selectable<LossDeclarationTable>;

export async function insertLossDeclaration(trx: Kysely<Database>, row: Insertable<LossDeclarationTable>): Promise<number> {
  return insertRow(trx, 'loss_declarations', row);
}

/** New loss declarations of an import's batch in multi-row statements; answers their ids in order. */
export async function insertLossDeclarations(trx: Kysely<Database>, rows: readonly Insertable<LossDeclarationTable>[]): Promise<number[]> {
  return insertNumberedRows(trx, 'loss_declarations', rows);
}

export async function findLossDeclarationRow(db: Kysely<Database>, id: number): Promise<LossDeclarationRow | undefined> {
  return db.selectFrom('loss_declarations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The record every screen sees: the ID numbers leave the main process masked. */
export async function toLossDeclarationRecord(db: Kysely<Database>, row: LossDeclarationRow): Promise<LossDeclarationRecord> {
  const names = await staffNames(db, [row.consultant_staff_id, row.stub_found_by, row.outcome_by, row.created_by]);
  return {
    id: row.id,
    number: row.number,
    declaredAt: row.declared_at,
    status: row.status as LossDeclarationStatus,
    customerName: row.customer_name,
    idNumberMasked: maskIdNumber(row.id_number),
    phone: row.phone,
    phoneMasked: maskPhone(row.phone),
    roomId: row.room_id,
    roomLabel: row.room_label,
    documentType: row.document_type as LostDocumentType,
    documentNumber: row.document_number,
    amountFen: row.amount_fen,
    issueDate: row.issue_date,
    purpose: row.purpose as PaymentPurpose,
    purposeOther: row.purpose_other,
    consultantStaffId: row.consultant_staff_id,
    consultantName: names.get(row.consultant_staff_id) ?? '',
    byAgent: row.by_agent === 1,
    agentName: row.agent_name,
    agentIdNumberMasked: row.agent_id_number ? maskIdNumber(row.agent_id_number) : null,
    periodEndsOn: row.period_ends_on,
    stubFoundAt: row.stub_found_at,
    stubFoundByName: row.stub_found_by ? (names.get(row.stub_found_by) ?? null) : null,
    stubNote: row.stub_note,
    outcome: row.outcome as LossOutcome | null,
    refundKind: row.refund_kind as RefundKind | null,
    presentPerson: row.present_person as PresentPerson | null,
    outcomeAt: row.outcome_at,
    outcomeByName: row.outcome_by ? (names.get(row.outcome_by) ?? null) : null,
    outcomeNote: row.outcome_note,
    voidedAt: row.voided_at,
    voidReason: row.void_reason,
    createdByName: names.get(row.created_by) ?? '',
  };
}

export async function lossAttachments(db: Kysely<Database>, id: number): Promise<LossAttachment[]> {
  const rows = await db
    .selectFrom('record_attachments as r')
    .innerJoin('attachments as a', 'a.id', 'r.attachment_id')
    .innerJoin('staff as s', 's.id', 'r.created_by')
    .select(['r.id', 'r.kind', 'r.file_name', 'a.mime', 'a.size', 'a.sha256', 's.name', 'r.created_at'])
    .where('r.entity', '=', 'lossDeclaration')
    .where('r.entity_id', '=', id)
    .orderBy('r.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as LossAttachmentKind,
    fileName: row.file_name,
    mime: row.mime,
    size: row.size,
    sha256: row.sha256,
    createdByName: row.name,
    createdAt: row.created_at,
  }));
}

/** A file stored by hash, linked to the declaration as the kind it is (ID card, stub…). */
export async function linkLossAttachment(trx: Kysely<Database>, row: Insertable<RecordAttachmentTable>): Promise<void> {
  await trx.insertInto('record_attachments').values(row).execute();
}
