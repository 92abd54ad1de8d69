import type { AppContext } from '../../context';
import { loadRepair } from './repairRecord';
import { revisitsOfSubject } from '../revisits/revisitApi';
import { repairCategories, repairChargeTypes, repairStatuses, repairUrgencies, repairWorkKinds } from '../../../../shared/domain/repairs/repair';
import type { RepairRecord } from '../../../../shared/domain/repairs/repairRecords';
import type { RevisitRecord } from '../../../../shared/domain/revisits/revisitRecords';
import { satisfactionLevels } from '../../../../shared/domain/complaints/complaintLifecycle';
import { fenToYuan } from '../../../../shared/domain/money';
import { archivedAttachments, archivedHistory } from '../../archive/archivedHistory';
import type { ArchiveLedger, ArchivedRecord, ArchivePrint } from '../../archive/archiveLedger';
import { renderRepairForm } from './repairForm';
import { renderRepairWorkOrder } from './repairWorkOrderForm';

async function loadArchivedRepair(ctx: AppContext, id: number): Promise<ArchivedRecord> {
  const record = await loadRepair(ctx.db, id);
  return {
    ledger: 'repairs',
    key: record.number,
    // Repairs have no printed revisions: a later version is told by its longer history.
    revision: 0,
    record: record as unknown as Record<string, unknown>,
    parts: { revisits: await revisitsOfSubject(ctx.db, 'repair', id) },
    history: await archivedHistory(ctx.db, [{ entity: 'repair', ids: [id] }]),
    attachments: await archivedAttachments(ctx.db, 'repair', id),
  };
}

const repair = (archived: ArchivedRecord) => archived.record as unknown as RepairRecord;
const lastRevisit = (archived: ArchivedRecord) => (archived.parts.revisits as RevisitRecord[] | undefined)?.filter((visit) => visit.status === 'done').at(-1);

/** 报修: the repair with its dispatch, completion and revisits; its form and, once dispatched, its work order. */
export const repairArchiveLedger: ArchiveLedger = {
  name: 'repairs',
  label: '报修',
  tables: ['repairs', 'revisits', 'record_attachments'],
  period: { table: 'repairs', column: 'reported_at' },
  load: loadArchivedRepair,
  columns: [
    { header: '编号', width: 16, value: (r) => repair(r).number },
    { header: '报修时间', width: 18, value: (r) => repair(r).reportedAt },
    { header: '房号', value: (r) => repair(r).roomLabel },
    { header: '报修人', value: (r) => repair(r).reporterName },
    { header: '联系电话', width: 15, personal: 'phone', value: (r) => repair(r).phone },
    { header: '报修位置', value: (r) => repair(r).location },
    { header: '报修内容', width: 40, value: (r) => repair(r).content },
    { header: '类别', value: (r) => repairCategories[repair(r).category] },
    { header: '性质', value: (r) => repairWorkKinds[repair(r).workKind] },
    { header: '紧急程度', value: (r) => repairUrgencies[repair(r).urgency] },
    { header: '状态', value: (r) => repairStatuses[repair(r).status] },
    { header: '维修部门', value: (r) => repair(r).departmentName },
    { header: '维修人', value: (r) => repair(r).assigneeName },
    { header: '完成时间', width: 18, value: (r) => repair(r).completedAt },
    { header: '维修结果', width: 30, value: (r) => repair(r).result },
    { header: '收费', value: (r) => { const { chargeType, chargeFen } = repair(r); return chargeType ? `${repairChargeTypes[chargeType]}${chargeFen ? ` ${fenToYuan(chargeFen)} 元` : ''}` : null; } },
    { header: '回访满意度', value: (r) => { const visit = lastRevisit(r); return visit?.resultSatisfaction ? satisfactionLevels[visit.resultSatisfaction] : null; } },
  ],
  prints(archived) {
    const { id, number, dispatchedAt } = repair(archived);
    const prints: ArchivePrint[] = [{ path: `pdf/repairs/${number}.pdf`, render: (ctx) => renderRepairForm(ctx, id) }];
    if (dispatchedAt) prints.push({ path: `pdf/repairs/${number}-派工单.pdf`, render: (ctx) => renderRepairWorkOrder(ctx, id) });
    return prints;
  },
  headline: (archived) => ({ at: repair(archived).reportedAt, status: repairStatuses[repair(archived).status], summary: repair(archived).content.slice(0, 60) }),
};
