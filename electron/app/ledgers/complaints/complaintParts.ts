import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { AlertKind, CapaStatus, ExtensionStatus, RevisitMethod, SatisfactionLevel } from '../../../../shared/domain/complaints/complaintLifecycle';
import type { ComplaintStatus } from '../../../../shared/domain/complaints/complaint';
import type { Alert, AttachmentLink, CapaReport, DeadlineExtension, RelatedComplaint, Revisit } from '../../../../shared/domain/complaints/complaintParts';
import { excerpt } from '../../../../shared/domain/text';

/** The parts of a complaint's page besides the record: revisits, extensions, reports, scans, repeats, alerts. */

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

export async function complaintExtensions(db: Kysely<Database>, complaintId: number): Promise<DeadlineExtension[]> {
  const rows = await db
    .selectFrom('deadline_extensions')
    .innerJoin('staff as requester', 'requester.id', 'deadline_extensions.requested_by')
    .leftJoin('staff as decider', 'decider.id', 'deadline_extensions.decided_by')
    .selectAll('deadline_extensions')
    .select(['requester.name as requester_name', 'decider.name as decider_name'])
    .where('deadline_extensions.complaint_id', '=', complaintId)
    .orderBy('deadline_extensions.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    reason: row.reason,
    interimMeasure: row.interim_measure,
    previousDueAt: row.previous_due_at,
    requestedDueAt: row.requested_due_at,
    requestedByName: row.requester_name,
    requestedAt: row.requested_at,
    status: row.status as ExtensionStatus,
    decidedByName: row.decider_name,
    decidedAt: row.decided_at,
    decisionComment: row.decision_comment,
  }));
}

function selectCapaReports(db: Kysely<Database>) {
  return db
    .selectFrom('capa_reports')
    .innerJoin('complaints', 'complaints.id', 'capa_reports.complaint_id')
    .innerJoin('staff as requester', 'requester.id', 'capa_reports.requested_by')
    .leftJoin('staff as submitter', 'submitter.id', 'capa_reports.submitted_by')
    .leftJoin('departments', 'departments.id', 'capa_reports.department_id')
    .selectAll('capa_reports')
    .select(['complaints.number as complaint_number', 'requester.name as requester_name', 'submitter.name as submitter_name', 'departments.name as department_name']);
}

function toCapaReport(row: Awaited<ReturnType<ReturnType<typeof selectCapaReports>['executeTakeFirstOrThrow']>>): CapaReport {
  return {
    id: row.id,
    number: row.number,
    complaintId: row.complaint_id,
    complaintNumber: row.complaint_number,
    departmentName: row.department_name,
    requestNote: row.request_note,
    requestedByName: row.requester_name,
    requestedAt: row.requested_at,
    dueAt: row.due_at,
    status: row.status as CapaStatus,
    nonconformity: row.nonconformity,
    causeAnalysis: row.cause_analysis,
    correctiveAction: row.corrective_action,
    preventiveAction: row.preventive_action,
    responsiblePerson: row.responsible_person,
    plannedCompletion: row.planned_completion,
    submittedByName: row.submitter_name,
    submittedAt: row.submitted_at,
  };
}

export async function findCapaReport(db: Kysely<Database>, id: number): Promise<CapaReport | undefined> {
  const row = await selectCapaReports(db).where('capa_reports.id', '=', id).executeTakeFirst();
  return row && toCapaReport(row);
}

export async function complaintCapaReports(db: Kysely<Database>, complaintId: number): Promise<CapaReport[]> {
  const rows = await selectCapaReports(db).where('capa_reports.complaint_id', '=', complaintId).orderBy('capa_reports.id').execute();
  return rows.map(toCapaReport);
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
