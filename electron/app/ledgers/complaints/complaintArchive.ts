import type { AppContext } from '../../context';
import { loadComplaint } from './complaintRecord';
import { complaintRevisits } from './complaintPartsRepository';
import { complaintExtensions } from './deadlineExtensionRepository';
import { complaintCapaReports } from './capaReportRepository';
import { complaintWorkOrderIds, findWorkOrder } from './workOrderRepository';
import { renderComplaintForm } from './complaintForm';
import { renderWorkOrder } from './workOrderForm';
import { renderCapaReport } from './capaReportForm';
import { complaintCategories, complaintChannels, complaintSeverities, complaintStatuses } from '../../../../shared/domain/complaints/complaint';
import { satisfactionLevels } from '../../../../shared/domain/complaints/complaintLifecycle';
import type { ComplaintRecord } from '../../../../shared/domain/complaints/complaintRecords';
import type { Revisit } from '../../../../shared/domain/complaints/complaintParts';
import type { WorkOrder } from '../../../../shared/domain/workOrders/workOrder';
import { archivedAttachments, archivedHistory } from '../../archive/archivedHistory';
import type { ArchiveLedger, ArchivedRecord, ArchivePrint } from '../../archive/archiveLedger';

async function loadArchivedComplaint(ctx: AppContext, id: number): Promise<ArchivedRecord> {
  const { db } = ctx;
  const { record } = await loadComplaint(db, id);
  const orderIds = await complaintWorkOrderIds(db, id);
  const workOrders = (await Promise.all(orderIds.map((orderId) => findWorkOrder(db, orderId)))).filter((order) => order !== undefined);
  const capaReports = await complaintCapaReports(db, id);
  return {
    ledger: 'complaints',
    key: record.number,
    revision: record.revision,
    record: record as unknown as Record<string, unknown>,
    parts: {
      workOrders,
      revisits: await complaintRevisits(db, id),
      extensions: await complaintExtensions(db, id),
      capaReports,
    },
    history: await archivedHistory(db, [
      { entity: 'complaint', ids: [id] },
      { entity: 'workOrder', ids: orderIds },
      { entity: 'capaReport', ids: capaReports.map((report) => report.id) },
    ]),
    attachments: await archivedAttachments(db, 'complaint', id),
  };
}

const complaint = (archived: ArchivedRecord) => archived.record as unknown as ComplaintRecord;
const lastRevisit = (archived: ArchivedRecord) => (archived.parts.revisits as Revisit[] | undefined)?.at(-1);

/** 业主投诉: the complaint with its work orders, revisits, extensions, CAPA reports and signed scans. */
export const complaintArchiveLedger: ArchiveLedger = {
  name: 'complaints',
  label: '投诉',
  tables: ['complaints', 'work_orders', 'revisits', 'deadline_extensions', 'capa_reports', 'record_attachments'],
  period: { table: 'complaints', column: 'received_at' },
  load: loadArchivedComplaint,
  columns: [
    { header: '编号', width: 16, value: (r) => complaint(r).number },
    { header: '投诉时间', width: 18, value: (r) => complaint(r).receivedAt },
    { header: '投诉方式', value: (r) => complaintChannels[complaint(r).channel] },
    { header: '投诉人', value: (r) => (complaint(r).anonymous ? '匿名' : complaint(r).complainantName) },
    { header: '房号', value: (r) => complaint(r).roomLabel },
    { header: '联系电话', width: 15, personal: 'phone', value: (r) => complaint(r).phone },
    { header: '投诉内容', width: 40, value: (r) => complaint(r).content },
    { header: '业主要求', width: 24, value: (r) => complaint(r).demand },
    { header: '类别', value: (r) => complaintCategories[complaint(r).category] },
    { header: '严重程度', value: (r) => complaintSeverities[complaint(r).severity] },
    { header: '状态', value: (r) => complaintStatuses[complaint(r).status] },
    { header: '处理时限', width: 18, value: (r) => complaint(r).dueAt },
    { header: '处理结果', width: 30, value: (r) => complaint(r).handlingResult },
    { header: '回访满意度', value: (r) => { const visit = lastRevisit(r); return visit ? satisfactionLevels[visit.satisfaction] : null; } },
    { header: '派工单', width: 18, value: (r) => (r.parts.workOrders as WorkOrder[]).map((order) => order.number).join('、') },
    { header: '版本', value: (r) => r.revision },
  ],
  // The renders hold ids only: an export keeps the period's prints listed while the records themselves go.
  prints(archived) {
    const { id, number, revision } = complaint(archived);
    const prints: ArchivePrint[] = [{ path: `pdf/complaints/${number}-R${revision}.pdf`, render: (ctx) => renderComplaintForm(ctx, id) }];
    for (const { id: orderId, number: orderNumber } of archived.parts.workOrders as WorkOrder[]) {
      prints.push({ path: `pdf/workOrders/${orderNumber}.pdf`, render: (ctx) => renderWorkOrder(ctx, orderId) });
    }
    for (const { id: reportId, number: reportNumber } of archived.parts.capaReports as { id: number; number: string }[]) {
      prints.push({ path: `pdf/capaReports/${reportNumber}.pdf`, render: (ctx) => renderCapaReport(ctx, reportId) });
    }
    return prints;
  },
  headline: (archived) => ({ at: complaint(archived).receivedAt, status: complaintStatuses[complaint(archived).status], summary: complaint(archived).content.slice(0, 60) }),
};
