import type { z } from 'zod';
import type { ExportColumn, ListExport } from '../../exports/listExport';
import { findRepairExportPage, type RepairExportRow as Row } from './repairRepository';
import { repairCategories, repairChargeTypes, repairStatuses, repairUrgencies, repairWorkKinds } from '../../../../shared/domain/repairs/repair';
import { maskPhone } from '../../../../shared/domain/masking';
import { maskName } from '../../../../shared/domain/statistics/statistics';
import type { repairExportInput } from '../../../../shared/domain/repairs/repairSchemas';
import { label, time } from '../../exports/lists/cells';

type Query = z.output<typeof repairExportInput>;

/** 客户报修处理登记表 as a list; 报修人 and 联系电话 masked unless the export is a full one. */
export const repairExportColumns: ExportColumn<Row>[] = [
  { header: '编号', width: 16, value: (row) => row.number },
  { header: '报修时间', width: 17, value: (row) => time(row.reported_at) },
  { header: '房号', width: 10, value: (row) => row.room_label },
  { header: '报修人', width: 10, value: (row, { full }) => (full ? row.reporter_name : maskName(row.reporter_name)) },
  { header: '联系电话', width: 14, value: (row, { full }) => (full ? (row.phone ?? '') : maskPhone(row.phone)) },
  { header: '报修位置', width: 14, value: (row) => row.location },
  { header: '报修内容', width: 40, value: (row) => row.content },
  { header: '报修类别', value: (row) => label(repairCategories, row.category) },
  { header: '类型', width: 10, value: (row) => label(repairWorkKinds, row.work_kind) },
  { header: '紧急程度', width: 9, value: (row) => label(repairUrgencies, row.urgency) },
  { header: '维修部门', value: (row) => row.department_name },
  { header: '接单人', width: 10, value: (row) => row.assignee_name },
  { header: '派工时间', width: 17, value: (row) => time(row.dispatched_at) },
  { header: '接单时间', width: 17, value: (row) => time(row.collected_at) },
  { header: '到场时间', width: 17, value: (row) => time(row.arrived_at) },
  { header: '完成时间', width: 17, value: (row) => time(row.completed_at) },
  { header: '处理结果', width: 30, value: (row) => row.result },
  { header: '收费', width: 12, value: (row) => label(repairChargeTypes, row.charge_type) },
  { header: '金额(元)', width: 10, value: (row) => (row.charge_fen === null ? '' : row.charge_fen / 100) },
  { header: '处理状态', width: 10, value: (row) => label(repairStatuses, row.status) },
  { header: '受理人', width: 10, value: (row) => row.receiver_name },
];

function describe(query: Query): string {
  const parts: string[] = [];
  if (query.from || query.to) parts.push(`报修日期 ${query.from ?? ''}~${query.to ?? ''}`);
  if (query.status) parts.push(repairStatuses[query.status]);
  if (query.category) parts.push(repairCategories[query.category]);
  if (query.room) parts.push(`房号 ${query.room}`);
  if (query.q) parts.push(`搜索“${query.q}”`);
  if (query.excludeVoided || query.arrived || query.completed || (query.departmentId ?? null) !== null) parts.push('统计口径');
  return parts.join(',');
}

export const repairListExport: ListExport<Query, Row> = {
  sheetName: '报修台账',
  columns: repairExportColumns,
  describe,
  pages: (ctx, _actor, query) => (page, pageSize) => findRepairExportPage(ctx.db, query, page, pageSize),
};
