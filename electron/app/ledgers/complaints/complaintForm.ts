import type { Content, ContentText, TableCell } from 'pdfmake/interfaces';
import type { PrintDefinition } from '../../forms/pageFrame';
import type { AppContext } from '../../context';
import type { Actor } from '../../auth/session';
import { appendHistory } from '../../history/historyRepository';
import { complaintCategories, complaintChannels, complaintSeverities } from '../../../../shared/domain/complaints/complaint';
import { satisfactionLevels } from '../../../../shared/domain/complaints/complaintLifecycle';
import type { Revisit } from '../../../../shared/domain/complaints/complaintParts';
import type { ComplaintRecord } from '../../../../shared/domain/complaints/complaintRecords';
import type { Office } from '../../../../shared/domain/office/officeRecords';
import type { PrintedForm } from '../../../../shared/domain/records';
import { box, formatDate, formatDateTime, formDocument, signatureLine } from '../../forms/formParts';
import { createAttachmentPages } from '../../forms/attachmentPages';
import { blankPaperKind } from '../../../../shared/domain/paperForms/paperForms';
import { shareLines, textLines } from '../../forms/textFit';
import type { TextGuard } from '../../forms/textGuard';
import { printForm, renderFormCached } from '../../forms/printService';
import { loadComplaint } from './complaintRecord';
import { complaintRevisits } from './complaintPartsRepository';
import { markComplaintPrinted } from './complaintRepository';

export const complaintFormTitle = '业主投诉处理记录表';

const label = (text: string): TableCell => ({ text, style: 'label', fillColor: '#f2f2f2' });
// Room to write by hand keeps its size whatever the type around it.
const blank = (lines: number): Content => ({ text: '\n'.repeat(Math.max(lines - 1, 0)) + ' ', fontSize: 10, lineHeight: 1.15 });
const bold = (text: string) => ({ text, style: 'label' });

/**
 * One section of the form: its title, what the record says (null while no one has written it: the paper keeps
 * `blankLines` for the hand), and the labels inside the text printed bold (投诉要求:, 过失人:).
 */
interface Passage {
  title: string;
  text: string | null;
  blankLines: number;
}

const passageWidth = 500;
/**
 * Lines of written text the sheet holds besides the intake, the boxes and the signatures (measured off the
 * rendered form with every section blank, which needs exactly these): the sections share them, and what does not
 * fit continues on a 附页.
 */
const passageLines = 19;
const innerLabels = /(\n(?:投诉要求|过失人):)/;

/** The paper offers 面谈, 电话 (with the number called), 邮件 (with the address) and 其他. */
function revisitBoxes(revisit: Revisit | null, phone: string | null): string {
  const method = revisit?.method;
  const ticked = method === 'visit' ? 0 : method === 'phone' ? 1 : method === 'email' ? 2 : revisit ? 3 : -1;
  const other = method === 'letter' ? '其他(信函)' : '其他';
  const called = method === 'phone' && phone ? `\u00a0${phone}\u00a0` : '\u00a0'.repeat(22);
  const options = [
    box(ticked === 0, '面谈'),
    `${box(ticked === 1, '电话')} 号码:{${called}}`,
    `${box(ticked === 2, '邮件')} 地址:{${'\u00a0'.repeat(26)}}`,
    box(ticked === 3, other),
  ];
  return options.join('  ');
}

/** The 回访形式 line, its blanks written {like this} underlined, as the paper's 号码:____. */
function withBlanks(text: string): Content {
  const parts = text.split(/\{([^}]*)\}/).map((part, i) => (i % 2 === 1 ? { text: part, decoration: 'underline' as const } : part));
  return { text: [bold('回访形式:'), ...parts], margin: [0, 3, 0, 0] };
}

/** 要求纠正期限 as the paper offers it: four groups of boxes; the chosen period ticks its group and is written out. */
function correctionBoxes(period: string): string {
  const group = /^[1-7]天$/.test(period) ? 0 : /^[1-4]周$/.test(period) ? 1 : /^[1-3]月$/.test(period) ? 2 : period ? 3 : -1;
  const boxes = ['1、2、3、4、5、6、7天', '1、2、3、4周', '1、2、3月', '其它'].map((name, i) => box(i === group, name));
  return `${boxes.join('  ')}${period && period !== '其它' ? `  期限:${period}` : ''}`;
}

/** A line of boxes on the left and a signature on the right, as the paper puts them. */
function besideSignature(left: Content, signature: ContentText): Content {
  return { columns: [{ width: '*', stack: [left], margin: [0, 3, 0, 0] }, { width: 'auto', ...signature }] };
}

/** A full-width section of the form: its heading and text, then who signs — one row, never split by a page. */
function section(heading: Content, signatures: Content[]): TableCell[] {
  return [{ colSpan: 6, stack: [heading, ...signatures] }, {}, {}, {}, {}, {}];
}

/**
 * The 业主投诉处理记录表 of seed 002 (篇一), section for section: the intake, then 调查情况及结果, 应急措施, 原因分析,
 * 要求纠正期限, 纠正措施, 处理结果, 批示, 客户反馈意见 with the 回访形式 boxes and their 电话号码/邮件地址 blanks, and
 * the archive row; what the record does not know yet stays as the paper leaves it (blank lines, boxes, signature
 * lines). Everything written prints at 10 pt: a text too long for its box continues on a 附页.
 */
export function complaintFormDefinition(
  office: Office,
  complaint: ComplaintRecord,
  guard: TextGuard,
  printedAt: string,
  latestRevisit: Revisit | null = null,
  /** A blank printed in advance (complaintBlankForm.ts): its number, every box unticked, every line to the hand. */
  paper: 'record' | 'blank' = 'record',
): PrintDefinition {
  const t = guard.text;
  const c = complaint;
  const blankPaper = paper === 'blank';
  const complainant = c.anonymous ? '匿名' : t(c.complainantName);
  const target = t([c.targetDepartmentName, c.targetDescription].filter(Boolean).join(' / '));
  const channel = blankPaper
    ? Object.values(complaintChannels).filter((name) => name !== '匿名').map((name) => box(false, name)).join(' ')
    : complaintChannels[c.channel] + (c.referralSource ? `(${t(c.referralSource)})` : '');
  const categories = Object.entries(complaintCategories)
    .map(([key, name]) => box(!blankPaper && key === c.category, name))
    .join(' ');
  const severities = Object.entries(complaintSeverities)
    .map(([key, name]) => box(!blankPaper && key === c.severity, name))
    .join('  ');
  const handling = [c.handlingResult ? t(c.handlingResult) : '', c.personAtFault ? `\n过失人:${t(c.personAtFault)}` : ''].join('');
  const feedback = latestRevisit ? `${t(latestRevisit.feedback)}\u3000满意度:${satisfactionLevels[latestRevisit.satisfaction]}` : null;
  const known = (text: string | null | undefined) => (text ? t(text) : null);

  const passages: Passage[] = [
    { title: '投诉内容:', text: blankPaper ? null : t(c.content) + (c.demand ? `\n投诉要求:${t(c.demand)}` : ''), blankLines: 2 },
    { title: '调查情况及结果:', text: known(c.findings), blankLines: 2 },
    { title: '应急措施:', text: known(c.emergencyMeasure), blankLines: 1 },
    { title: '原因分析:', text: known(c.causeAnalysis), blankLines: 1 },
    { title: '纠正措施:', text: known(c.correctiveAction), blankLines: 1 },
    { title: '处理结果(须说明过失人)及纠正措施(须说明工作内容、责任人、完成时间):', text: handling || null, blankLines: 2 },
    { title: '批示:', text: known(c.reviewComment), blankLines: 1 },
    { title: '客户反馈意见:', text: feedback, blankLines: 1 },
  ];

  // The sections share the sheet's lines; a long address takes some of them from the intake rows.
  const attachments = createAttachmentPages();
  const needs = passages.map((p) => (p.text === null ? 1 + p.blankLines : textLines(p.title + p.text, passageWidth)));
  const voidNotice = c.voidedAt ? `已作废 ${formatDateTime(c.voidedAt)} 作废原因:${t(c.voidReason)}` : '';
  const taken = textLines(t(c.address), 270) - 1 + (voidNotice ? textLines(voidNotice, 500, 12) + 1 : 0);
  const shares = shareLines(needs, passageLines - taken);
  const passage = (p: Passage, index: number): Content => {
    if (p.text === null) return { stack: [bold(p.title), blank(p.blankLines)] };
    const shown = attachments.fit(p.title.replace(/[(:].*$/, ''), p.title + p.text, shares[index]!, passageWidth).slice(p.title.length);
    const runs = shown.split(innerLabels).map((part, i) => (i % 2 === 1 ? bold(part) : part));
    return { text: [bold(p.title), ...runs], margin: [0, 0, 0, 1] };
  };
  const [content, findings, emergency, cause, corrective, handled, comment, revisited] = passages.map(passage) as Content[];

  const sign = (signer: string, name?: string | null, date?: string | null): ContentText => signatureLine(signer, name ? t(name) : null, date);
  const validity = `属${box(c.validity === 'valid', '有效投诉')}  ${box(c.validity === 'invalid', '无效投诉')}`;

  const body: TableCell[][] = [
    [label('被投诉部门'), { text: target, colSpan: 3 }, {}, {}, label('投诉时间'), formatDateTime(c.receivedAt)],
    [label('投诉人'), complainant, label('房号'), t(c.roomLabel), label('联系电话'), c.phone ?? ''],
    [label('联系地址'), { text: t(c.address), colSpan: 3 }, {}, {}, label('投诉方式'), channel],
    [label('投诉分类'), { text: categories, colSpan: 5 }, {}, {}, {}, {}],
    [
      label('严重程度'),
      { text: `${severities}      ${box(c.urgent, '紧急(人身安全/重大财产损失)')}`, colSpan: 5 },
      {},
      {},
      {},
      {},
    ],
    section(content!, [sign('记录人', c.receiverName, c.receivedAt)]),
    section(findings!, [besideSignature({ text: validity }, sign('调查人', c.investigatorName, c.handledAt))]),
    section(emergency!, [sign('实施人', c.emergencyStaffName)]),
    section(cause!, [sign('签名')]),
    section({ text: [bold('要求纠正期限:'), correctionBoxes(t(c.correctionPeriod))] }, [sign('责任人签名')]),
    section(corrective!, []),
    section(handled!, [
      {
        columns: [sign('制订人∕日期', c.handledByName, c.handledAt), sign('审核人∕日期', c.reviewedByName, c.reviewedAt)],
        columnGap: 8,
      },
    ]),
    section(comment!, [sign('签名', c.reviewedByName, c.reviewedAt)]),
    section(revisited!, [
      withBlanks(revisitBoxes(latestRevisit, c.phone)),
      { columns: [sign('客户签名'), sign('回访人∕日期', latestRevisit?.revisitorName, latestRevisit?.revisitedAt)], columnGap: 8 },
    ]),
    [
      label('归档日期'),
      { text: formatDate(c.archivedAt), colSpan: 2 },
      {},
      label('归档负责人'),
      { text: t(c.archivedByName), colSpan: 2 },
      {},
    ],
  ];

  const document = formDocument(
    { title: complaintFormTitle, kind: blankPaper ? blankPaperKind('complaint') : 'complaint', office, number: c.number, revision: c.revision, printedAt },
    [
      ...(voidNotice ? [{ text: voidNotice, fontSize: 12, bold: true, color: '#c00000', margin: [0, 0, 0, 6] } as Content] : []),
      {
        table: { widths: [62, '*', 40, '*', 56, 110], body, dontBreakRows: true },
        // A blank's channel boxes take three lines of their cell: the rows give back the room.
        layout: blankPaper ? 'grid1' : 'grid2',
      },
      ...attachments.pages(),
    ],
  );
  // A voided form must not pass for a live one, even as a photocopy of part of the sheet.
  return c.voidedAt ? { ...document, watermark: { text: '已作废', color: '#c00000', opacity: 0.15, bold: true } } : document;
}

/**
 * The complaint form shows the record's current revision. Printing marks that revision as handed out for
 * signature, so the next change raises the revision, and the history tells which revision each print showed.
 */
export async function printComplaintForm(ctx: AppContext, actor: Actor, id: number): Promise<PrintedForm> {
  const { record } = await loadComplaint(ctx.db, id);
  const revisits = await complaintRevisits(ctx.db, id);
  const printed = await printForm(ctx, `${record.number}-R${record.revision}-${complaintFormTitle}.pdf`, (office, guard, printedAt) =>
    complaintFormDefinition(office, record, guard, printedAt, revisits.at(-1) ?? null),
    { form: 'complaint', id },
  );
  const now = ctx.clock.now();
  await markComplaintPrinted(ctx.db, id, record.revision);
  await appendHistory(ctx.db, {
    entity: 'complaint',
    entityId: id,
    at: now,
    staffId: actor.staffId,
    action: '打印',
    summary: `打印${complaintFormTitle}(第 ${record.revision} 版)`,
    revision: record.revision,
  });
  return printed;
}

/** The form as bytes, through the form cache (archives): no file a clerk sees, no history row. */
export async function renderComplaintForm(ctx: AppContext, id: number): Promise<Buffer> {
  const { record } = await loadComplaint(ctx.db, id);
  const revisits = await complaintRevisits(ctx.db, id);
  return renderFormCached(ctx, { form: 'complaint', id }, (office, guard, printedAt) => complaintFormDefinition(office, record, guard, printedAt, revisits.at(-1) ?? null));
}
