import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Actor } from '../../auth/session';
import { exportListWorkbook, type ExportColumn } from '../listExport';
import { deliverFile } from '../deliverFile';
import { checkFullData, exportCaption, fileStamp } from '../exportCaption';
import { revisitQueue } from '../../ledgers/revisits/revisitQueue';
import { revisitPurposes, revisitSubjectKinds, revisitTimings } from '../../../../shared/domain/revisits/revisit';
import type { RevisitQueueItem } from '../../../../shared/domain/revisits/revisitRecords';
import { staffRoles } from '../../../../shared/domain/office/office';
import { maskPhone } from '../../../../shared/domain/masking';
import { maskName, type ExportedFile } from '../../../../shared/domain/statistics/statistics';
import type { revisitQueueExportInput } from '../../../../shared/domain/revisits/revisitSchemas';
import { time } from './cells';

export const revisitQueueExportColumns: ExportColumn<RevisitQueueItem>[] = [
  { header: '状态', width: 10, value: (item) => revisitTimings[item.timing] },
  { header: '回访对象', width: 8, value: (item) => revisitSubjectKinds[item.subjectKind] },
  { header: '编号', width: 16, value: (item) => item.subjectNumber },
  { header: '房号', width: 10, value: (item) => item.roomLabel },
  { header: '业主/联系人', width: 10, value: (item, { full }) => (full ? item.ownerName : item.ownerName && maskName(item.ownerName)) },
  { header: '联系电话', width: 14, value: (item, { full }) => (full ? item.phone : maskPhone(item.phone)) },
  { header: '事项', width: 40, value: (item) => item.summary },
  { header: '回访目的', width: 14, value: (item) => revisitPurposes[item.purpose] },
  { header: '可回访起', width: 17, value: (item) => time(item.windowFrom) },
  { header: '回访期限', width: 17, value: (item) => time(item.dueAt) },
  { header: '回访人级别', width: 10, value: (item) => staffRoles[item.requiredRole] },
  { header: '建议回访人', width: 10, value: (item) => item.proposedRevisitorName },
  { header: '未联系上次数', width: 12, value: (item) => item.attempts },
];

/** The queue is computed whole (it is short: only what awaits a revisit), then paged for the exporter. */
export async function exportRevisitQueue(ctx: AppContext, actor: Actor, query: z.output<typeof revisitQueueExportInput>): Promise<ExportedFile> {
  checkFullData(actor, query.fullData);
  const now = ctx.clock.now();
  const items = (await revisitQueue(ctx, actor)).items.filter((item) => !query.timing || item.timing === query.timing);
  const content = await exportListWorkbook({
    sheetName: '回访队列',
    columns: revisitQueueExportColumns,
    page: async (page, pageSize) => items.slice((page - 1) * pageSize, page * pageSize),
    full: query.fullData,
    caption: exportCaption('回访队列', query.timing ? revisitTimings[query.timing] : '', actor, now, query.fullData),
  });
  return deliverFile(ctx, `回访队列-${fileStamp(now)}.xlsx`, content);
}
