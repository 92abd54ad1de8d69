import type { z } from 'zod';
import type { ExportColumn, ListExport } from '../../exports/listExport';
import { listInspections } from './inspectionService';
import { inspectionOutcomes, type InspectionListItem } from '../../../../shared/domain/inspections/inspection';
import { maskName } from '../../../../shared/domain/statistics/statistics';
import type { inspectionExportInput } from '../../../../shared/domain/inspections/inspection';
import { time } from '../../exports/lists/cells';

/** 客户投诉巡查记录表 as a list; the customer's name is masked unless the export is a full one (匿名 stays). */
export const inspectionExportColumns: ExportColumn<InspectionListItem>[] = [
  { header: '编号', width: 16, value: (row) => row.number },
  { header: '巡查时间', width: 17, value: (row) => time(row.inspectedAt) },
  { header: '投诉编号', width: 16, value: (row) => row.complaintNumber },
  { header: '客户姓名', width: 10, value: (row, { full }) => (full || row.customerName === '匿名' ? row.customerName : maskName(row.customerName)) },
  { header: '房号', width: 10, value: (row) => row.roomLabel },
  { header: '投诉内容', width: 30, value: (row) => row.complaintExcerpt },
  { header: '巡查地点', width: 14, value: (row) => row.place },
  { header: '巡查情况', width: 40, value: (row) => row.findings },
  { header: '跟进措施', width: 30, value: (row) => row.followUp },
  { header: '巡查结论', width: 14, value: (row) => inspectionOutcomes[row.outcome] },
  { header: '巡查人', width: 10, value: (row) => row.inspectorName },
];

type Query = z.output<typeof inspectionExportInput>;

function describe(query: Query): string {
  const parts: string[] = [];
  if (query.from || query.to) parts.push(`巡查日期 ${query.from ?? ''}~${query.to ?? ''}`);
  if (query.outcome) parts.push(inspectionOutcomes[query.outcome]);
  if (query.complaintId) parts.push('单个投诉');
  if (query.q) parts.push(`搜索“${query.q}”`);
  return parts.join(',');
}

export const inspectionListExport: ListExport<Query, InspectionListItem> = {
  sheetName: '投诉巡查记录',
  title: '客户投诉巡查记录',
  columns: inspectionExportColumns,
  describe,
  pages: (ctx, _actor, query) => async (page, pageSize) => (await listInspections(ctx, { ...query, page, pageSize })).items,
};
