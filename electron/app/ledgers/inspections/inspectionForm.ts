import type { Content, TableCell } from 'pdfmake/interfaces';
import type { PrintDefinition } from '../../forms/pageFrame';
import type { AppContext } from '../../context';
import { inspectionOutcomeKeys, inspectionOutcomes, type InspectionRecord } from '../../../../shared/domain/inspections/inspection';
import type { PrintedForm } from '../../../../shared/domain/records';
import type { Office } from '../../../../shared/domain/office/officeRecords';
import { getInspection, loadInspection } from './inspectionService';
import { box, formatDateTime, formDocument, signatureLine } from '../../forms/formParts';
import { printForm, renderFormCached } from '../../forms/printService';
import type { TextGuard } from '../../forms/textGuard';
import { createAttachmentPages } from '../../forms/attachmentPages';
import { fittingStart, textLines } from '../../forms/textFit';

export const inspectionFormTitle = '客户投诉巡查记录表';

const label = (text: string): TableCell => ({ text, style: 'label', fillColor: '#f2f2f2', alignment: 'center' });
const blank = (lines: number): Content => ({ text: '\n'.repeat(Math.max(lines - 1, 0)) + ' ' });
const heading = (text: string): Content => ({ text, style: 'label' });
/**
 * 投诉事项 as the seed asks: a short description (简要描述), at most two lines of its narrow column; the full
 * text is on the complaint's own form.
 */
const summaryLines = 2;
const summaryWidth = 120;
export function briefDescription(content: string): string {
  const flat = content.replace(/\s+/g, ' ').trim();
  return textLines(flat, summaryWidth, 9) <= summaryLines ? flat : `${fittingStart(flat, '…', summaryLines, summaryWidth, 9)}…`;
}

/** The ledger's narrow date columns: 2026-11-23. */
const shortDate = (iso: string) => iso.slice(0, 10);
const wide = (stack: Content[]): TableCell[] => [{ colSpan: 4, stack }, {}, {}, {}];

/**
 * The 客户投诉巡查记录表 of seed 002: its seven columns (序号, 客户姓名, 投诉日期, 投诉事项, 巡查日期, 巡查人员,
 * 巡查结果) as the ledger line, then the check written out in full with the inspector's and the desk's signatures.
 * No phone and no address beyond the room: the form's own rule is to keep the customer's details private.
 */
export function inspectionFormDefinition(office: Office, inspection: InspectionRecord, guard: TextGuard, printedAt: string): PrintDefinition {
  const t = guard.text;
  const attachments = createAttachmentPages();
  const fit = (section: string, text: string, lines: number) => attachments.fit(section, t(text), lines, 500);
  const ledgerLine: TableCell[][] = [
    ['序号', '客户姓名', '投诉日期', '投诉事项', '巡查日期', '巡查人员', '巡查结果'].map(label),
    [
      inspection.number,
      t(inspection.customerName),
      shortDate(inspection.complaintReceivedAt),
      t(briefDescription(inspection.complaintContent)),
      shortDate(inspection.inspectedAt),
      t(inspection.inspectorName),
      inspectionOutcomes[inspection.outcome],
    ],
  ];
  const outcomes = inspectionOutcomeKeys.map((key) => box(key === inspection.outcome, inspectionOutcomes[key])).join('    ');
  const details: TableCell[][] = [
    [label('关联投诉编号'), inspection.complaintNumber, label('房号'), t(inspection.roomLabel ?? '')],
    [label('巡查时间'), formatDateTime(inspection.inspectedAt), label('巡查地点'), t(inspection.place)],
    wide([heading('巡查情况(观察、调查与反馈):'), { text: fit('巡查情况', inspection.findings, 10), margin: [0, 2, 0, 2] }]),
    wide([heading('采取的措施 / 跟进安排:'), inspection.followUp ? { text: fit('采取的措施 / 跟进安排', inspection.followUp, 5), margin: [0, 2, 0, 2] } : blank(2)]),
    wide([heading('巡查结果:'), { text: outcomes, margin: [0, 2, 0, 2] }]),
    wide([
      heading('客服部意见:'),
      blank(2),
      signatureLine('巡查人员', inspection.inspectorName, inspection.inspectedAt),
      signatureLine('客服部负责人'),
    ]),
  ];
  return formDocument({ title: inspectionFormTitle, kind: 'inspection', office, number: inspection.number, revision: inspection.revision, printedAt }, [
    { table: { headerRows: 1, widths: [70, 44, 58, '*', 58, 44, 50], body: ledgerLine, dontBreakRows: true }, layout: 'grid4', fontSize: 9 },
    { text: ' ', margin: [0, 2, 0, 2] },
    { table: { widths: [80, '*', 60, '*'], body: details, dontBreakRows: true }, layout: 'grid4' },
    ...attachments.pages(),
  ]);
}

/** The form as bytes, through the form cache (archives): no file a clerk sees, no history row. */
export async function renderInspectionForm(ctx: AppContext, id: number): Promise<Buffer> {
  const inspection = await loadInspection(ctx.db, id);
  return renderFormCached(ctx, { form: 'inspection', id }, (office, guard, printedAt) => inspectionFormDefinition(office, inspection, guard, printedAt));
}

export async function printInspection(ctx: AppContext, id: number): Promise<PrintedForm> {
  const { inspection } = await getInspection(ctx, id);
  const fileName = `${inspection.number}-R${inspection.revision}-${inspectionFormTitle}.pdf`;
  return printForm(ctx, fileName, (office, guard, printedAt) => inspectionFormDefinition(office, inspection, guard, printedAt), { form: 'inspection', id });
}
