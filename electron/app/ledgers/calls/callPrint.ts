import type { AppContext } from '../../context';
import { printForm } from '../../forms/printService';
import { callLogFormDefinition, callLogFormTitle } from './callLogForm';
import type { PrintedForm } from '../../../../shared/domain/records';
import { filteredCalls, toCallRecord } from './callRepository';

/** The day's 客户来电记录表, the calls in the order they came. */
export async function printCallDay(ctx: AppContext, date: string): Promise<PrintedForm> {
  const rows = await filteredCalls(ctx.db, { date }).orderBy('c.called_at').orderBy('c.id').execute();
  const calls = rows.map(toCallRecord);
  return printForm(ctx, `${callLogFormTitle}-${date}.pdf`, (office, guard, printedAt) => callLogFormDefinition(office, date, calls, guard, printedAt), {
    form: 'callDay',
    id: date,
  });
}
