import type { AppContext } from '../../context';
import { findRevisit } from './revisitRepository';
import { revisitAttempts } from './revisitAttemptRepository';
import { describeSubject } from './revisitPlanning';
import { DomainError } from '../../../../shared/contract/errors';
import { revisitPurposes, revisitStatuses, revisitSubjectKinds } from '../../../../shared/domain/revisits/revisit';
import { revisitMethods, satisfactionLevels } from '../../../../shared/domain/complaints/complaintLifecycle';
import type { RevisitRecord, RevisitSubjectDescription } from '../../../../shared/domain/revisits/revisitRecords';
import { archivedAttachments, archivedHistory } from '../../archive/archivedHistory';
import type { ArchiveLedger, ArchivedRecord } from '../../archive/archiveLedger';
import { renderRevisitForm } from './revisitForm';

/**
 * Every revisit planned in the period, whatever its subject (complaint or repair): the revisit book is a ledger of
 * its own, with its attempts. The complaint and repair records still carry their revisits as parts, for context.
 */
async function loadArchivedRevisit(ctx: AppContext, id: number): Promise<ArchivedRecord> {
  const record = await findRevisit(ctx.db, id);
  if (!record) throw new DomainError('not_found', '该回访记录不存在');
  return {
    ledger: 'revisits',
    key: record.number,
    revision: 0,
    record: record as unknown as Record<string, unknown>,
    parts: { attempts: await revisitAttempts(ctx.db, id), subject: [await describeSubject(ctx, record.subjectKind, record.subjectId)] },
    history: await archivedHistory(ctx.db, [{ entity: 'revisit', ids: [id] }]),
    attachments: await archivedAttachments(ctx.db, 'revisit', id),
  };
}

const revisit = (archived: ArchivedRecord) => archived.record as unknown as RevisitRecord;
const subject = (archived: ArchivedRecord) => (archived.parts.subject as RevisitSubjectDescription[])[0];
const level = (value: RevisitRecord['resultSatisfaction']) => (value ? satisfactionLevels[value] : null);

export const revisitArchiveLedger: ArchiveLedger = {
  name: 'revisits',
  label: '回访',
  tables: ['revisits', 'revisit_attempts'],
  period: { table: 'revisits', column: 'created_at' },
  load: loadArchivedRevisit,
  columns: [
    { header: '编号', width: 16, value: (r) => revisit(r).number },
    { header: '回访对象', value: (r) => revisitSubjectKinds[revisit(r).subjectKind] },
    { header: '对象编号', width: 16, value: (r) => subject(r)?.number ?? null },
    { header: '房号', value: (r) => subject(r)?.roomLabel ?? null },
    { header: '业主', value: (r) => subject(r)?.ownerName ?? null },
    { header: '回访目的', value: (r) => revisitPurposes[revisit(r).purpose] },
    { header: '状态', value: (r) => revisitStatuses[revisit(r).status] },
    { header: '回访期限', width: 18, value: (r) => revisit(r).dueAt },
    { header: '回访时间', width: 18, value: (r) => revisit(r).revisitedAt },
    { header: '回访方式', value: (r) => { const method = revisit(r).method; return method ? revisitMethods[method] : null; } },
    { header: '回访人', value: (r) => revisit(r).revisitorName },
    { header: '业户意见', width: 30, value: (r) => revisit(r).ownerOpinion },
    { header: '处理结果满意度', value: (r) => level(revisit(r).resultSatisfaction) },
    { header: '服务态度满意度', value: (r) => level(revisit(r).attitudeSatisfaction) },
    { header: '尝试次数', value: (r) => (r.parts.attempts as unknown[]).length },
  ],
  prints: (archived) => {
    const { id, number } = revisit(archived);
    return [{ path: `pdf/revisits/${number}.pdf`, render: (ctx) => renderRevisitForm(ctx, id) }];
  },
  headline: (archived) => ({
    at: revisit(archived).revisitedAt ?? revisit(archived).createdAt,
    status: revisitStatuses[revisit(archived).status],
    summary: `${revisitSubjectKinds[revisit(archived).subjectKind]} ${subject(archived)?.number ?? ''} ${revisit(archived).ownerOpinion ?? ''}`.trim().slice(0, 60),
  }),
};
