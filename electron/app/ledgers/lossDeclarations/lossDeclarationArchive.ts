import type { AppContext } from '../../context';
import { findLossDeclarationRow, toLossDeclarationRecord } from './lossDeclarationRepository';
import { DomainError } from '../../../../shared/contract/errors';
import { lossDeclarationStatuses, lossOutcomes, lostDocumentTypes, paymentPurposes } from '../../../../shared/domain/lossDeclarations/lossDeclaration';
import type { LossDeclarationRecord } from '../../../../shared/domain/lossDeclarations/lossDeclarationRecords';
import type { LossAttachmentKind } from '../../../../shared/domain/lossDeclarations/lossDeclaration';
import { maskIdNumber } from '../../../../shared/domain/masking';
import { fenToYuan } from '../../../../shared/domain/money';
import { archivedAttachments, archivedHistory } from '../../archive/archivedHistory';
import type { ArchiveLedger, ArchivedRecord, ArchivePrint } from '../../archive/archiveLedger';
import { renderLossDeclaration } from './lossDeclarationForm';

/** The record as the app shows it, plus the ID numbers: in full only in a full-data archive. */
type ArchivedLossDeclaration = LossDeclarationRecord & { idNumber: string; agentIdNumber: string | null };

/** ID-card scans travel only in a full-data archive; the stub and other files always do. */
const idCardKinds: readonly string[] = ['idCard', 'agentIdCard'] satisfies LossAttachmentKind[];

async function loadArchivedLossDeclaration(ctx: AppContext, id: number, options = { fullData: false }): Promise<ArchivedRecord> {
  const row = await findLossDeclarationRow(ctx.db, id);
  if (!row) throw new DomainError('not_found', '该遗失声明不存在');
  const full = options.fullData;
  const shown = await toLossDeclarationRecord(ctx.db, row);
  const record: ArchivedLossDeclaration = {
    ...shown,
    idNumber: full ? row.id_number : maskIdNumber(row.id_number),
    agentIdNumber: row.agent_id_number && !full ? maskIdNumber(row.agent_id_number) : row.agent_id_number,
  };
  const files = await archivedAttachments(ctx.db, 'lossDeclaration', id);
  return {
    ledger: 'lossDeclarations',
    key: record.number,
    revision: 0,
    record: record as unknown as Record<string, unknown>,
    parts: {},
    history: await archivedHistory(ctx.db, [{ entity: 'lossDeclaration', ids: [id] }]),
    // ID card scans and the stub found (存根).
    attachments: full ? files : files.filter((file) => !idCardKinds.includes(file.kind)),
  };
}

const declaration = (archived: ArchivedRecord) => archived.record as unknown as ArchivedLossDeclaration;

/** 收据、发票遗失声明: ID numbers and phones masked in the workbook and the PDFs unless full data is asked for. */
export const lossDeclarationArchiveLedger: ArchiveLedger = {
  name: 'lossDeclarations',
  label: '遗失声明',
  tables: ['loss_declarations', 'record_attachments'],
  period: { table: 'loss_declarations', column: 'declared_at' },
  load: loadArchivedLossDeclaration,
  columns: [
    { header: '编号', width: 16, value: (r) => declaration(r).number },
    { header: '声明时间', width: 18, value: (r) => declaration(r).declaredAt },
    { header: '客户姓名', value: (r) => declaration(r).customerName },
    { header: '身份证号', width: 20, personal: 'idNumber', value: (r) => declaration(r).idNumber },
    { header: '联系电话', width: 15, personal: 'phone', value: (r) => declaration(r).phone },
    { header: '房号', value: (r) => declaration(r).roomLabel },
    { header: '遗失单据', value: (r) => lostDocumentTypes[declaration(r).documentType] },
    { header: '单据编号', width: 16, value: (r) => declaration(r).documentNumber },
    { header: '金额(元)', value: (r) => fenToYuan(declaration(r).amountFen) },
    { header: '开具日期', value: (r) => declaration(r).issueDate },
    { header: '款项用途', value: (r) => declaration(r).purposeOther ?? paymentPurposes[declaration(r).purpose] },
    { header: '代理人', value: (r) => declaration(r).agentName },
    { header: '代理人身份证号', width: 20, personal: 'idNumber', value: (r) => declaration(r).agentIdNumber },
    { header: '声明期满', value: (r) => declaration(r).periodEndsOn },
    { header: '存根', value: (r) => (declaration(r).stubFoundAt ? '已找到' : null) },
    { header: '状态', value: (r) => lossDeclarationStatuses[declaration(r).status] },
    { header: '办结结果', width: 20, value: (r) => { const outcome = declaration(r).outcome; return outcome ? lossOutcomes[outcome] : null; } },
    { header: '作废原因', width: 20, value: (r) => declaration(r).voidReason },
  ],
  prints(archived) {
    const { id, number, outcome } = declaration(archived);
    const prints: ArchivePrint[] = [{ path: `pdf/lossDeclarations/${number}.pdf`, render: (ctx) => renderLossDeclaration(ctx, id, 'declaration') }];
    if (outcome === 'receiptCopy' || outcome === 'invoiceCopy') {
      prints.push({ path: `pdf/lossDeclarations/${number}-复印件.pdf`, render: (ctx) => renderLossDeclaration(ctx, id, 'outcome') });
    }
    return prints;
  },
  headline: (archived) => ({
    at: declaration(archived).declaredAt,
    status: lossDeclarationStatuses[declaration(archived).status],
    summary: `${lostDocumentTypes[declaration(archived).documentType]} ${declaration(archived).documentNumber} ${fenToYuan(declaration(archived).amountFen)} 元`,
  }),
};
