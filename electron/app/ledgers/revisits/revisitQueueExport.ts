import type { z } from 'zod';
import type { ExportColumn, ListExport } from '../../exports/listExport';
import { revisitQueue } from './revisitQueue';
import { revisitPurposes, revisitSubjectKinds, revisitTimings } from '../../../../shared/domain/revisits/revisit';
import type { RevisitQueueItem } from '../../../../shared/domain/revisits/revisitRecords';
import { staffRoles } from '../../../../shared/domain/office/office';
import { maskPhone } from '../../../../shared/domain/masking';
import { maskName } from '../../../../shared/domain/statistics/statistics';
import type { revisitQueueExportInput } from '../../../../shared/domain/revisits/revisitSchemas';
import { time } from '../../exports/lists/cells';

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
export const revisitQueueListExport: ListExport<z.output<typeof revisitQueueExportInput>, RevisitQueueItem> = {
  sheetName: '回访队列',
  columns: revisitQueueExportColumns,
  describe: (query) => (query.timing ? revisitTimings[query.timing] : ''),
  pages: (ctx, actor, query) => {
    const items = revisitQueue(ctx, actor).then((queue) => queue.items.filter((item) => !query.timing || item.timing === query.timing));
    return async (page, pageSize) => (await items).slice((page - 1) * pageSize, page * pageSize);
  },
};
