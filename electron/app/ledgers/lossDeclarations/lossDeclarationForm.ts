import type { z } from 'zod';
import type { Column, Content, TableCell } from 'pdfmake/interfaces';
import type { PrintDefinition } from '../../forms/pageFrame';
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
import { findMissingGlyphs } from '../../../../shared/domain/glyphCoverage';
import { formatDate, formDocument, signatureLine } from '../../forms/formParts';
import { printForm, renderFormCached } from '../../forms/printService';
import { createTextGuard, type TextGuard } from '../../forms/textGuard';
import { addDays } from '../../../../shared/domain/officeDate';
import { findLossDeclarationRow, toLossDeclarationRecord, type LossDeclarationRow } from './lossDeclarationRepository';

export const lossDeclarationFormTitle = '收据、发票遗失声明';
export const lossDeclarationCopies = ['营销部留存联', '财务部留存联'] as const;

/** What goes on paper for the people named: the ID numbers and phone as the office chose for this print. */
export interface PrintedIdentity {
  /** Whether this paper shows the ID numbers in full: a different paper, with its own code and file. */
  full: boolean;
  idNumber: string;
  agentIdNumber: string | null;
  phone: string;
}

const label = (text: string): TableCell => ({ text, style: 'label', fillColor: '#f2f2f2' });

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
    [label('金额'), `${formatYuan(record.amountFen)}(大写:${amountInCapitals(record.amountFen)})`, label('开具日期'), formatDate(record.issueDate)],
    [label('款项用途'), t(purposeText(record)), label('置业顾问'), t(record.consultantName)],
    [label('代理人'), record.byAgent ? t(record.agentName) : '无', label('代理人身份证号'), who.agentIdNumber ?? ''],
  ];
  return { table: { widths: [70, '*', 80, '*'], body, dontBreakRows: true }, layout: 'grid1' };
}

const mm = (millimetres: number) => (millimetres * 72) / 25.4;
/** An ID card (居民身份证) is 85.6 × 54 mm; each side gets a frame a little larger, so a photocopy cut to size fits. */
const idCard = { width: mm(88), height: mm(56) };

const pasteArea = (text: string, width: number | '*', height: number): Column => ({
  width,
  table: { widths: ['*'], heights: [height], body: [[{ text, color: '#666666', alignment: 'center', margin: [0, height / 2 - 8, 0, 0] }]] },
  layout: 'dashed',
});

/** Both sides of one ID card, side by side, at their real size. */
const idCardAreas = (whose: string): Content => ({
  columns: [pasteArea(`${whose}身份证复印件(正面)粘贴处`, idCard.width, idCard.height), pasteArea(`${whose}身份证复印件(反面)粘贴处`, idCard.width, idCard.height)],
  columnGap: 8,
  margin: [0, 6, 0, 0],
});

/** Where the finance seal goes on the copy of outcome c): an official round seal is 40–42 mm across. */
const sealArea: Column = {
  width: mm(46),
  table: { widths: ['*'], heights: [mm(46)], body: [[{ text: '财务专用章加盖处', color: '#666666', alignment: 'center', margin: [0, mm(46) / 2 - 8, 0, 0] }]] },
  layout: 'dashed',
};

const signatureLines = (record: LossDeclarationRecord): Content[] => [
  signatureLine('客户(或代理人)签字'),
  signatureLine('置业顾问签字', null),
  signatureLine('销售经理签字'),
  signatureLine('会计签字', null, record.stubFoundAt),
];

/**
 * One copy: the copy's name, fields, declaration, room to paste both sides of the customer's ID card (and the
 * agent's) at their real size, then the stub's copy beside the signatures — never parted by a page.
 */
function sheet(record: LossDeclarationRecord, who: PrintedIdentity, guard: TextGuard, copy: string, extra: Content[], seal: boolean): Content[] {
  const stub = pasteArea('记账联复印件粘贴处(会计查找后粘贴)', '*', seal ? mm(46) : mm(30));
  const [customer, consultant, manager, accountant] = signatureLines(record);
  const closing: Content = seal
    ? {
        stack: [
          { columns: [stub, sealArea], columnGap: 8 },
          { stack: [customer!, consultant!, manager!, accountant!], margin: [0, 6, 0, 0] },
        ],
      }
    : { columns: [stub, { width: 290, stack: [customer!, consultant!, manager!, accountant!], margin: [0, 2, 0, 0] }], columnGap: 8 };
  return [
    {
      columns: [
        { text: '声明', style: 'label', fontSize: 12 },
        { text: copy, alignment: 'right', bold: true, fontSize: 12 },
      ],
      margin: [0, 0, 0, 4],
    },
    fieldTable(record, who, guard.text),
    { text: guard.text(declarationText(record, who)), lineHeight: 1.2, margin: [0, 5, 0, 0] },
    ...extra,
    // The customer's copy (b, c) is handed over after the period; the ID cards stay pasted on the originals.
    ...(extra.length > 0 ? [] : [idCardAreas('客户'), ...(record.byAgent ? [idCardAreas('代理人')] : [])]),
    { stack: [closing], unbreakable: true, margin: [0, 6, 0, 0] },
  ];
}

/** The paper's kind in its code and file name: masked or with the full ID numbers. */
function paperKind(base: string, full: boolean): string {
  return full ? `${base}Full` : base;
}

/** 一式贰份: the 营销部 and 财务部 copies, each on its own A4 page and complete in itself. */
export function lossDeclarationFormDefinition(office: Office, record: LossDeclarationRecord, who: PrintedIdentity, guard: TextGuard, printedAt: string): PrintDefinition {
  const heading = { title: lossDeclarationFormTitle, kind: paperKind('lossDeclaration', who.full), office, number: record.number, revision: 0, printedAt };
  const pages = lossDeclarationCopies.map((copy, index): Content => ({
    stack: sheet(record, who, guard, `一式贰份 · ${copy}`, [], false),
    ...(index > 0 ? { pageBreak: 'before' as const } : {}),
  }));
  return formDocument(heading, pages);
}

/**
 * The copy handed to the customer after the period: b) a lost receipt, kept until 交房 or the exchange for an
 * invoice; c) a lost invoice, with the stub's copy, under the finance seal (财务专用章), kept until the property
 * certificate.
 */
export function lossOutcomeCopyDefinition(office: Office, record: LossDeclarationRecord, who: PrintedIdentity, guard: TextGuard, printedAt: string): PrintDefinition {
  const invoice = record.outcome === 'invoiceCopy';
  const wording = invoice
    ? '挂失期满,发票遗失,不属于退房款、退诚意金等退款的客户。本声明复印件及发票记账联复印件加盖公司财务章后交客户留存,留存至办理房产证时使用。'
    : '挂失期满,收据遗失,不属于退房款、退诚意金、退代收费用等退款的客户。本声明复印件交客户留存,留存至交房或换取发票时使用。';
  const extra: Content[] = [
    {
      table: { widths: ['*'], body: [[{ stack: [{ text: invoice ? 'c) 发票遗失,不退款' : 'b) 收据遗失,不退款', bold: true }, wording, `挂失期至 ${formatDate(record.periodEndsOn)},于 ${formatDate(addDays(record.periodEndsOn, 1))} 起办理。${invoice ? '附:发票记账联复印件一份(加盖财务专用章)。' : ''}`] }]] },
      margin: [0, 6, 0, 0],
    },
    { text: '身份证复印件粘贴于声明原件(营销部、财务部留存联)。', style: 'small', margin: [0, 4, 0, 0] },
  ];
  const title = `${lossDeclarationFormTitle}(复印件)`;
  const heading = { title, kind: paperKind('lossOutcome', who.full), office, number: record.number, revision: 0, printedAt };
  return formDocument(heading, sheet(record, who, guard, invoice ? '客户留存 · 办理房产证时使用' : '客户留存 · 交房或换取发票时使用', extra, invoice));
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
    full,
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
 * A name on a legal paper printed with a marker (〔U+…〕 for a character no print font has) is not what the
 * customer signs as: the clerk must have checked it against the ID card and confirmed this print.
 */
function refuseUnconfirmedMarks(ctx: AppContext, record: LossDeclarationRecord, confirmed: boolean): void {
  const { coverage } = ctx.printFonts();
  const names = [record.customerName, record.agentName, record.consultantName].filter((name): name is string => Boolean(name));
  const marked = names.filter((name) => findMissingGlyphs(coverage, name).length > 0);
  if (marked.length === 0 || confirmed) return;
  const shown = marked.map((name) => `“${name}”将印为“${createTextGuard(coverage).text(name)}”`).join(',');
  throw new DomainError('rule', `打印字体没有姓名中的字:${shown}。请与身份证核对后勾选“已与身份证核对姓名,照此打印”再打印`, 'confirmMarkedNames');
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
  refuseUnconfirmedMarks(ctx, record, input.confirmMarkedNames);
  const who = printedIdentity(row, input.fullIdNumber);
  const { form, layout } = papers[input.copy];
  const kind = outcomeCopy ? '复印件' : '一式贰份';
  const fileName = `${row.number}-${lossDeclarationFormTitle.replace('、', '')}-${kind}${input.fullIdNumber ? '-完整身份证号' : ''}.pdf`;
  const printed = await printForm(ctx, fileName, (office, guard, printedAt) =>
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
