import type { Insertable, Kysely } from 'kysely';
import type { AlertTable, Database, RecordAttachmentTable } from '../../db/schema';
import type { AlertKind, RevisitMethod, SatisfactionLevel } from '../../../../shared/domain/complaints/complaintLifecycle';
import type { ComplaintStatus } from '../../../../shared/domain/complaints/complaint';
import type { Alert, AttachmentLink, RelatedComplaint, Revisit } from '../../../../shared/domain/complaints/complaintParts';
import { excerpt } from '../../../../shared/domain/text';

/**
 * The parts of a complaint's page besides the record (its work orders, extensions and CAPA reports have their own
 * repositories): revisits, signed scans, repeats, alerts.
 */

export async function complaintRevisits(db: Kysely<Database>, complaintId: number): Promise<Revisit[]> {
  const rows = await db
    .selectFrom('revisits')
    .innerJoin('staff', 'staff.id', 'revisits.revisitor_staff_id')
    .selectAll('revisits')
    .select('staff.name as revisitor_name')
    .where('revisits.subject_kind', '=', 'complaint')
    .where('revisits.subject_id', '=', complaintId)
    .where('revisits.status', '=', 'done')
    .orderBy('revisits.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    method: row.method as RevisitMethod,
    revisitorName: row.revisitor_name,
    revisitedAt: row.revisited_at ?? '',
    feedback: row.feedback ?? '',
    satisfaction: row.satisfaction as SatisfactionLevel,
    reopened: row.reopened === 1,
  }));
}

export async function complaintAttachments(db: Kysely<Database>, complaintId: number): Promise<AttachmentLink[]> {
  const rows = await db
    .selectFrom('record_attachments')
    .innerJoin('attachments', 'attachments.id', 'record_attachments.attachment_id')
    .innerJoin('staff', 'staff.id', 'record_attachments.created_by')
    .select([
      'record_attachments.id',
      'record_attachments.file_name',
      'record_attachments.revision',
      'record_attachments.created_at',
      'attachments.mime',
      'attachments.size',
      'attachments.sha256',
      'staff.name as creator',
    ])
    .where('record_attachments.entity', '=', 'complaint')
    .where('record_attachments.entity_id', '=', complaintId)
    .orderBy('record_attachments.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: 'signedForm',
    fileName: row.file_name,
    mime: row.mime,
    size: row.size,
    sha256: row.sha256,
    revision: row.revision,
    createdByName: row.creator,
    createdAt: row.created_at,
  }));
}

/** The signed paper scanned back, if any: a complaint is archived only with it (or a supervisor's waiver). */
export async function findSignedScan(db: Kysely<Database>, complaintId: number) {
  return db
    .selectFrom('record_attachments')
    .select('id')
    .where('entity', '=', 'complaint')
    .where('entity_id', '=', complaintId)
    .where('kind', '=', 'signedForm')
    .executeTakeFirst();
}

export async function insertRecordAttachment(trx: Kysely<Database>, row: Insertable<RecordAttachmentTable>): Promise<void> {
  await trx.insertInto('record_attachments').values(row).execute();
}

/** A linked file with what it takes to hand it out: its name, its type and where the store keeps it. */
export async function findAttachmentLink(db: Kysely<Database>, linkId: number) {
  return db
    .selectFrom('record_attachments')
    .innerJoin('attachments', 'attachments.id', 'record_attachments.attachment_id')
    .select(['record_attachments.file_name', 'attachments.mime', 'attachments.sha256'])
    .where('record_attachments.id', '=', linkId)
    .executeTakeFirst();
}

export async function complaintRepeats(db: Kysely<Database>, complaintId: number): Promise<RelatedComplaint[]> {
  const rows = await db
    .selectFrom('complaint_repeats')
    .innerJoin('complaints', 'complaints.id', 'complaint_repeats.earlier_id')
    .select(['complaints.id', 'complaints.number', 'complaints.received_at', 'complaints.status', 'complaints.content'])
    .where('complaint_repeats.complaint_id', '=', complaintId)
    .orderBy('complaints.received_at')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    receivedAt: row.received_at,
    status: row.status as ComplaintStatus,
    contentExcerpt: excerpt(row.content, 40),
  }));
}

/** The complaint and when it came in, the matter and the owner (room or phone) that make a repeat. */
export interface RepeatSubject {
  id: number;
  receivedAt: string;
  category: string;
  roomId: number | null;
  phone: string | null;
}

/** The complaints about the same matter from the same owner since `since` and up to this one, voided ones left out. */
export async function sameMatterSince(trx: Kysely<Database>, subject: RepeatSubject, since: string) {
  return trx
    .selectFrom('complaints')
    .select('id')
    .where('id', '!=', subject.id)
    .where('category', '=', subject.category)
    .where('status', '!=', 'voided')
    .where('received_at', '>=', `${since}T00:00:00`)
    .where('received_at', '<=', subject.receivedAt)
    .where((eb) =>
      eb.or([
        ...(subject.roomId !== null ? [eb('room_id', '=', subject.roomId)] : []),
        ...(subject.phone !== null ? [eb('phone', '=', subject.phone)] : []),
      ]),
    )
    .orderBy('received_at')
    .execute();
}

export async function insertRepeats(trx: Kysely<Database>, complaintId: number, earlierIds: number[]): Promise<void> {
  await trx.insertInto('complaint_repeats').values(earlierIds.map((earlierId) => ({ complaint_id: complaintId, earlier_id: earlierId }))).execute();
}

export function selectAlerts(db: Kysely<Database>) {
  return db
    .selectFrom('alerts')
    .innerJoin('complaints', 'complaints.id', 'alerts.complaint_id')
    .leftJoin('staff', 'staff.id', 'alerts.acknowledged_by')
    .selectAll('alerts')
    .select(['complaints.number as complaint_number', 'staff.name as acknowledger']);
}

export function toAlert(row: Awaited<ReturnType<ReturnType<typeof selectAlerts>['executeTakeFirstOrThrow']>>): Alert {
  return {
    id: row.id,
    complaintId: row.complaint_id,
    complaintNumber: row.complaint_number,
    kind: row.kind as AlertKind,
    message: row.message,
    createdAt: row.created_at,
    acknowledgedByName: row.acknowledger,
    acknowledgedAt: row.acknowledged_at,
  };
}

export async function complaintAlerts(db: Kysely<Database>, complaintId: number): Promise<Alert[]> {
  const rows = await selectAlerts(db).where('alerts.complaint_id', '=', complaintId).orderBy('alerts.id').execute();
  return rows.map(toAlert);
}

export async function insertAlert(trx: Kysely<Database>, row: Insertable<AlertTable>): Promise<void> {
  await trx.insertInto('alerts').values(row).execute();
}
