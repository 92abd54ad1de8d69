import type { Content, TableCell } from 'pdfmake/interfaces';
import type { PrintDefinition } from '../../forms/pageFrame';
import type { AppContext } from '../../context';
import type { Actor } from '../../auth/session';
import { DomainError } from '../../../../shared/contract/errors';
import type { PrintedForm } from '../../../../shared/domain/records';
import type { Office } from '../../../../shared/domain/office/officeRecords';
import type { RepairRecord } from '../../../../shared/domain/repairs/repairRecords';
import type { RepairTimerSettings } from '../../../../shared/domain/repairs/repair';
import { repairUrgencies } from '../../../../shared/domain/repairs/repair';
import { formatDateTime, formDocument, signatureLine } from '../../forms/formParts';
import type { TextGuard } from '../../forms/textGuard';
import { createAttachmentPages } from '../../forms/attachmentPages';
import { printForm, renderFormCached } from '../../forms/printService';
import { notePrint } from './repairService';
import { loadRepair } from './repairRecord';
import { getRepairTimers } from './repairTimerSettings';

export const repairWorkOrderTitle = '派工单';

const label = (text: string): TableCell => ({ text, style: 'label', fillColor: '#f2f2f2' });
const blank = (lines: number): Content => ({ text: '\n'.repeat(Math.max(lines - 1, 0)) + ' ' });
const wide = (stack: Content[]): TableCell[] => [{ colSpan: 4, stack }, {}, {}, {}];
const heading = (text: string): Content => ({ text, style: 'label' });
const wideSpace = '\u3000';
const whenBlank = (iso: string | null) => (iso ? formatDateTime(iso) : `${wideSpace.repeat(2)}月${wideSpace.repeat(2)}日${wideSpace.repeat(2)}时${wideSpace.repeat(2)}分`);

/**
 * The 《派工单》 of a repair (seed 002): the place, phone, content, due time and the service targets, who issued it
 * and when, under the repair's own number; the assignee fills in collected, on site, done and the result.
 */
export function repairWorkOrderDefinition(
  office: Office,
  repair: RepairRecord,
  timers: RepairTimerSettings,
  guard: TextGuard,
  printedAt: string,
): PrintDefinition {
  const t = guard.text;
  const place = [repair.roomLabel, repair.location].filter(Boolean).join(' ');
  const attachments = createAttachmentPages();
  const fit = (section: string, text: string, lines: number) => attachments.fit(section, t(text), lines, 500);
  const body: TableCell[][] = [
    [label('报修单位(位置)'), { text: t(place), colSpan: 3 }, {}, {}],
    [label('联系电话'), repair.phone ?? '', label('报修人'), t(repair.reporterName)],
    [label('接单部门'), t(repair.departmentName), label('接单人'), t(repair.assigneeName)],
    [label('紧急程度'), repairUrgencies[repair.urgency], label('要求完成时间'), { text: formatDateTime(repair.dueAt), bold: true }],
    wide([{ text: `服务时限:${timers.collectMinutes} 分钟内接单(${formatDateTime(repair.collectDueAt)} 前),接单后 ${timers.onSiteMinutes} 分钟内到场;不能按时赶到须向客服说明并约定新时间。` }]),
    wide([heading('报修内容:'), { text: fit('报修内容', repair.content, 8), margin: [0, 2, 0, 2] }]),
    wide([heading('派工说明:'), repair.instructions ? fit('派工说明', repair.instructions, 3) : blank(1)]),
    [label('下单人'), t(repair.dispatchedByName), label('下单时间'), formatDateTime(repair.dispatchedAt)],
    [label('接单人签名'), '', label('接单时间'), whenBlank(repair.collectedAt)],
    [label('到场时间'), whenBlank(repair.arrivedAt), label('完成时间'), whenBlank(repair.completedAt)],
    wide([heading('处理结果:'), repair.result ? fit('处理结果', repair.result, 5) : blank(3)]),
    wide([heading('材料及费用:'), blank(1)]),
    wide([heading('业主意见:'), blank(1), signatureLine('业主签字确认')]),
  ];
  return formDocument({ title: repairWorkOrderTitle, kind: 'repairWorkOrder', office, number: repair.number, revision: 0, printedAt }, [
    { table: { widths: [90, '*', 84, '*'], body, dontBreakRows: true }, layout: 'grid4' },
    ...attachments.pages(),
  ]);
}

/** The work order as bytes, through the form cache (archives): no file a clerk sees, no history row. */
export async function renderRepairWorkOrder(ctx: AppContext, id: number): Promise<Buffer> {
  const repair = await loadRepair(ctx.db, id);
  const timers = await getRepairTimers(ctx.db);
  return renderFormCached(ctx, { form: 'repairWorkOrder', id }, (office, guard, printedAt) => repairWorkOrderDefinition(office, repair, timers, guard, printedAt));
}

export async function printRepairWorkOrder(ctx: AppContext, actor: Actor, id: number): Promise<PrintedForm> {
  const repair = await loadRepair(ctx.db, id);
  if (!repair.dispatchedAt) throw new DomainError('rule', `报修 ${repair.number} 还没有派工,没有派工单可打印`);
  const timers = await getRepairTimers(ctx.db);
  const printed = await printForm(ctx, `${repair.number}-${repairWorkOrderTitle}.pdf`, (office, guard, printedAt) =>
    repairWorkOrderDefinition(office, repair, timers, guard, printedAt),
    { form: 'repairWorkOrder', id },
  );
  await notePrint(ctx, actor, id, repairWorkOrderTitle);
  return printed;
}
