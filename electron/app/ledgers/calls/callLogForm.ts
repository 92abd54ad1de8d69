import type { TableCell } from 'pdfmake/interfaces';
import type { PrintDefinition } from '../../forms/pageFrame';
import type { AppContext } from '../../context';
import type { PrintedForm } from '../../../../shared/domain/records';
import type { Office } from '../../../../shared/domain/office/officeRecords';
import type { CallRecord } from '../../../../shared/domain/calls/call';
import { callOutcomes } from '../../../../shared/domain/calls/call';
import { formDocument } from '../../forms/formParts';
import type { TextGuard } from '../../forms/textGuard';
import { printForm, renderFormCached } from '../../forms/printService';
import { callsOfDay, toCallRecord } from './callRepository';

export const callLogFormTitle = '客户来电记录表';

/** 处理结果 as the sheet reads: the answer given, or the record the call became. */
function outcomeText(call: CallRecord): string {
  if (call.outcome === 'consultation') return `咨询:${call.answer ?? ''}`;
  if (call.outcome === 'repair') return `转报修 ${call.repairNumber ?? ''}`;
  if (call.outcome === 'complaint') return `转投诉 ${call.complaintNumber ?? ''}`;
  return callOutcomes.pending;
}

/**
 * The day's 客户来电记录表 (seed 002), landscape, one row per call in the order they came. Phones are masked: the
 * sheet is filed, and the full number stays in the record for the call back.
 */
export function callLogFormDefinition(office: Office, date: string, calls: CallRecord[], guard: TextGuard, printedAt: string): PrintDefinition {
  const t = guard.text;
  const header = ['序号', '日期', '时间', '单元/编号', '来电人', '来电号码', '事项内容', '记录人', '处理结果'].map(
    (text): TableCell => ({ text, style: 'label', fillColor: '#f2f2f2', alignment: 'center' }),
  );
  const rows: TableCell[][] = calls.map((call, index) => [
    String(index + 1),
    call.calledAt.slice(0, 10),
    call.calledAt.slice(11, 16),
    t(call.roomLabel),
    t(call.callerName),
    call.phoneMasked,
    t(call.matter),
    t(call.recorderName),
    t(outcomeText(call)),
  ]);
  const empty: TableCell[][] = calls.length === 0 ? [[{ text: '当日无来电记录', colSpan: 9, alignment: 'center' }, {}, {}, {}, {}, {}, {}, {}, {}]] : [];
  const definition = formDocument({ title: callLogFormTitle, kind: 'callDay', office, number: `LD-${date.replace(/-/g, '')}`, revision: 0, printedAt }, [
    { text: `日期:${date.slice(0, 4)} 年 ${date.slice(5, 7)} 月 ${date.slice(8, 10)} 日    共 ${calls.length} 条`, margin: [0, 0, 0, 4] },
    {
      table: { headerRows: 1, widths: [24, 58, 32, 62, 48, 70, '*', 44, 120], body: [header, ...rows, ...empty], dontBreakRows: true },
      layout: 'grid3',
    },
  ]);
  return { ...definition, pageOrientation: 'landscape' };
}

/** The day's sheet as bytes, through the form cache (archives): the log is kept by day, one sheet for its calls. */
export async function renderCallDay(ctx: AppContext, date: string): Promise<Buffer> {
  const calls = (await callsOfDay(ctx.db, date)).map(toCallRecord);
  return renderFormCached(ctx, { form: 'callDay', id: date }, (office, guard, printedAt) => callLogFormDefinition(office, date, calls, guard, printedAt));
}

/** The day's 客户来电记录表, the calls in the order they came. */
export async function printCallDay(ctx: AppContext, date: string): Promise<PrintedForm> {
  const calls = (await callsOfDay(ctx.db, date)).map(toCallRecord);
  return printForm(ctx, `${callLogFormTitle}-${date}.pdf`, (office, guard, printedAt) => callLogFormDefinition(office, date, calls, guard, printedAt), {
    form: 'callDay',
    id: date,
  });
}
