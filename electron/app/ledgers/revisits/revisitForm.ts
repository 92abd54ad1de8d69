import type { Content, TableCell } from 'pdfmake/interfaces';
import type { PrintDefinition } from '../../forms/pageFrame';
import type { AppContext } from '../../context';
import { revisitMethods, satisfactionLevels, type SatisfactionLevel } from '../../../../shared/domain/complaints/complaintLifecycle';
import { revisitAttemptOutcomes, revisitPurposes, revisitScript, revisitScriptKeys } from '../../../../shared/domain/revisits/revisit';
import type { RevisitAttempt, RevisitRecord, RevisitSubjectDescription } from '../../../../shared/domain/revisits/revisitRecords';
import type { Office } from '../../../../shared/domain/office/officeRecords';
import type { PrintedForm } from '../../../../shared/domain/records';
import { DomainError } from '../../../../shared/contract/errors';
import { box, formatDateTime, formDocument, signatureLine } from '../../forms/formParts';
import { printForm, renderFormCached } from '../../forms/printService';
import type { TextGuard } from '../../forms/textGuard';
import { createAttachmentPages } from '../../forms/attachmentPages';
import { findRevisit } from './revisitRepository';
import { revisitAttempts } from './revisitAttemptRepository';
import { describeSubject } from './revisitPlanning';

export const revisitFormTitle = '回访记录表';

export interface RevisitFormData {
  revisit: RevisitRecord;
  subject: RevisitSubjectDescription;
  attempts: RevisitAttempt[];
  kindLabel: string;
}

const label = (text: string): TableCell => ({ text, style: 'label', fillColor: '#f2f2f2' });
const blank = (lines: number): Content => ({ text: '\n'.repeat(Math.max(lines - 1, 0)) + ' ' });
const wide = (stack: Content[]): TableCell[] => [{ colSpan: 4, stack }, {}, {}, {}];
const heading = (text: string): Content => ({ text, style: 'label' });

/** The paper's scale for attitude and result: 满意 / 较满意 / 不满意, one box each. */
function scale(chosen: SatisfactionLevel | null): string {
  return Object.entries(satisfactionLevels)
    .map(([key, text]) => box(chosen === key, text))
    .join('  ');
}

/**
 * The 回访记录表 of seed 002 (业户名称, 单元编号, 回访事由, 回访人/日期, 业户意见 with the owner's signature,
 * 回访处理结果, 客服部意见 signed by the supervisor), with the 回访方式 and satisfaction boxes of the 物业投诉处理与
 * 回访记录表 and the phone script of seed 001 第六条 as ticked. The phone is masked: the paper is filed.
 */
export function revisitFormDefinition(office: Office, data: RevisitFormData, guard: TextGuard, printedAt: string): PrintDefinition {
  const t = guard.text;
  const { revisit, subject, attempts } = data;
  const reason = revisit.reason ?? `${data.kindLabel} ${subject.number} ${revisitPurposes[revisit.purpose]}:${subject.summary}`;
  const script = revisitScriptKeys.map((key) => ({ text: t(box(revisit.scriptChecks.includes(key), revisitScript[key])), margin: [0, 1, 0, 1] }) as Content);
  const attachments = createAttachmentPages();
  const fit = (section: string, text: string, lines: number) => attachments.fit(section, t(text), lines, 500);
  const tries = attempts.map((attempt) => `${formatDateTime(attempt.attemptedAt)} ${attempt.staffName} ${revisitAttemptOutcomes[attempt.outcome]}${attempt.note ? `(${attempt.note})` : ''}`);

  const body: TableCell[][] = [
    [label('业户名称'), t(subject.ownerName ?? ''), label('单元编号'), t(subject.roomLabel ?? '')],
    [label('联系电话'), subject.phone ?? '', label(`${data.kindLabel}编号`), subject.number],
    [label('应回访期间'), `${formatDateTime(revisit.windowFrom).slice(0, 11)} 至 ${formatDateTime(revisit.dueAt).slice(0, 11)}`, label('回访方式'), Object.entries(revisitMethods).map(([key, text]) => box(revisit.method === key, text)).join(' ')],
    wide([heading('回访事由:'), { text: fit('回访事由', reason, 3), margin: [0, 2, 0, 2] }, ...(subject.result ? [{ text: fit('处理结果', `处理结果:${subject.result}`, 2) } as Content] : []), signatureLine('回访人/日期', revisit.revisitorName ? t(revisit.revisitorName) : null, revisit.revisitedAt)]),
    wide([heading('回访内容(电话回访语言规范):'), ...script]),
    wide([heading('业户意见:'), revisit.ownerOpinion ? { text: fit('业户意见', revisit.ownerOpinion, 4), margin: [0, 2, 0, 2] } : blank(3), signatureLine('客户签名/日期')]),
    [label('处理结果满意情况'), { text: scale(revisit.resultSatisfaction), colSpan: 3 }, {}, {}],
    [label('服务态度满意情况'), { text: scale(revisit.attitudeSatisfaction), colSpan: 3 }, {}, {}],
    wide([heading('回访处理结果:'), { text: revisit.status === 'done' ? (revisit.reopened ? '业户不满意,已重新处理' : '业户满意,销项') : ' ', margin: [0, 2, 0, 2] }, signatureLine('处理人/日期')]),
    wide([heading('客服部意见:'), revisit.officeOpinion ? { text: fit('客服部意见', revisit.officeOpinion, 3), margin: [0, 2, 0, 2] } : blank(2), signatureLine('客服部主管签名/日期')]),
    wide([heading('联系记录:'), tries.length > 0 ? { text: fit('联系记录', tries.join('\n'), 3) } : blank(2)]),
  ];

  return formDocument({ title: revisitFormTitle, kind: 'revisit', office, number: revisit.number, revision: 0, printedAt }, [
    {
      table: { widths: [96, '*', 84, '*'], body, dontBreakRows: true },
      layout: 'grid3',
    },
    ...attachments.pages(),
  ]);
}

/** What the form prints of one revisit: the revisit, its subject as its ledger describes it, and the tries. */
async function revisitFormData(ctx: AppContext, id: number): Promise<RevisitFormData> {
  const revisit = await findRevisit(ctx.db, id);
  if (!revisit) throw new DomainError('not_found', '该回访记录不存在');
  const subject = await describeSubject(ctx, revisit.subjectKind, revisit.subjectId);
  const attempts = await revisitAttempts(ctx.db, id);
  const kindLabel = ctx.ledgers.revisitSubject(revisit.subjectKind).label;
  return { revisit, subject, attempts, kindLabel };
}

/** The form as bytes, through the form cache (archives): no file a clerk sees, no history row. */
export async function renderRevisitForm(ctx: AppContext, id: number): Promise<Buffer> {
  const data = await revisitFormData(ctx, id);
  return renderFormCached(ctx, { form: 'revisit', id }, (office, guard, printedAt) => revisitFormDefinition(office, data, guard, printedAt));
}

/** 回访记录表: a planned revisit prints blank for the hand to fill in, a done one with what was recorded. */
export async function printRevisitForm(ctx: AppContext, id: number): Promise<PrintedForm> {
  const data = await revisitFormData(ctx, id);
  return printForm(ctx, `${data.revisit.number}-${revisitFormTitle}.pdf`, (office, guard, printedAt) => revisitFormDefinition(office, data, guard, printedAt), { form: 'revisit', id });
}
