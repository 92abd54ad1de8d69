import type { z } from 'zod';
import type { AppContext } from '../../context';
import { unlinkedRoomProblem } from '../../../../shared/domain/roomPlace';
import type { Actor } from '../../auth/session';
import { appendHistory, listHistory } from '../../history/historyRepository';
import { nextRecordNumber } from '../../numbering/recordNumbers';
import { findActiveStaff, findRoomById } from '../../office/officeRepository';
import { changeRecord, type ChangingRecord } from '../../records/recordChange';
import { DomainError } from '../../../../shared/contract/errors';
import { checkIdNumber } from '../../../../shared/domain/idNumber';
import { formatYuan } from '../../../../shared/domain/money';
import { lossDeclarationNumbering, lossPeriodEndsOn, lostDocumentTypes } from '../../../../shared/domain/lossDeclarations/lossDeclaration';
import { maskIdNumber } from '../../../../shared/domain/masking';
import type { LossDeclarationIntake, lossDeclarationListInput, lossRevealInput, lossVoidInput } from '../../../../shared/domain/lossDeclarations/lossDeclarationSchemas';
import type { LossDeclarationDetail, LossDeclarationListItem, LossDeclarationRecord, RevealedIdNumber } from '../../../../shared/domain/lossDeclarations/lossDeclarationRecords';
import type { Page } from '../../../../shared/domain/records';
import { findLossDeclarationRow, insertLossDeclaration, lossAttachments, toLossDeclarationRecord, type LossDeclarationRow } from './lossDeclarationRepository';
import { findLossDeclarationPage } from './lossDeclarationListRepository';

/**
 * A declaration changes by its steps (stub, outcome, void, attachments), without revisions; the staff who acted are
 * named in its history, and ID numbers never enter it in full: the history is read by more people than the record.
 */
export const changingLossDeclaration: ChangingRecord<'loss_declarations'> = {
  table: 'loss_declarations',
  entity: lossDeclarationNumbering.entity,
  label: '遗失声明',
  staffColumns: new Set(['consultant_staff_id', 'stub_found_by', 'outcome_by', 'voided_by']),
  maskedColumns: { id_number: maskIdNumber, agent_id_number: maskIdNumber },
};

/** The record as the service answers it; a write reads it back in its own transaction, as changed. */
export async function loadLossDeclaration(ctx: AppContext, id: number): Promise<LossDeclarationRecord> {
  const row = await findLossDeclarationRow(ctx.db, id);
  if (!row) throw new DomainError('not_found', '该遗失声明不存在');
  return toLossDeclarationRecord(ctx.db, row);
}

/** Find the declaration inside a write, refusing one that was voided. */
export async function openLossDeclaration(trx: AppContext['db'], id: number): Promise<LossDeclarationRow> {
  const row = await findLossDeclarationRow(trx, id);
  if (!row) throw new DomainError('not_found', '该遗失声明不存在');
  if (row.status === 'voided') throw new DomainError('conflict', `遗失声明 ${row.number} 已作废,不能再办理`);
  return row;
}

function checkBirthDate(idNumber: string, today: string, field: string, whose: string): void {
  const check = checkIdNumber(idNumber, today);
  if (!check.ok) throw new DomainError('rule', `${whose}${check.message}`, field);
}

/** 办理挂失: the customer (or an agent) at the desk with the original ID card; the 15-day period starts today. */
export async function createLossDeclaration(ctx: AppContext, actor: Actor, intake: LossDeclarationIntake): Promise<LossDeclarationRecord> {
  const trx = ctx.db;
  const now = ctx.clock.now();
  const today = now.slice(0, 10);
  checkBirthDate(intake.idNumber, today, 'idNumber', '');
  if (intake.agentIdNumber) {
    checkBirthDate(intake.agentIdNumber, today, 'agentIdNumber', '代理人');
    if (intake.agentIdNumber === intake.idNumber) throw new DomainError('rule', '代理人的身份证号与客户相同:代理人应是另一个人', 'agentIdNumber');
  }
  if (intake.issueDate > today) throw new DomainError('rule', '开具日期不能晚于今天', 'issueDate');
  if (!(await findActiveStaff(trx, intake.consultantStaffId))) throw new DomainError('not_found', '所选置业顾问不存在或已停用', 'consultantStaffId');
  let roomLabel = intake.roomText;
  const unlinked = intake.roomId === null ? unlinkedRoomProblem(roomLabel) : null;
  if (unlinked) throw new DomainError('rule', unlinked, 'roomText');
  if (intake.roomId !== null) {
    const room = await findRoomById(trx, intake.roomId);
    if (!room) throw new DomainError('not_found', '所选房号不存在,请重新选择', 'roomId');
    roomLabel = room.label;
  }
  const number = await nextRecordNumber(trx, lossDeclarationNumbering, now);
  const id = await insertLossDeclaration(trx, {
    number,
    declared_at: now,
    status: 'reported',
    customer_name: intake.customerName,
    id_number: intake.idNumber,
    phone: intake.phone,
    room_id: intake.roomId,
    room_label: roomLabel,
    document_type: intake.documentType,
    document_number: intake.documentNumber,
    amount_fen: intake.amountFen,
    issue_date: intake.issueDate,
    purpose: intake.purpose,
    purpose_other: intake.purposeOther,
    consultant_staff_id: intake.consultantStaffId,
    by_agent: intake.byAgent ? 1 : 0,
    agent_name: intake.agentName,
    agent_id_number: intake.agentIdNumber,
    period_ends_on: lossPeriodEndsOn(today),
    created_by: actor.staffId,
    created_at: now,
    updated_at: now,
  });
  await appendHistory(trx, {
    entity: 'lossDeclaration',
    entityId: id,
    at: now,
    staffId: actor.staffId,
    action: '挂失登记',
    summary: `登记${lostDocumentTypes[intake.documentType]}遗失 ${intake.documentNumber},金额 ${formatYuan(intake.amountFen)}${intake.byAgent ? `,代理人 ${intake.agentName}` : ''},挂失期至 ${lossPeriodEndsOn(today)}`,
  });
  return loadLossDeclaration(ctx, id);
}

export async function listLossDeclarations(ctx: AppContext, query: z.output<typeof lossDeclarationListInput>): Promise<Page<LossDeclarationListItem>> {
  return findLossDeclarationPage(ctx.db, query);
}

export async function getLossDeclaration(ctx: AppContext, id: number): Promise<LossDeclarationDetail> {
  const declaration = await loadLossDeclaration(ctx, id);
  return { declaration, attachments: await lossAttachments(ctx.db, id), history: await listHistory(ctx.db, 'lossDeclaration', id) };
}

/** The full ID number, for the signed-in staff member who asked on the record page; each reveal is in the history. */
export async function revealIdNumber(ctx: AppContext, actor: Actor, input: z.output<typeof lossRevealInput>): Promise<RevealedIdNumber> {
  const row = await findLossDeclarationRow(ctx.db, input.id);
  if (!row) throw new DomainError('not_found', '该遗失声明不存在');
  const idNumber = input.whose === 'agent' ? row.agent_id_number : row.id_number;
  if (!idNumber) throw new DomainError('not_found', '这份声明没有代理人');
  await appendHistory(ctx.db, {
    entity: 'lossDeclaration',
    entityId: row.id,
    at: ctx.clock.now(),
    staffId: actor.staffId,
    action: '查看身份证号',
    summary: `查看${input.whose === 'agent' ? '代理人' : '客户'}完整身份证号`,
  });
  return { idNumber };
}

/** 作废 with a reason; the record stays, as every record does. */
export async function voidLossDeclaration(ctx: AppContext, actor: Actor, input: z.output<typeof lossVoidInput>): Promise<LossDeclarationRecord> {
  const row = await openLossDeclaration(ctx.db, input.id);
  if (row.status === 'closed') throw new DomainError('conflict', `遗失声明 ${row.number} 已办结,不能作废`);
  const now = ctx.clock.now();
  await changeRecord(ctx.db, changingLossDeclaration, row, actor, now, {
    action: '作废',
    summary: `作废:${input.reason}`,
    set: { status: 'voided', voided_at: now, voided_by: actor.staffId, void_reason: input.reason },
    reason: input.reason,
  });
  return loadLossDeclaration(ctx, input.id);
}
