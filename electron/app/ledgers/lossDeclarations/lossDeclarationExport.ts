import type { z } from 'zod';
import type { ExportColumn, ListExport } from '../../exports/listExport';
import { lossDeclarationExportPage } from './lossDeclarationListRepository';
import type { LossDeclarationRow } from './lossDeclarationRepository';
import { lossDeclarationStatuses, lossOutcomes, lostDocumentTypes, paymentPurposes, refundKinds } from '../../../../shared/domain/lossDeclarations/lossDeclaration';
import { maskIdNumber, maskPhone } from '../../../../shared/domain/masking';
import { maskName } from '../../../../shared/domain/statistics/statistics';
import type { lossDeclarationExportInput } from '../../../../shared/domain/lossDeclarations/lossDeclarationSchemas';
import { label, time } from '../../exports/lists/cells';

type Query = z.output<typeof lossDeclarationExportInput>;

/** 遗失声明 as a list; name, ID number and phone masked unless the export is a full one (supervisor and up). */
export const lossDeclarationExportColumns: ExportColumn<LossDeclarationRow>[] = [
  { header: '编号', width: 16, value: (row) => row.number },
  { header: '声明时间', width: 17, value: (row) => time(row.declared_at) },
  { header: '客户姓名', width: 10, value: (row, { full }) => (full ? row.customer_name : maskName(row.customer_name)) },
  { header: '身份证号', width: 20, value: (row, { full }) => (full ? row.id_number : maskIdNumber(row.id_number)) },
  { header: '联系电话', width: 14, value: (row, { full }) => (full ? row.phone : maskPhone(row.phone)) },
  { header: '房号', width: 10, value: (row) => row.room_label },
  { header: '遗失票据', width: 8, value: (row) => label(lostDocumentTypes, row.document_type) },
  { header: '票据号码', width: 16, value: (row) => row.document_number },
  { header: '金额(元)', width: 12, value: (row) => row.amount_fen / 100 },
  { header: '开具日期', width: 12, value: (row) => row.issue_date },
  { header: '款项用途', width: 12, value: (row) => (row.purpose === 'other' ? (row.purpose_other ?? '其他') : label(paymentPurposes, row.purpose)) },
  { header: '代理人', width: 10, value: (row, { full }) => (row.by_agent ? (full ? row.agent_name : row.agent_name && maskName(row.agent_name)) : '') },
  { header: '挂失期满', width: 12, value: (row) => row.period_ends_on },
  { header: '记账联', width: 10, value: (row) => (row.stub_found_at ? '已找到' : '') },
  { header: '处理结果', width: 18, value: (row) => label(lossOutcomes, row.outcome) + (row.refund_kind ? `(${label(refundKinds, row.refund_kind)})` : '') },
  { header: '办结时间', width: 17, value: (row) => time(row.outcome_at) },
  { header: '状态', width: 8, value: (row) => label(lossDeclarationStatuses, row.status) },
];

function describe(query: Query): string {
  const parts: string[] = [];
  if (query.from || query.to) parts.push(`声明日期 ${query.from ?? ''}~${query.to ?? ''}`);
  if (query.status) parts.push(lossDeclarationStatuses[query.status]);
  if (query.documentType) parts.push(lostDocumentTypes[query.documentType]);
  if (query.outcome) parts.push(lossOutcomes[query.outcome]);
  if (query.q) parts.push(`搜索“${query.q}”`);
  if (query.excludeVoided) parts.push('不含作废');
  return parts.join(',');
}

export const lossDeclarationListExport: ListExport<Query, LossDeclarationRow> = {
  sheetName: '遗失声明',
  title: '收据、发票遗失声明',
  columns: lossDeclarationExportColumns,
  describe,
  pages: (ctx, _actor, query) => (page, pageSize) => lossDeclarationExportPage(ctx.db, query, page, pageSize),
};
