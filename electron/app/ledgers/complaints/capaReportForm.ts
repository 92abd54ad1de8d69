import type { Content, TableCell } from 'pdfmake/interfaces';
import type { PrintDefinition } from '../../forms/pageFrame';
import type { AppContext } from '../../context';
import { DomainError } from '../../../../shared/contract/errors';
import { capaStatuses } from '../../../../shared/domain/complaints/complaintLifecycle';
import type { CapaReport } from '../../../../shared/domain/complaints/complaintParts';
import type { Office } from '../../../../shared/domain/office/officeRecords';
import type { PrintedForm } from '../../../../shared/domain/records';
import { formatDate, formatDateTime, formDocument, signatureLine } from '../../forms/formParts';
import type { TextGuard } from '../../forms/textGuard';
import { createAttachmentPages } from '../../forms/attachmentPages';
import { printForm, renderFormCached } from '../../forms/printService';
import { findCapaReport } from './capaReportRepository';

export const capaReportFormTitle = '纠正/预防措施报告';

const label = (text: string): TableCell => ({ text, style: 'label', fillColor: '#f2f2f2' });
const blank = (lines: number): Content => ({ text: '\n'.repeat(Math.max(lines - 1, 0)) + ' ' });
const heading = (text: string): Content => ({ text, style: 'label' });
const wide = (stack: Content[]): TableCell[] => [{ colSpan: 4, stack }, {}, {}, {}];

/** Lines each answer of a filled report keeps on the sheet; the rest continues on a 附页. */
const answerLines = 4;
const answerWidth = 500;

/** A report printed before it was answered is a blank to fill by hand; once submitted it is the record. */
export function capaPaperKind(report: CapaReport): { kind: string; name: string } {
  return report.submittedAt ? { kind: 'capaReport', name: '已填写' } : { kind: 'capaReportBlank', name: '待填写' };
}

/**
 * The 《纠正/预防措施报告》 of seed 004 (6.3): what was asked of the responsible department and by when, its
 * answer section by section, then review and the check that the measures worked. Printed when it is asked for,
 * the answer sections are room to write by hand; printed after it was submitted, they carry the answer. One
 * sheet: every section keeps its signature, and a long answer continues on a 附页.
 */
export function capaReportFormDefinition(
  office: Office,
  report: CapaReport,
  guard: TextGuard,
  printedAt: string,
): PrintDefinition {
  const t = guard.text;
  const attachments = createAttachmentPages();
  const answer = (title: string, text: string | null): TableCell[] =>
    wide([heading(title), text ? { text: attachments.fit(title.replace(':', ''), t(text), answerLines, answerWidth), margin: [0, 2, 0, 2] } : blank(4)]);

  const body: TableCell[][] = [
    [label('关联投诉'), report.complaintNumber, label('责任部门'), t(report.departmentName)],
    [label('要求人'), t(report.requestedByName), label('要求日期'), formatDate(report.requestedAt)],
    [label('要求提交期限'), { text: formatDateTime(report.dueAt), bold: true }, label('状态'), capaStatuses[report.status]],
    wide([heading('说明:'), report.requestNote ? attachments.fit('说明', t(report.requestNote), 2, answerWidth) : blank(1)]),
    answer('不合格事实描述:', report.nonconformity),
    answer('原因分析:', report.causeAnalysis),
    answer('纠正措施:', report.correctiveAction),
    answer('预防措施:', report.preventiveAction),
    [label('责任人'), t(report.responsiblePerson), label('计划完成日期'), formatDate(report.plannedCompletion)],
    [label('提交人'), t(report.submittedByName), label('提交日期'), formatDate(report.submittedAt)],
    wide([heading('审核意见:'), blank(2), signatureLine('审核人')]),
    wide([heading('效果验证:'), blank(2), signatureLine('验证人')]),
  ];

  const { kind } = capaPaperKind(report);
  return formDocument({ title: capaReportFormTitle, kind, office, number: report.number, revision: 0, printedAt }, [
    {
      table: { widths: [80, '*', 80, '*'], body, dontBreakRows: true },
      layout: 'grid3',
    },
    ...attachments.pages(),
  ]);
}

async function capaReport(ctx: AppContext, id: number): Promise<CapaReport> {
  const report = await findCapaReport(ctx.db, id);
  if (!report) throw new DomainError('not_found', '该纠正/预防措施报告不存在');
  return report;
}

export async function printCapaReport(ctx: AppContext, id: number): Promise<PrintedForm> {
  const report = await capaReport(ctx, id);
  const fileName = `${report.number}-${capaReportFormTitle.replace('/', '')}-${capaPaperKind(report).name}.pdf`;
  return printForm(ctx, fileName, (office, guard, printedAt) => capaReportFormDefinition(office, report, guard, printedAt), { form: 'capaReport', id });
}

/** The form as bytes, through the form cache (archives): no file a clerk sees, no history row. */
export async function renderCapaReport(ctx: AppContext, id: number): Promise<Buffer> {
  const report = await capaReport(ctx, id);
  return renderFormCached(ctx, { form: 'capaReport', id }, (office, guard, printedAt) => capaReportFormDefinition(office, report, guard, printedAt));
}
