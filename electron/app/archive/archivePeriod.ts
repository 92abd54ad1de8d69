import type { AppContext } from '../context';
import { DomainError } from '../../../shared/contract/errors';
import type { ArchivePeriod, ArchivePeriodInput } from '../../../shared/domain/archive/archive';
import { lastMonthWithRecords } from './archiveRepository';
import { lastDayOfMonth } from '../../../shared/domain/officeDate';

export function monthPeriod(month: string): ArchivePeriod {
  return { from: `${month}-01`, to: lastDayOfMonth(month), label: month };
}

/** The asked period, or by default the last month that has records in any ledger. */
export async function resolveArchivePeriod(ctx: AppContext, input: ArchivePeriodInput | undefined): Promise<ArchivePeriod> {
  if (input && 'month' in input) return monthPeriod(input.month);
  if (input) {
    if (input.from > input.to) throw new DomainError('rule', '开始日期不能晚于结束日期', 'from');
    return { from: input.from, to: input.to, label: `${input.from}~${input.to}` };
  }
  const months = (await Promise.all(ctx.ledgers.archives.map((ledger) => lastMonthWithRecords(ctx.db, ledger)))).filter((month) => month !== null);
  const last = months.sort().at(-1);
  if (!last) throw new DomainError('rule', '还没有任何记录,无可归档的月份');
  return monthPeriod(last);
}
