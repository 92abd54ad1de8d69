import type { z } from 'zod';
import type { ExportColumn, ListExport } from '../../exports/listExport';
import { label, time } from '../../exports/lists/cells';
import { complaintExportPage } from './complaintListRepository';
import { complaintCategories, complaintChannels, complaintSeverities, complaintStatuses, complaintValidities } from '../../../../shared/domain/complaints/complaint';
import { maskPhone } from '../../../../shared/domain/masking';
import { maskName } from '../../../../shared/domain/statistics/statistics';
import type { complaintExportInput } from '../../../../shared/domain/complaints/complaintSchemas';

type Query = z.output<typeof complaintExportInput>;

type Row = Awaited<ReturnType<typeof complaintExportPage>>[number];

/** The columns of 投诉台账 in Excel; 投诉人 and 联系电话 are masked unless the export is a full one. */
export const complaintExportColumns: ExportColumn<Row>[] = [
  { header: '编号', width: 16, value: (row) => row.number },
  { header: '投诉时间', width: 17, value: (row) => time(row.received_at) },
  { header: '投诉人', width: 10, value: (row, { full }) => (row.anonymous ? '匿名' : full ? row.complainant_name : maskName(row.complainant_name)) },
  { header: '房号', width: 10, value: (row) => row.room_label },
  { header: '联系电话', width: 14, value: (row, { full }) => (row.anonymous ? '' : full ? row.phone : maskPhone(row.phone)) },
  { header: '投诉方式', value: (row) => label(complaintChannels, row.channel) },
  { header: '投诉分类', value: (row) => label(complaintCategories, row.category) },
  { header: '严重程度', width: 9, value: (row) => label(complaintSeverities, row.severity) + (row.urgent ? '(紧急)' : '') },
  { header: '被投诉部门', value: (row) => row.target_name },
  { header: '投诉内容', width: 40, value: (row) => row.content },
  { header: '投诉要求', width: 24, value: (row) => row.demand },
  { header: '有效性', width: 10, value: (row) => label(complaintValidities, row.validity) },
  { header: '处理状态', width: 10, value: (row) => label(complaintStatuses, row.status) },
  { header: '处理期限', width: 17, value: (row) => time(row.due_at) },
  { header: '销项时间', width: 17, value: (row) => time(row.resolved_at) },
  { header: '处理轮次', width: 9, value: (row) => row.round + 1 },
  { header: '延期次数', width: 9, value: (row) => row.extension_count },
  { header: '受理人', width: 10, value: (row) => row.receiver_name },
];

function describe(query: Query): string {
  const parts: string[] = [];
  if (query.from || query.to) parts.push(`投诉日期 ${query.from ?? ''}~${query.to ?? ''}`);
  if (query.category) parts.push(complaintCategories[query.category]);
  if (query.severity) parts.push(complaintSeverities[query.severity]);
  if (query.status) parts.push(complaintStatuses[query.status]);
  if (query.room) parts.push(`房号 ${query.room}`);
  if (query.q) parts.push(`搜索“${query.q}”`);
  if (query.handling || query.timeliness || (query.departmentId ?? null) !== null) parts.push('统计口径');
  return parts.join(',');
}

export const complaintListExport: ListExport<Query, Row> = {
  sheetName: '投诉台账',
  columns: complaintExportColumns,
  describe,
  pages: (ctx, _actor, query) => {
    const now = ctx.clock.now();
    return (page, pageSize) => complaintExportPage(ctx.db, query, now, page, pageSize);
  },
};
