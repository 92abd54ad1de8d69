import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AppContext } from '../../context';
import { inspectionOutcomeKeys, inspectionOutcomes, type InspectionRecord } from '../../../../shared/domain/inspections/inspection';
import type { PrintedForm } from '../../../../shared/domain/records';
import type { Office } from '../../../../shared/domain/office/officeRecords';
import { getInspection, loadInspection } from './inspectionService';
import { box, formatDateTime, formDocument, signatureLine } from '../../forms/formParts';
import { printForm, renderFormCached } from '../../forms/printService';
import type { TextGuard } from '../../forms/textGuard';

export const inspectionFormTitle = '客户投诉巡查记录表';

const label = (text: string): TableCell => ({ text, style: 'label', fillColor: '#f2f2f2', alignment: 'center' });
const blank = (lines: number): Content => ({ text: '\n'.repeat(Math.max(lines - 1, 0)) + ' ' });
const heading = (text: string): Content => ({ text, style: 'label' });
/** The ledger's narrow date columns: 2026-11-23. */
const shortDate = (iso: string) => iso.slice(0, 10);
const wide = (stack: Content[]): TableCell[] => [{ colSpan: 4, stack }, {}, {}, {}];

/**
 * The 客户投诉巡查记录表 of seed 002: its seven columns (序号, 客户姓名, 投诉日期, 投诉事项, 巡查日期, 巡查人员,
 * 巡查结果) as the ledger line, then the check written out in full with the inspector's and the desk's signatures.
 * No phone and no address beyond the room: the form's own rule is to keep the customer's details private.
 */
export function inspectionFormDefinition(office: Office, inspection: InspectionRecord, guard: TextGuard, printedAt: string): TDocumentDefinitions {
  const t = guard.text;
  const ledgerLine: TableCell[][] = [
    ['序号', '客户姓名', '投诉日期', '投诉事项', '巡查日期', '巡查人员', '巡查结果'].map(label),
    [
      inspection.number,
      t(inspection.customerName),
      shortDate(inspection.complaintReceivedAt),
      t(inspection.complaintContent),
      shortDate(inspection.inspectedAt),
      t(inspection.inspectorName),
      inspectionOutcomes[inspection.outcome],
    ],
  ];
  const outcomes = inspectionOutcomeKeys.map((key) => box(key === inspection.outcome, inspectionOutcomes[key])).join('    ');
  const details: TableCell[][] = [
    [label('关联投诉编号'), inspection.complaintNumber, label('房号'), t(inspection.roomLabel ?? '')],
    [label('巡查时间'), formatDateTime(inspection.inspectedAt), label('巡查地点'), t(inspection.place)],
    wide([heading('巡查情况(观察、调查与反馈):'), { text: t(inspection.findings), margin: [0, 2, 0, 2] }]),
    wide([heading('采取的措施 / 跟进安排:'), inspection.followUp ? { text: t(inspection.followUp), margin: [0, 2, 0, 2] } : blank(2)]),
    wide([heading('巡查结果:'), { text: outcomes, margin: [0, 2, 0, 2] }]),
    wide([
      heading('客服部意见:'),
      blank(2),
      signatureLine('巡查人员', inspection.inspectorName, inspection.inspectedAt),
      signatureLine('客服部负责人'),
    ]),
  ];
  const grid = { hLineWidth: () => 0.8, vLineWidth: () => 0.8, paddingTop: () => 4, paddingBottom: () => 4 };
  return formDocument({ title: inspectionFormTitle, office, number: inspection.number, revision: inspection.revision, printedAt }, [
    { table: { headerRows: 1, widths: [70, 44, 58, '*', 58, 44, 50], body: ledgerLine }, layout: grid, fontSize: 9 },
    { text: ' ', margin: [0, 2, 0, 2] },
    { table: { widths: [80, '*', 60, '*'], body: details }, layout: grid },
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
