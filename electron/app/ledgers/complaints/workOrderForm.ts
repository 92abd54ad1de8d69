import type { Content, TableCell } from 'pdfmake/interfaces';
import type { PrintDefinition } from '../../forms/pageFrame';
import type { AppContext } from '../../context';
import { DomainError } from '../../../../shared/contract/errors';
import type { WorkOrder } from '../../../../shared/domain/workOrders/workOrder';
import type { PrintedForm } from '../../../../shared/domain/records';
import type { Office } from '../../../../shared/domain/office/officeRecords';
import { formatDateTime, formDocument, signatureLine } from '../../forms/formParts';
import type { TextGuard } from '../../forms/textGuard';
import { createAttachmentPages } from '../../forms/attachmentPages';
import { printForm, renderFormCached } from '../../forms/printService';
import { findWorkOrder } from './workOrderRepository';

export const workOrderFormTitle = '派工单';

const label = (text: string): TableCell => ({ text, style: 'label', fillColor: '#f2f2f2' });
const blank = (lines: number): Content => ({ text: '\n'.repeat(Math.max(lines - 1, 0)) + ' ' });
const wideSpace = '\u3000';

/** The service targets are in minutes (collect within 10, on site within 30), so the hand writes the time too. */
function whenBlank(iso: string | null): string {
  const gap = wideSpace.repeat(2);
  return iso ? formatDateTime(iso) : `${gap}月${gap}日${gap}时${gap}分`;
}

const wide = (stack: Content[]): TableCell[] => [{ colSpan: 4, stack }, {}, {}, {}];
const heading = (text: string): Content => ({ text, style: 'label' });

const superseded: Partial<Record<WorkOrder['status'], string>> = {
  reassigned: '此单已改派,以新派工单为准',
  cancelled: '此单已取消',
};

/**
 * The 《派工单》 of seed 002's SOP: what the desk fills in when it hands the job over (place, phone, due time,
 * content, who issued it and when, the number top right), and what the assignee writes on it: collected, on site,
 * done, the result and the owner's signature. The phone is printed in full: the assignee has to call.
 */
export function workOrderFormDefinition(
  office: Office,
  order: WorkOrder,
  guard: TextGuard,
  printedAt: string,
): PrintDefinition {
  const t = guard.text;
  const done = order.status === 'done' ? order.closedAt : null;
  const notice = superseded[order.status];
  const attachments = createAttachmentPages();

  const body: TableCell[][] = [
    [label('投诉/报修单位(位置)'), { text: t(order.location), colSpan: 3 }, {}, {}],
    [label('联系电话'), order.phone ?? '', label('关联投诉编号'), order.complaintNumber ?? ''],
    [label('接单部门'), t(order.departmentName), label('接单人'), t(order.assigneeName)],
    [label('要求完成时间'), { text: formatDateTime(order.dueAt), bold: true, colSpan: 3 }, {}, {}],
    wide([heading('投诉(报修)内容:'), { text: attachments.fit('投诉(报修)内容', t(order.content), 8, 500), margin: [0, 2, 0, 2] }]),
    wide([heading('派工说明:'), order.instructions ? attachments.fit('派工说明', t(order.instructions), 4, 500) : blank(1)]),
    [label('下单人'), t(order.issuedByName), label('下单时间'), formatDateTime(order.issuedAt)],
    [label('接单人签名'), '', label('接单时间'), whenBlank(order.collectedAt)],
    [label('到场时间'), whenBlank(null), label('完成时间'), whenBlank(done)],
    wide([heading('处理结果:'), blank(4)]),
    wide([heading('业主意见:'), blank(2), signatureLine('业主签字确认')]),
  ];

  return formDocument({ title: workOrderFormTitle, kind: 'workOrder', office, number: order.number, revision: 0, printedAt }, [
    ...(notice ? [{ text: notice, fontSize: 12, bold: true, color: '#c00000', margin: [0, 0, 0, 6] } as Content] : []),
    {
      // One sheet: a long complaint text continues on a 附页.
      table: { widths: [96, '*', 84, '*'], body, dontBreakRows: true },
      layout: 'grid4',
    },
    ...attachments.pages(),
  ]);
}

async function workOrder(ctx: AppContext, id: number): Promise<WorkOrder> {
  const order = await findWorkOrder(ctx.db, id);
  if (!order) throw new DomainError('not_found', '该派工单不存在');
  return order;
}

export async function printWorkOrder(ctx: AppContext, id: number): Promise<PrintedForm> {
  const order = await workOrder(ctx, id);
  return printForm(ctx, `${order.number}-${workOrderFormTitle}.pdf`, (office, guard, printedAt) => workOrderFormDefinition(office, order, guard, printedAt), {
    form: 'workOrder',
    id,
  });
}

/** The form as bytes, through the form cache (archives): no file a clerk sees, no history row. */
export async function renderWorkOrder(ctx: AppContext, id: number): Promise<Buffer> {
  const order = await workOrder(ctx, id);
  return renderFormCached(ctx, { form: 'workOrder', id }, (office, guard, printedAt) => workOrderFormDefinition(office, order, guard, printedAt));
}
