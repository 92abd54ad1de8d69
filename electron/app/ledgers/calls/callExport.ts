import type { z } from 'zod';
import type { ExportColumn, ListExport } from '../../exports/listExport';
import { listCalls } from './callService';
import { callOutcomes, type CallRecord } from '../../../../shared/domain/calls/call';
import { maskName } from '../../../../shared/domain/statistics/statistics';
import type { callExportInput } from '../../../../shared/domain/calls/call';
import { time } from '../../exports/lists/cells';

/** 客户来电记录表 as a list; 来电人 and 联系电话 masked unless the export is a full one. */
export const callExportColumns: ExportColumn<CallRecord>[] = [
  { header: '编号', width: 16, value: (call) => call.number },
  { header: '来电时间', width: 17, value: (call) => time(call.calledAt) },
  { header: '房号', width: 10, value: (call) => call.roomLabel },
  { header: '来电人', width: 10, value: (call, { full }) => (full ? call.callerName : call.callerName && maskName(call.callerName)) },
  { header: '联系电话', width: 14, value: (call, { full }) => (full ? call.phone : call.phoneMasked) },
  { header: '来电事项', width: 40, value: (call) => call.matter },
  { header: '处理结果', width: 12, value: (call) => callOutcomes[call.outcome] },
  { header: '答复内容', width: 30, value: (call) => call.answer },
  { header: '答复时间', width: 17, value: (call) => time(call.answeredAt) },
  { header: '转报修/投诉编号', width: 16, value: (call) => call.repairNumber ?? call.complaintNumber },
  { header: '记录人', width: 10, value: (call) => call.recorderName },
];

type Query = z.output<typeof callExportInput>;

function describe(query: Query): string {
  return [query.date && `来电日期 ${query.date}`, query.outcome && callOutcomes[query.outcome], query.q && `搜索“${query.q}”`].filter(Boolean).join(',');
}

export const callListExport: ListExport<Query, CallRecord> = {
  sheetName: '来电记录',
  title: '客户来电记录',
  columns: callExportColumns,
  describe,
  pages: (ctx, _actor, query) => async (page, pageSize) => (await listCalls(ctx, { ...query, page, pageSize })).items,
};
