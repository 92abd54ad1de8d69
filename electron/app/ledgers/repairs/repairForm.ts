import type { Content, TableCell } from 'pdfmake/interfaces';
import type { PrintDefinition } from '../../forms/pageFrame';
import type { AppContext } from '../../context';
import type { Actor } from '../../auth/session';
import type { PrintedForm } from '../../../../shared/domain/records';
import type { Office } from '../../../../shared/domain/office/officeRecords';
import type { RepairRecord } from '../../../../shared/domain/repairs/repairRecords';
import { fenToYuan } from '../../../../shared/domain/money';
import { repairCategories, repairChargeTypes, repairUrgencies, repairWorkKinds } from '../../../../shared/domain/repairs/repair';
import { box, formatDateTime, formDocument, signatureLine } from '../../forms/formParts';
import type { TextGuard } from '../../forms/textGuard';
import { createAttachmentPages } from '../../forms/attachmentPages';
import { blankPaperKind } from '../../../../shared/domain/paperForms/paperForms';
import { revisitMethods, satisfactionLevels } from '../../../../shared/domain/complaints/complaintLifecycle';
import type { RevisitRecord } from '../../../../shared/domain/revisits/revisitRecords';
import { revisitsOfSubject } from '../revisits/revisitApi';
import { printForm, renderFormCached } from '../../forms/printService';
import { notePrint } from './repairService';
import { loadRepair } from './repairRecord';

export const repairFormTitle = '客户报修处理登记表';

const label = (text: string): TableCell => ({ text, style: 'label', fillColor: '#f2f2f2' });
const blank = (lines: number): Content => ({ text: '\n'.repeat(Math.max(lines - 1, 0)) + ' ' });
const wide = (stack: Content[]): TableCell[] => [{ colSpan: 4, stack }, {}, {}, {}];
const heading = (text: string): Content => ({ text, style: 'label' });
const boxes = <K extends string>(labels: Record<K, string>, chosen: K | null) =>
  (Object.entries(labels) as [K, string][]).map(([key, text]) => box(key === chosen, text)).join('  ');

/** The paper's 回访方式 boxes: 电话, 面访, 其他 (a letter or an e-mail). */
function revisitMethodBoxes(revisit: RevisitRecord | null): string {
  const method = revisit?.method;
  const ticked = method === 'phone' ? 0 : method === 'visit' ? 1 : method ? 2 : -1;
  const other = method && ticked === 2 ? `其他(${revisitMethods[method]})` : '其他';
  return ['电话', '面访', other].map((name, i) => box(i === ticked, name)).join('  ');
}

/**
 * The 报修单: seed 002's 客户报修处理登记表 for one repair — intake, dispatch and the service times, the result
 * with materials and charge, and the revisit as recorded (or its lines left to the hand while none is). One sheet:
 * long texts continue on a 附页. The phone is printed in full: the repairer calls.
 */
export function repairFormDefinition(
  office: Office,
  repair: RepairRecord,
  guard: TextGuard,
  printedAt: string,
  revisit: RevisitRecord | null = null,
  /** A blank printed in advance (repairBlankForm.ts): its number, every box unticked, every line to the hand. */
  paper: 'record' | 'blank' = 'record',
): PrintDefinition {
  const t = guard.text;
  const blankPaper = paper === 'blank';
  const chosen = <K extends string>(key: K): K | null => (blankPaper ? null : key);
  const attachments = createAttachmentPages();
  const fit = (section: string, text: string, lines: number) => attachments.fit(section, t(text), lines, 500);
  const charge = repair.chargeType === 'priceList' && repair.chargeFen !== null ? `金额:${fenToYuan(repair.chargeFen)} 元` : '金额:';
  const opinion = revisit
    ? fit('客户意见', `${revisit.ownerOpinion ?? ''}${revisit.resultSatisfaction ? `\u3000处理结果:${satisfactionLevels[revisit.resultSatisfaction]}` : ''}${revisit.attitudeSatisfaction ? `\u3000服务态度:${satisfactionLevels[revisit.attitudeSatisfaction]}` : ''}`, 3)
    : null;
  const body: TableCell[][] = [
    [label('报修人'), t(repair.reporterName), label('房号'), t(repair.roomLabel)],
    [label('联系电话'), repair.phone ?? '', label('报修时间'), formatDateTime(repair.reportedAt)],
    [label('报修位置'), t(repair.location), label('紧急程度'), boxes(repairUrgencies, chosen(repair.urgency))],
    [label('报修类别'), { text: boxes(repairCategories, chosen(repair.category)), colSpan: 3 }, {}, {}],
    [label('性质'), boxes(repairWorkKinds, chosen(repair.workKind)), label('受理人'), t(repair.receiverName)],
    wide([heading('报修内容:'), blankPaper ? blank(4) : { text: fit('报修内容', repair.content, 8), margin: [0, 2, 0, 2] }]),
    [label('接单部门'), t(repair.departmentName), label('接单人'), t(repair.assigneeName)],
    [label('派工时间'), formatDateTime(repair.dispatchedAt), label('要求完成时间'), formatDateTime(repair.dueAt)],
    [label('接单时间'), formatDateTime(repair.collectedAt), label('到场时间'), formatDateTime(repair.arrivedAt)],
    [label('完成时间'), formatDateTime(repair.completedAt), label('来电编号'), repair.callNumber ?? ''],
    wide([heading('处理结果:'), repair.result ? fit('处理结果', repair.result, 5) : blank(3)]),
    wide([heading('材料:'), repair.materials ? fit('材料', repair.materials, 2) : blank(1)]),
    wide([{ text: `收费:${boxes(repairChargeTypes, repair.chargeType)}    ${charge}` }]),
    ...(repair.overrunReason ? [wide([heading('超时批准:'), fit('超时批准', `${repair.overrunReason}(${repair.overrunApprovedByName ?? ''} ${formatDateTime(repair.overrunApprovedAt)})`, 2)])] : []),
    wide([signatureLine('维修人签名', null, repair.completedAt), signatureLine('业主签字确认')]),
    [label('回访方式'), revisitMethodBoxes(revisit), label('回访时间'), formatDateTime(revisit?.revisitedAt)],
    wide([heading('客户意见:'), opinion ?? blank(2), signatureLine('回访人', revisit?.revisitorName ? t(revisit.revisitorName) : null, revisit?.revisitedAt)]),
  ];
  return formDocument({ title: repairFormTitle, kind: blankPaper ? blankPaperKind('repair') : 'repair', office, number: repair.number, revision: 0, printedAt }, [
    ...(repair.voidedAt ? [{ text: `此单已作废:${t(repair.voidReason)}`, fontSize: 12, bold: true, color: '#c00000', margin: [0, 0, 0, 6] } as Content] : []),
    { table: { widths: [72, '*', 72, '*'], body, dontBreakRows: true }, layout: 'grid3' },
    { text: '注:一般报修,物业管理员回访;重要报修,主管领导回访。', style: 'small', margin: [0, 4, 0, 0] },
    ...attachments.pages(),
  ]);
}

/** The repair and its latest finished revisit: the register prints what was recorded of it. */
async function repairWithRevisit(ctx: AppContext, id: number): Promise<{ repair: RepairRecord; revisit: RevisitRecord | null }> {
  const repair = await loadRepair(ctx.db, id);
  const revisit = (await revisitsOfSubject(ctx.db, 'repair', id, 'done')).at(-1) ?? null;
  return { repair, revisit };
}

/** The form as bytes, through the form cache (archives): no file a clerk sees, no history row. */
export async function renderRepairForm(ctx: AppContext, id: number): Promise<Buffer> {
  const { repair, revisit } = await repairWithRevisit(ctx, id);
  return renderFormCached(ctx, { form: 'repair', id }, (office, guard, printedAt) => repairFormDefinition(office, repair, guard, printedAt, revisit));
}

export async function printRepairForm(ctx: AppContext, actor: Actor, id: number): Promise<PrintedForm> {
  const { repair, revisit } = await repairWithRevisit(ctx, id);
  const printed = await printForm(ctx, `${repair.number}-${repairFormTitle}.pdf`, (office, guard, printedAt) =>
    repairFormDefinition(office, repair, guard, printedAt, revisit),
    { form: 'repair', id },
  );
  await notePrint(ctx, actor, id, repairFormTitle);
  return printed;
}
