import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Actor } from '../../auth/session';
import { nextRecordNumber } from '../../numbering/recordNumbers';
import { departmentExists } from '../../office/officeRepository';
import { readAttachment, storeAttachment } from '../../attachments/attachmentStore';
import { DomainError } from '../../../../shared/contract/errors';
import type {
  attachmentUpload,
  capaRequestInput,
  capaSubmitInput,
  extensionDecisionInput,
  extensionRequestInput,
  reasonInput,
} from '../../../../shared/domain/complaints/complaintStepSchemas';
import type { AttachmentContent, CapaReport } from '../../../../shared/domain/complaints/complaintParts';
import type { ComplaintRecord } from '../../../../shared/domain/complaints/complaintRecords';
import { findComplaintRow } from './complaintRepository';
import { loadComplaint } from './complaintRecord';
import { changeRecord } from '../../records/recordChange';
import { requireApprover } from '../../approvals/approvalService';
import { changingComplaint } from './complaintChange';
import { step } from './processService';
import { timeLimits, workingDaysAfter } from './deadlines';
import { findCapaReport, findCapaState, insertCapaReport, updateCapaReport } from './capaReportRepository';
import { findExtension, findPendingExtension, insertExtension, saveExtensionDecision } from './deadlineExtensionRepository';
import { findAttachmentLink, insertRecordAttachment } from './complaintPartsRepository';
import { lastOrderDepartment } from './workOrderRepository';
import { capaReportNumbering } from '../../../../shared/domain/complaints/complaint';

const shortTime = (iso: string) => iso.slice(5, 16).replace('T', ' ');

/** 申请延期 (seed 004): a reason and the interim measure told to the owner; a supervisor decides. */
export async function requestExtension(ctx: AppContext, actor: Actor, input: z.output<typeof extensionRequestInput>) {
  return step(ctx, input.id, 'requestExtension', async (trx, row, now) => {
    const previous = row.due_at ?? now;
    if (input.newDueAt <= previous) throw new DomainError('rule', `新的期限应晚于现在的期限 ${shortTime(previous)}`, 'newDueAt');
    const pending = await findPendingExtension(trx, row.id);
    if (pending) throw new DomainError('conflict', '已有一个延期申请在等待审批');
    await insertExtension(trx, {
      complaint_id: row.id,
      reason: input.reason,
      interim_measure: input.interimMeasure,
      previous_due_at: previous,
      requested_due_at: input.newDueAt,
      requested_by: actor.staffId,
      requested_at: now,
      status: 'pending',
    });
    await changeRecord(trx, changingComplaint, row, actor, now, { action: '申请延期', summary: `申请延期至 ${shortTime(input.newDueAt)}:${input.reason}`, set: {} });
  });
}

/** An approved extension moves the deadline and is counted; a refused one leaves it. */
export async function decideExtension(ctx: AppContext, actor: Actor, input: z.output<typeof extensionDecisionInput>): Promise<ComplaintRecord> {
  const { db } = ctx;
  const extension = await findExtension(db, input.extensionId);
  if (!extension) throw new DomainError('not_found', '该延期申请不存在');
  if (extension.status !== 'pending') throw new DomainError('conflict', '该延期申请已经审批过了');
  await requireApprover(db, actor, 'complaintExtension');
  const row = (await findComplaintRow(db, extension.complaint_id))!;
  const now = ctx.clock.now();
  await saveExtensionDecision(db, extension.id, { status: input.approve ? 'approved' : 'rejected', decided_by: actor.staffId, decided_at: now, decision_comment: input.comment });
  await changeRecord(db, changingComplaint, row, actor, now, {
    action: input.approve ? '批准延期' : '不批准延期',
    summary: `${input.approve ? '批准' : '不批准'}延期至 ${shortTime(extension.requested_due_at)}${input.comment ? `:${input.comment}` : ''}`,
    set: input.approve ? { due_at: extension.requested_due_at, extension_count: row.extension_count + 1 } : {},
  });
  return (await loadComplaint(db, row.id)).record;
}

/** 要求纠正/预防措施报告: due in 5 working days (setting), from the department that handled the case. */
export async function requestCapa(ctx: AppContext, actor: Actor, input: z.output<typeof capaRequestInput>) {
  return step(ctx, input.id, 'requestCapa', async (trx, row, now) => {
    if (input.departmentId !== null && !(await departmentExists(trx, input.departmentId))) {
      throw new DomainError('not_found', '责任部门不存在,请重新选择', 'departmentId');
    }
    const lastDepartment = await lastOrderDepartment(trx, row.id);
    const departmentId = input.departmentId ?? lastDepartment ?? row.target_department_id;
    const dueAt = await workingDaysAfter(trx, now, (await timeLimits(trx)).capa);
    const number = await nextRecordNumber(trx, capaReportNumbering, now);
    await insertCapaReport(trx, { number, complaint_id: row.id, department_id: departmentId, request_note: input.note, requested_by: actor.staffId, requested_at: now, due_at: dueAt, status: 'requested' });
    await changeRecord(trx, changingComplaint, row, actor, now, { action: '要求纠正/预防措施', summary: `要求提交纠正/预防措施报告 ${number},${shortTime(dueAt)} 前`, set: {} });
  });
}

export async function submitCapa(ctx: AppContext, actor: Actor, input: z.output<typeof capaSubmitInput>): Promise<CapaReport> {
  const { db } = ctx;
  const report = await findCapaState(db, input.id);
  if (!report) throw new DomainError('not_found', '该纠正/预防措施报告不存在');
  if (report.status !== 'requested') throw new DomainError('conflict', `报告 ${report.number} 已经提交过了`);
  const now = ctx.clock.now();
  await updateCapaReport(db, input.id, {
    status: 'submitted',
    nonconformity: input.nonconformity,
    cause_analysis: input.causeAnalysis,
    corrective_action: input.correctiveAction,
    preventive_action: input.preventiveAction,
    responsible_person: input.responsiblePerson,
    planned_completion: input.plannedCompletion,
    submitted_by: actor.staffId,
    submitted_at: now,
  });
  const row = (await findComplaintRow(db, report.complaint_id))!;
  await changeRecord(db, changingComplaint, row, actor, now, { action: '提交纠正/预防措施', summary: `提交纠正/预防措施报告 ${report.number}`, set: {} });
  return (await findCapaReport(db, input.id))!;
}

/** The signed paper comes back: its scan is linked to the revision that was printed. */
export async function attachSignedScan(ctx: AppContext, actor: Actor, input: z.output<typeof attachmentUpload>) {
  const content = Buffer.from(input.contentBase64, 'base64');
  return step(ctx, input.id, 'attachSignedScan', async (trx, row, now) => {
    if (row.printed_revision === null) throw new DomainError('rule', '这份投诉还没有打印过记录表,请先打印、签字,再上传扫描件');
    const stored = await storeAttachment(trx, ctx.dataDir, content, now);
    await insertRecordAttachment(trx, { entity: 'complaint', entity_id: row.id, attachment_id: stored.id, kind: 'signedForm', file_name: input.fileName, revision: row.printed_revision, created_by: actor.staffId, created_at: now });
    await changeRecord(trx, changingComplaint, row, actor, now, { action: '上传签字件', summary: `上传第 ${row.printed_revision} 版签字扫描件 ${input.fileName}`, set: {} });
  });
}

export async function waiveSignedScan(ctx: AppContext, actor: Actor, input: z.output<typeof reasonInput>) {
  return step(ctx, input.id, 'waiveSignedScan', async (trx, row, now) => {
    await requireApprover(trx, actor, 'signedScanWaiver');
    await changeRecord(trx, changingComplaint, row, actor, now, {
      action: '免交签字件',
      summary: `免交签字扫描件:${input.reason}`,
      set: { scan_waived_by: actor.staffId, scan_waiver_reason: input.reason },
      reason: input.reason,
    });
  });
}

export async function getAttachment(ctx: AppContext, linkId: number): Promise<AttachmentContent> {
  const link = await findAttachmentLink(ctx.db, linkId);
  if (!link) throw new DomainError('not_found', '该附件不存在');
  const content = await readAttachment(ctx.dataDir, link.sha256);
  return { fileName: link.file_name, mime: link.mime, contentBase64: content.toString('base64') };
}
