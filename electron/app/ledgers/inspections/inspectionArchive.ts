import type { AppContext } from '../../context';
import { loadInspection } from './inspectionService';
import { inspectionOutcomes, type InspectionRecord } from '../../../../shared/domain/inspections/inspection';
import { archivedAttachments, archivedHistory } from '../../archive/archivedHistory';
import type { ArchiveLedger, ArchivedRecord } from '../../archive/archiveLedger';
import { renderInspectionForm } from './inspectionForm';

async function loadArchivedInspection(ctx: AppContext, id: number): Promise<ArchivedRecord> {
  const record = await loadInspection(ctx.db, id);
  return {
    ledger: 'inspections',
    key: record.number,
    revision: record.revision,
    record: record as unknown as Record<string, unknown>,
    parts: {},
    history: await archivedHistory(ctx.db, [{ entity: 'inspection', ids: [id] }]),
    attachments: await archivedAttachments(ctx.db, 'inspection', id),
  };
}

const inspection = (archived: ArchivedRecord) => archived.record as unknown as InspectionRecord;

/** 投诉巡查: each inspection of a complaint's place, printed as the 巡查记录表 at its current revision. */
export const inspectionArchiveLedger: ArchiveLedger = {
  name: 'inspections',
  label: '巡查',
  tables: ['inspections'],
  period: { table: 'inspections', column: 'inspected_at' },
  load: loadArchivedInspection,
  columns: [
    { header: '编号', width: 16, value: (r) => inspection(r).number },
    { header: '巡查时间', width: 18, value: (r) => inspection(r).inspectedAt },
    { header: '投诉编号', width: 16, value: (r) => inspection(r).complaintNumber },
    { header: '客户', value: (r) => inspection(r).customerName },
    { header: '房号', value: (r) => inspection(r).roomLabel },
    { header: '巡查地点', width: 20, value: (r) => inspection(r).place },
    { header: '巡查人', value: (r) => inspection(r).inspectorName },
    { header: '巡查情况', width: 40, value: (r) => inspection(r).findings },
    { header: '跟进措施', width: 30, value: (r) => inspection(r).followUp },
    { header: '结果', value: (r) => inspectionOutcomes[inspection(r).outcome] },
    { header: '版本', value: (r) => r.revision },
  ],
  prints: (archived) => {
    const { id, number, revision } = inspection(archived);
    return [{ path: `pdf/inspections/${number}-R${revision}.pdf`, render: (ctx) => renderInspectionForm(ctx, id) }];
  },
  headline: (archived) => ({ at: inspection(archived).inspectedAt, status: inspectionOutcomes[inspection(archived).outcome], summary: inspection(archived).findings.slice(0, 60) }),
};
