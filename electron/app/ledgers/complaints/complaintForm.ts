import type { Content, ContentText, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
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
 * What the record says in one section of the form, printed after the section's title on the same line; null
 * while no one has written it, and the paper keeps `blankLines` for the hand.
 */
interface Passage {
  title: string;
  runs: Array<string | { text: string; style: string }> | null;
  blankLines: number;
}

// Sizes in points. Noto Sans SC sets a line at 1.448 em (ascender 1160, descender −288). The body is A4 less the
// margins; fixedHeight is everything but the passages and the blank room, measured off the rendered form
// (pdftotext -bbox) with one-line passages, in either layout.
const lineEm = 1.448;
const passageWidth = 500;
const bodyHeight = 842 - 30 - 40;
const fixedHeight = { normal: 464, dense: 336 };
const blankLineHeight = 10 * lineEm * 1.15;
const smallestSize = 5;

const leading = (size: number) => (size >= 10 ? 1.15 : size >= 8 ? 1 : 0.9);
function ems(text: string): number {
  let em = 0;
  for (const char of text) em += char.codePointAt(0)! < 0x2e80 ? 0.6 : 1;
  return em;
}
/** Conservative: a line may end a character early (no 。 at a line's start), so two are kept in hand. */
function textHeight(text: string, size: number, width = passageWidth): number {
  const lines = text
    .split('\n')
    .reduce((count, part) => count + Math.max(1, Math.ceil((ems(part) * size) / (width - 2 * size))), 0);
  return lines * size * lineEm * leading(size);
}

/**
 * Long sections get smaller type, the tallest first, until the whole form fits on its one page. Past the
 * smallest size the form runs onto a second sheet (every field at its longest) rather than cutting a text.
 */
function fitSizes(texts: string[], budget: number): number[] {
  const sizes = texts.map(() => 10);
  for (;;) {
    const heights = texts.map((text, i) => textHeight(text, sizes[i]!));
    if (heights.reduce((sum, height) => sum + height, 0) <= budget) return sizes;
    let tallest = -1;
    heights.forEach((height, i) => {
      if (sizes[i]! > smallestSize && (tallest < 0 || height > heights[tallest]!)) tallest = i;
    });
    if (tallest < 0) return sizes;
    sizes[tallest] = sizes[tallest]! - 0.5;
  }
}

/** A line of boxes on the left and a signature on the right, as the paper puts them. */
function besideSignature(left: string, signature: ContentText, dense: boolean): Content {
  return { columns: [{ width: '*', text: left, margin: [0, dense ? 1 : 3, 0, 0] }, { width: 'auto', ...signature }] };
}

/** A full-width section of the form: its heading, what is known so far, space to write, who signs. */
function section(heading: Content, signatures: Content[]): TableCell[] {
  return [{ colSpan: 6, stack: [heading, ...signatures] }, {}, {}, {}, {}, {}];
}

/** 要求纠正期限 as the paper offers it: four groups of boxes; the chosen period ticks its group and is written out. */
function correctionBoxes(period: string): string {
  const group = /^[1-7]天$/.test(period) ? 0 : /^[1-4]周$/.test(period) ? 1 : /^[1-3]月$/.test(period) ? 2 : period ? 3 : -1;
  const boxes = ['1、2、3、4、5、6、7天', '1、2、3、4周', '1、2、3月', '其它'].map((name, i) => box(i === group, name));
  return `${boxes.join('  ')}${period && period !== '其它' ? `  期限:${period}` : ''}`;
}

/** The paper offers 面谈, 电话, 邮件 and 其他; a letter or anything else ticks 其他. */
function revisitBoxes(revisit: Revisit | null): string {
  const method = revisit?.method;
  const ticked = method === 'visit' ? 0 : method === 'phone' ? 1 : method === 'email' ? 2 : revisit ? 3 : -1;
  const other = method === 'letter' ? '其他(信函)' : '其他';
  return `回访形式:${['面谈', '电话', '邮件', other].map((name, i) => box(i === ticked, name)).join(' ')}`;
}

/**
 * The 业主投诉处理记录表 of seed 002 (篇一), field for field: the intake, and each later stage as far as the
 * record knows it; what it does not know yet stays as the paper leaves it (blank lines, boxes, signature lines).
 * Long texts shrink so that the form stays one A4 sheet to sign.
 */
export function complaintFormDefinition(
  office: Office,
  complaint: ComplaintRecord,
  guard: TextGuard,
  printedAt: string,
  latestRevisit: Revisit | null = null,
): TDocumentDefinitions {
  const t = guard.text;
  const c = complaint;
  const complainant = c.anonymous ? '匿名' : t(c.complainantName);
  const target = t([c.targetDepartmentName, c.targetDescription].filter(Boolean).join(' / '));
  const channel = complaintChannels[c.channel] + (c.referralSource ? `(${t(c.referralSource)})` : '');
  const categories = Object.entries(complaintCategories)
    .map(([key, name]) => box(key === c.category, name))
    .join(' ');
  const severities = Object.entries(complaintSeverities)
    .map(([key, name]) => box(key === c.severity, name))
    .join('  ');
  const handling = [
    ...(c.handlingResult ? [t(c.handlingResult)] : []),
    ...(c.personAtFault ? ['\n', bold('过失人:'), t(c.personAtFault)] : []),
    ...(c.correctiveAction ? ['\n', bold('纠正措施:'), t(c.correctiveAction)] : []),
  ];
  const feedback = latestRevisit
    ? [t(latestRevisit.feedback), '\u3000', bold('满意度:'), satisfactionLevels[latestRevisit.satisfaction]]
    : null;

  const known = (text: string | null | undefined) => (text ? [t(text)] : null);
  const passages: Passage[] = [
    { title: '投诉内容:', runs: [t(c.content), ...(c.demand ? ['\n', bold('投诉要求:'), t(c.demand)] : [])], blankLines: 2 },
    { title: '调查情况及结果:', runs: known(c.findings), blankLines: 2 },
    { title: '应急措施:', runs: known(c.emergencyMeasure), blankLines: 1 },
    { title: '原因分析:', runs: known(c.causeAnalysis), blankLines: 1 },
    {
      title: '处理结果(须说明过失人)及纠正措施(须说明工作内容、责任人、完成时间):',
      runs: handling.length > 0 ? handling : null,
      blankLines: 2,
    },
    { title: '批示:', runs: known(c.reviewComment), blankLines: 1 },
    { title: '客户反馈意见:', runs: feedback, blankLines: 1 },
  ];

  // The room on the page the written passages share: what the blanks, a void notice and a long address leave.
  const voidNotice = c.voidedAt ? `已作废 ${formatDateTime(c.voidedAt)} 作废原因:${t(c.voidReason)}` : '';
  const written = passages.filter((p) => p.runs);
  const texts = written.map((p) => p.title + p.runs!.map((run) => (typeof run === 'string' ? run : run.text)).join(''));
  const otherHeight =
    passages.reduce((sum, p) => sum + (p.runs ? 0 : (1 + p.blankLines) * blankLineHeight), 0) +
    (voidNotice ? textHeight(voidNotice, 12) + 6 : 0) +
    // Intake cells long enough to wrap (an address of 200 characters) make their rows taller.
    ([[t(c.address), 270], [target, 270], [complainant, 110], [t(c.roomLabel), 110], [channel, 100]] as const).reduce(
      (sum, [text, width]) => sum + textHeight(text, 10, width) - blankLineHeight,
      0,
    );
  let sizes = fitSizes(texts, bodyHeight - fixedHeight.normal - otherHeight);
  const dense = sizes.some((size) => size < 10);
  if (dense) sizes = fitSizes(texts, bodyHeight - fixedHeight.dense - otherHeight);
  const sizeOf = (p: Passage) => sizes[written.indexOf(p)] ?? 10;

  // Dense: signatures and cell padding shrink too, leaving the room to what was written.
  const sign = (signer: string, name?: string | null, date?: string | null): ContentText => {
    const line = signatureLine(signer, name ? t(name) : null, date);
    return dense ? { ...line, fontSize: 8, lineHeight: 1 } : line;
  };
  const passage = (p: Passage): Content =>
    p.runs
      ? { text: [bold(p.title), ...p.runs], fontSize: sizeOf(p), lineHeight: leading(sizeOf(p)), margin: [0, 0, 0, 1] }
      : { stack: [bold(p.title), blank(p.blankLines)] };
  const [content, findings, emergency, cause, handled, comment, revisited] = passages.map(passage) as Content[];
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
    section(findings!, [besideSignature(validity, sign('调查人', c.investigatorName, c.handledAt), dense)]),
    section(emergency!, [sign('实施人', c.emergencyStaffName)]),
    section(cause!, [sign('签名')]),
    section({ text: [bold('要求纠正期限:'), correctionBoxes(t(c.correctionPeriod))] }, [sign('责任人签名')]),
    section(handled!, [
      {
        columns: [sign('制订人∕日期', c.handledByName, c.handledAt), sign('审核人∕日期', c.reviewedByName, c.reviewedAt)],
        columnGap: 8,
      },
    ]),
    section(comment!, [sign('签名', c.reviewedByName, c.reviewedAt)]),
    section(revisited!, [
      besideSignature(revisitBoxes(latestRevisit), sign('客户签名'), dense),
      sign('回访人∕日期', latestRevisit?.revisitorName, latestRevisit?.revisitedAt),
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

  const padding = () => (dense ? 1 : 3);
  const document = formDocument(
    { title: complaintFormTitle, office, number: c.number, revision: c.revision, printedAt },
    [
      ...(voidNotice ? [{ text: voidNotice, fontSize: 12, bold: true, color: '#c00000', margin: [0, 0, 0, 6] } as Content] : []),
      {
        table: { widths: [62, '*', 40, '*', 56, 110], body, dontBreakRows: true },
        ...(dense ? { fontSize: 9, lineHeight: 1 } : {}),
        layout: { hLineWidth: () => 0.8, vLineWidth: () => 0.8, paddingTop: padding, paddingBottom: padding },
      },
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
