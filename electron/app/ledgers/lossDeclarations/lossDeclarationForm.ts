import type { z } from 'zod';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AppContext } from '../../context';
import type { Actor } from '../../auth/session';
import { appendHistory } from '../../history/historyRepository';
import type { Office } from '../../../../shared/domain/office/officeRecords';
import type { LossDeclarationRecord } from '../../../../shared/domain/lossDeclarations/lossDeclarationRecords';
import { lostDocumentTypes, paymentPurposes } from '../../../../shared/domain/lossDeclarations/lossDeclaration';
import type { lossPrintInput } from '../../../../shared/domain/lossDeclarations/lossDeclarationSchemas';
import { amountInCapitals, formatYuan } from '../../../../shared/domain/money';
import { maskIdNumber, maskPhone } from '../../../../shared/domain/masking';
import type { PrintedForm } from '../../../../shared/domain/records';
import { DomainError } from '../../../../shared/contract/errors';
import { formatDate, formDocument, signatureLine } from '../../forms/formParts';
import { printForm, renderFormCached } from '../../forms/printService';
import type { TextGuard } from '../../forms/textGuard';
import { addDays } from '../../../../shared/domain/officeDate';
import { findLossDeclarationRow, toLossDeclarationRecord, type LossDeclarationRow } from './lossDeclarationRepository';

export const lossDeclarationFormTitle = '收据、发票遗失声明';
export const lossDeclarationCopies = ['营销部留存联', '财务部留存联'] as const;

/** What goes on paper for the people named: the ID numbers and phone as the office chose for this print. */
export interface PrintedIdentity {
  idNumber: string;
  agentIdNumber: string | null;
  phone: string;
}

const label = (text: string): TableCell => ({ text, style: 'label', fillColor: '#f2f2f2' });
const tableLayout = { hLineWidth: () => 0.8, vLineWidth: () => 0.8, paddingTop: () => 4, paddingBottom: () => 4 };

function purposeText(record: LossDeclarationRecord): string {
  return record.purpose === 'other' ? (record.purposeOther ?? paymentPurposes.other) : paymentPurposes[record.purpose];
}

/** The declaration the customer signs: what was lost, that it is void, and who answers for it. */
function declarationText(record: LossDeclarationRecord, who: PrintedIdentity): string {
  const documentName = lostDocumentTypes[record.documentType];
  const agent = record.byAgent ? `本人委托代理人 ${record.agentName}(身份证号:${who.agentIdNumber})代为办理。` : '';
  return (
    `本人 ${record.customerName}(身份证号:${who.idNumber})不慎遗失贵公司开具的${documentName}一张,` +
    `${documentName}号码 ${record.documentNumber},金额人民币${amountInCapitals(record.amountFen)}(${formatYuan(record.amountFen)}),` +
    `开具日期 ${formatDate(record.issueDate)},款项用途:${purposeText(record)}。现声明该${documentName}作废,申请挂失,` +
    `挂失期十五天(${formatDate(record.declaredAt)}至${formatDate(record.periodEndsOn)})。${agent}` +
    `挂失期满后按公司规定办理相关手续;如有他人持该${documentName}办理业务,由此产生的一切经济和法律责任由本人承担。`
  );
}

function fieldTable(record: LossDeclarationRecord, who: PrintedIdentity, t: TextGuard['text']): Content {
  const body: TableCell[][] = [
    [label('客户姓名'), t(record.customerName), label('身份证号'), who.idNumber],
    [label('联系电话'), who.phone, label('房号'), t(record.roomLabel)],
    [label('遗失票据'), lostDocumentTypes[record.documentType], label('票据号码'), t(record.documentNumber)],
    [label('金额(小写)'), formatYuan(record.amountFen), label('开具日期'), formatDate(record.issueDate)],
    [label('金额(大写)'), { text: amountInCapitals(record.amountFen), colSpan: 3 }, {}, {}],
    [label('款项用途'), t(purposeText(record)), label('置业顾问'), t(record.consultantName)],
    [label('代理人'), record.byAgent ? t(record.agentName) : '无', label('代理人身份证号'), who.agentIdNumber ?? ''],
  ];
  return { table: { widths: [70, '*', 80, '*'], body }, layout: tableLayout };
}

const pasteArea = (text: string, height: number): Content => ({
  table: { widths: ['*'], heights: [height], body: [[{ text, color: '#666666', alignment: 'center', margin: [0, height / 2 - 8, 0, 0] }]] },
  layout: { hLineStyle: () => ({ dash: { length: 3 } }), vLineStyle: () => ({ dash: { length: 3 } }) },
  margin: [0, 6, 0, 0],
});

function signatures(record: LossDeclarationRecord): Content[] {
  return [
    { text: '', margin: [0, 8, 0, 0] },
    signatureLine('客户(或代理人)签字'),
    signatureLine('置业顾问签字', null),
    signatureLine('销售经理签字'),
    signatureLine('会计签字', null, record.stubFoundAt),
  ];
}

/** One sheet: heading with the copy's name, fields, declaration, paste areas, signatures. */
function sheet(title: string, office: Office, record: LossDeclarationRecord, who: PrintedIdentity, guard: TextGuard, printedAt: string, copy: string, extra: Content[]): Content[] {
  const document = formDocument({ title, office, number: record.number, revision: 0, printedAt }, [
    { text: copy, alignment: 'right', bold: true, fontSize: 12, margin: [0, 0, 0, 4] },
    fieldTable(record, who, guard.text),
    { text: '声明', style: 'label', fontSize: 12, margin: [0, 8, 0, 2] },
    { text: guard.text(declarationText(record, who)), lineHeight: 1.5 },
    ...extra,
    { columns: [pasteArea(record.byAgent ? '客户及代理人身份证复印件粘贴处' : '客户身份证复印件粘贴处', 90), pasteArea('记账联复印件粘贴处(会计查找后粘贴)', 90)], columnGap: 10 },
    ...signatures(record),
  ]);
  return document.content as Content[];
}

/** 一式贰份: the 营销部 and 财务部 copies, each on its own A4 page and complete in itself. */
export function lossDeclarationFormDefinition(office: Office, record: LossDeclarationRecord, who: PrintedIdentity, guard: TextGuard, printedAt: string): TDocumentDefinitions {
  const base = formDocument({ title: lossDeclarationFormTitle, office, number: record.number, revision: 0, printedAt }, []);
  const pages = lossDeclarationCopies.map((copy, index) => ({
    stack: sheet(lossDeclarationFormTitle, office, record, who, guard, printedAt, `一式贰份 · ${copy}`, []),
    ...(index > 0 ? { pageBreak: 'before' as const } : {}),
  }));
  return { ...base, content: pages };
}

/**
 * The copy handed to the customer after the period: b) a lost receipt, kept until 交房 or the exchange for an
 * invoice; c) a lost invoice, with the stub's copy, under the finance seal, kept until the property certificate.
 */
export function lossOutcomeCopyDefinition(office: Office, record: LossDeclarationRecord, who: PrintedIdentity, guard: TextGuard, printedAt: string): TDocumentDefinitions {
  const invoice = record.outcome === 'invoiceCopy';
  const wording = invoice
    ? '挂失期满,发票遗失,不属于退房款、退诚意金等退款的客户。本声明复印件及发票记账联复印件加盖公司财务章后交客户留存,留存至办理房产证时使用。'
    : '挂失期满,收据遗失,不属于退房款、退诚意金、退代收费用等退款的客户。本声明复印件交客户留存,留存至交房或换取发票时使用。';
  const extra: Content[] = [
    {
      table: { widths: ['*'], body: [[{ stack: [{ text: invoice ? 'c) 发票遗失,不退款' : 'b) 收据遗失,不退款', bold: true }, wording, `挂失期至 ${formatDate(record.periodEndsOn)},于 ${formatDate(addDays(record.periodEndsOn, 1)) } 起办理。`] }]] },
      margin: [0, 8, 0, 0],
    },
    ...(invoice
      ? [{ columns: [{ text: '附:发票记账联复印件一份' }, { text: '(加盖公司财务章)财务章:', alignment: 'right' as const }], margin: [0, 8, 0, 0] } as Content]
      : []),
  ];
  const title = `${lossDeclarationFormTitle}(复印件)`;
  const base = formDocument({ title, office, number: record.number, revision: 0, printedAt }, []);
  const content = sheet(title, office, record, who, guard, printedAt, invoice ? '客户留存 · 办理房产证时使用' : '客户留存 · 交房或换取发票时使用', extra);
  return { ...base, content };
}

/** The two papers of a declaration, each with its slot in the form cache. */
const papers = {
  declaration: { form: 'lossDeclaration', layout: lossDeclarationFormDefinition },
  outcome: { form: 'lossOutcome', layout: lossOutcomeCopyDefinition },
} as const;

/** The ID numbers and phone as a paper shows them: masked unless this print asks for them in full. */
function printedIdentity(row: LossDeclarationRow, full: boolean): PrintedIdentity {
  const show = (value: string) => (full ? value : maskIdNumber(value));
  return {
    idNumber: show(row.id_number),
    agentIdNumber: row.agent_id_number ? show(row.agent_id_number) : null,
    phone: full ? row.phone : maskPhone(row.phone),
  };
}

async function declarationRow(ctx: AppContext, id: number): Promise<LossDeclarationRow> {
  const row = await findLossDeclarationRow(ctx.db, id);
  if (!row) throw new DomainError('not_found', '该遗失声明不存在');
  return row;
}

/**
 * The declaration (or the outcome copy b/c) as bytes, through the form cache (archives), with ID numbers and phone
 * masked: the PDF travels in every archive, full or not, and the NDJSON already keeps the full values for head office.
 */
export async function renderLossDeclaration(ctx: AppContext, id: number, copy: 'declaration' | 'outcome'): Promise<Buffer> {
  const row = await declarationRow(ctx, id);
  const record = await toLossDeclarationRecord(ctx.db, row);
  const who = printedIdentity(row, false);
  const { form, layout } = papers[copy];
  return renderFormCached(ctx, { form, id }, (office, guard, printedAt) => layout(office, record, who, guard, printedAt));
}

/**
 * Print the declaration (一式贰份) or the outcome copy b)/c). Whether the paper shows the full ID numbers is
 * chosen for each print and written into the record's history with who printed it.
 */
export async function printLossDeclaration(ctx: AppContext, actor: Actor, input: z.output<typeof lossPrintInput>): Promise<PrintedForm> {
  const row = await declarationRow(ctx, input.id);
  if (row.status === 'voided') throw new DomainError('conflict', `遗失声明 ${row.number} 已作废,不能打印`);
  const outcomeCopy = input.copy === 'outcome';
  if (outcomeCopy && row.outcome !== 'receiptCopy' && row.outcome !== 'invoiceCopy') {
    throw new DomainError('rule', '只有办结为 b) 收据遗失或 c) 发票遗失(不退款)的声明才打印交客户留存的复印件');
  }
  const record = await toLossDeclarationRecord(ctx.db, row);
  const who = printedIdentity(row, input.fullIdNumber);
  const { form, layout } = papers[input.copy];
  const kind = outcomeCopy ? '复印件' : '一式贰份';
  const printed = await printForm(ctx, `${row.number}-${lossDeclarationFormTitle.replace('、', '')}-${kind}.pdf`, (office, guard, printedAt) =>
    layout(office, record, who, guard, printedAt),
    // Only the masked paper is what archives carry; one showing full ID numbers is not kept, in the cache or prints/.
    input.fullIdNumber ? undefined : { form, id: row.id },
    !input.fullIdNumber,
  );
  await appendHistory(ctx.db, {
    entity: 'lossDeclaration',
    entityId: row.id,
    at: ctx.clock.now(),
    staffId: actor.staffId,
    action: '打印',
    summary: `打印${lossDeclarationFormTitle}(${kind}),身份证号${input.fullIdNumber ? '完整显示' : '隐去中间位'}`,
  });
  return printed;
}
