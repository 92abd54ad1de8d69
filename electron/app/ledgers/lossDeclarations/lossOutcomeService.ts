import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Actor } from '../../auth/session';
import { findActiveStaff } from '../../office/officeRepository';
import { storeAttachment } from '../../attachments/attachmentStore';
import { DomainError } from '../../../../shared/contract/errors';
import { minutesBetween, addDays } from '../../../../shared/domain/officeDate';
import { lossAttachmentKinds, lossOutcomes, lossPeriodOver, refundKinds } from '../../../../shared/domain/lossDeclarations/lossDeclaration';
import type { lossAttachmentUpload, lossOutcomeInput, lossStubInput } from '../../../../shared/domain/lossDeclarations/lossDeclarationSchemas';
import type { LossDeclarationRecord } from '../../../../shared/domain/lossDeclarations/lossDeclarationRecords';
import { changeRecord } from '../../records/recordChange';
import { changingLossDeclaration, loadLossDeclaration, openLossDeclaration } from './lossDeclarationService';
import { linkLossAttachment, type LossDeclarationRow } from './lossDeclarationRepository';

const shortTime = (iso: string) => iso.slice(0, 16).replace('T', ' ');

async function linkAttachment(ctx: AppContext, row: LossDeclarationRow, actor: Actor, now: string, upload: { kind: string; fileName: string; contentBase64: string }) {
  const stored = await storeAttachment(ctx.db, ctx.dataDir, Buffer.from(upload.contentBase64, 'base64'), now);
  await linkLossAttachment(ctx.db, { entity: 'lossDeclaration', entity_id: row.id, attachment_id: stored.id, kind: upload.kind, file_name: upload.fileName, revision: null, created_by: actor.staffId, created_at: now });
  return stored;
}

/** A scan of an ID card (pasted on the paper declaration) or another document, kept by content hash. */
export async function attachLossFile(ctx: AppContext, actor: Actor, input: z.output<typeof lossAttachmentUpload>): Promise<LossDeclarationRecord> {
  if (input.kind === 'stub') throw new DomainError('rule', '记账联复印件请在“财务找到记账联”中登记(写明谁、何时找到)', 'kind');
  const trx = ctx.db;
  const row = await openLossDeclaration(trx, input.id);
  if (input.kind === 'agentIdCard' && row.by_agent !== 1) throw new DomainError('rule', '这份声明不是由代理人办理的,无需代理人身份证', 'kind');
  const now = ctx.clock.now();
  const stored = await linkAttachment(ctx, row, actor, now, input);
  await changeRecord(trx, changingLossDeclaration, row, actor, now, {
    action: '上传附件',
    summary: `上传${lossAttachmentKinds[input.kind]} ${input.fileName}(${stored.sha256.slice(0, 12)})`,
    set: {},
  });
  return loadLossDeclaration(ctx, input.id);
}

/** 会计查找记账联: who found it, when, and its copy attached to the declaration (seed 第3条). */
export async function recordStub(ctx: AppContext, actor: Actor, input: z.output<typeof lossStubInput>): Promise<LossDeclarationRecord> {
  const trx = ctx.db;
  const row = await openLossDeclaration(trx, input.id);
  if (row.stub_found_at) throw new DomainError('conflict', `记账联已于 ${shortTime(row.stub_found_at)} 登记找到`);
  const now = ctx.clock.now();
  if (minutesBetween(now, input.foundAt) > 5) throw new DomainError('rule', '找到记账联的时间不能晚于现在', 'foundAt');
  if (input.foundAt < row.declared_at.slice(0, 16)) throw new DomainError('rule', '找到记账联的时间不能早于挂失登记时间', 'foundAt');
  const finder = await findActiveStaff(trx, input.foundByStaffId);
  if (!finder) throw new DomainError('not_found', '所选会计不存在或已停用', 'foundByStaffId');
  await linkAttachment(ctx, row, actor, now, { kind: 'stub', fileName: input.fileName, contentBase64: input.contentBase64 });
  await changeRecord(trx, changingLossDeclaration, row, actor, now, {
    action: '找到记账联',
    summary: `${finder.name} 于 ${shortTime(input.foundAt)} 找到记账联,附复印件 ${input.fileName}${input.note ? `:${input.note}` : ''}`,
    set: { stub_found_at: input.foundAt, stub_found_by: finder.id, stub_note: input.note },
  });
  return loadLossDeclaration(ctx, input.id);
}

/**
 * 挂失期满后的处理, exactly one (seed 第4、5条): a refund only to the customer in person and only with the stub
 * found; b) for a lost receipt, c) for a lost invoice (whose copy includes the stub's, under the finance seal).
 */
export async function decideLossOutcome(ctx: AppContext, actor: Actor, input: z.output<typeof lossOutcomeInput>): Promise<LossDeclarationRecord> {
  const trx = ctx.db;
  const row = await openLossDeclaration(trx, input.id);
  if (row.outcome) {
    throw new DomainError('conflict', `遗失声明 ${row.number} 已于 ${shortTime(row.outcome_at!)} 办结(${lossOutcomes[row.outcome as keyof typeof lossOutcomes]}),每份声明只能有一种处理结果`);
  }
  const now = ctx.clock.now();
  if (!lossPeriodOver(row.period_ends_on, now.slice(0, 10))) {
    throw new DomainError('rule', `挂失期 15 天至 ${row.period_ends_on} 才满,${addDays(row.period_ends_on, 1)} 起才能办理后续手续`);
  }
  if (input.outcome === 'refund') {
    if (input.presentPerson === 'agent') {
      throw new DomainError('rule', '退款只能由客户本人携带身份证原件办理,代理人不能办理退款', 'presentPerson');
    }
    if (!row.stub_found_at) throw new DomainError('rule', '财务尚未找到并附上记账联复印件,不能办理退款', 'outcome');
  }
  if (input.presentPerson === 'agent' && row.by_agent !== 1) {
    throw new DomainError('rule', '这份声明没有登记代理人:代理人须在挂失时登记姓名和身份证号', 'presentPerson');
  }
  if (input.outcome === 'receiptCopy' && row.document_type !== 'receipt') {
    throw new DomainError('rule', '遗失的是发票,请选择“c) 发票遗失,不退款”', 'outcome');
  }
  if (input.outcome === 'invoiceCopy') {
    if (row.document_type !== 'invoice') throw new DomainError('rule', '遗失的是收据,请选择“b) 收据遗失,不退款”', 'outcome');
    if (!row.stub_found_at) throw new DomainError('rule', '发票遗失的复印件要附发票记账联,请等财务找到记账联后再办理', 'outcome');
  }
  const label = input.outcome === 'refund' ? `${lossOutcomes.refund}(${refundKinds[input.refundKind!]})` : lossOutcomes[input.outcome];
  await changeRecord(trx, changingLossDeclaration, row, actor, now, {
    action: '办结',
    summary: `${label},${input.presentPerson === 'agent' ? `代理人 ${row.agent_name ?? ''}` : '客户本人'}办理${input.note ? `:${input.note}` : ''}`,
    set: {
      status: 'closed',
      outcome: input.outcome,
      refund_kind: input.outcome === 'refund' ? input.refundKind : null,
      present_person: input.presentPerson,
      outcome_at: now,
      outcome_by: actor.staffId,
      outcome_note: input.note,
    },
  });
  return loadLossDeclaration(ctx, input.id);
}
