import type { AppContext } from '../../context';
import { findCall } from './callRepository';
import { DomainError } from '../../../../shared/contract/errors';
import { callOutcomes, type CallRecord } from '../../../../shared/domain/calls/call';
import { archivedAttachments, archivedHistory } from '../../archive/archivedHistory';
import type { ArchiveLedger, ArchivedRecord } from '../../archive/archiveLedger';
import { renderCallDay } from './callLogForm';

async function loadArchivedCall(ctx: AppContext, id: number): Promise<ArchivedRecord> {
  const record = await findCall(ctx.db, id);
  if (!record) throw new DomainError('not_found', '该来电记录不存在');
  return {
    ledger: 'calls',
    key: record.number,
    revision: 0,
    record: record as unknown as Record<string, unknown>,
    parts: {},
    history: await archivedHistory(ctx.db, [{ entity: 'call', ids: [id] }]),
    attachments: await archivedAttachments(ctx.db, 'call', id),
  };
}

const call = (archived: ArchivedRecord) => archived.record as unknown as CallRecord;

/** 客户来电: each call with its answer or the repair/complaint it became; printed as the day's 来电记录表. */
export const callArchiveLedger: ArchiveLedger = {
  name: 'calls',
  label: '来电',
  tables: ['calls'],
  period: { table: 'calls', column: 'called_at' },
  load: loadArchivedCall,
  columns: [
    { header: '编号', width: 16, value: (r) => call(r).number },
    { header: '来电时间', width: 18, value: (r) => call(r).calledAt },
    { header: '房号', value: (r) => call(r).roomLabel },
    { header: '来电人', value: (r) => call(r).callerName },
    { header: '联系电话', width: 15, personal: 'phone', value: (r) => call(r).phone },
    { header: '来电事项', width: 40, value: (r) => call(r).matter },
    { header: '记录人', value: (r) => call(r).recorderName },
    { header: '处理方式', value: (r) => callOutcomes[call(r).outcome] },
    { header: '答复内容', width: 30, value: (r) => call(r).answer },
    { header: '转报修', width: 16, value: (r) => call(r).repairNumber },
    { header: '转投诉', width: 16, value: (r) => call(r).complaintNumber },
  ],
  // Every call of a day names the same sheet; the export writes a shared print once.
  prints: (archived) => {
    const date = call(archived).calledAt.slice(0, 10);
    return [{ path: `pdf/calls/客户来电记录表-${date}.pdf`, render: (ctx) => renderCallDay(ctx, date) }];
  },
  headline: (archived) => ({ at: call(archived).calledAt, status: callOutcomes[call(archived).outcome], summary: call(archived).matter.slice(0, 60) }),
};
