import { settableClock, type SettableClock } from '../../electron/app/clock';
import { openTestOffice, type TestOffice } from './testApp';
import { completion, repairIntake } from './repairs';
import { lossIntake, tinyPng } from './lossDeclaration';

/**
 * Repairs and loss declarations for the statistics (October 2026, September 2026 to compare, nothing in October 2025).
 *
 *   R1 10-12 09:00 给排水 工程部  collected 09:05, on site 09:20 (15 min, in time), done 11:00 (2 h)
 *   R2 10-13 10:00 电气照明 工程部 collected 10:00, on site 10:45 (45 min, late), done 14:00 (4 h)
 *   R3 10-14 08:00 给排水 客户服务部 collected 08:10, on site 08:30 (20 min, in time), done 10-15 08:00 (24 h)
 *   R4 10-20 09:00 门窗五金, not dispatched yet
 *   R5 10-21 09:00 给排水 工程部, on site in time, then voided            never counts
 *   P1 09-10 09:00 给排水 工程部 on site in 10 min, done 10:00 (1 h)
 *
 *   October: 4 repairs, 3 on site (2 in time: 66.7%), 26.7 min on average, 3 done, 10.0 h average, median 4.0 h.
 *
 *   L1 10-09 退款   L2 10-10 收据遗失   L3 10-12 发票遗失   L4 10-15 挂失中   L5 10-16 voided   L6 10-20 挂失中
 *   M1 09-05 收据遗失
 */
export interface LedgerStatisticsFixture {
  office: TestOffice;
  clock: SettableClock;
  service: { id: number; name: string };
  repairs: Record<'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'P1', string>;
  declarations: Record<'L1' | 'L2' | 'L3' | 'L4' | 'L5' | 'L6' | 'M1', string>;
}

export async function openLedgerStatisticsFixture(): Promise<LedgerStatisticsFixture> {
  const clock = settableClock();
  clock.set('2026-09-01T08:00:00');
  const office = await openTestOffice({ clock });
  const { asClerk: clerk, asSupervisor: supervisor } = office;
  const service = (await clerk.call('departments.list', {})).find((department) => department.name === '客户服务部')!;
  const at = (time: string) => clock.set(`${time}:00`);
  const day = (time: string) => time.slice(0, 10);

  /** times: [reported/dispatched, collected, on site, completed]; later steps left out stop the repair there. */
  const repair = async (times: string[], category: 'plumbing' | 'electrical' | 'doorsWindows', departmentId: number | null) => {
    at(times[0]!);
    const { id, number } = await clerk.call('repairs.create', repairIntake(office, { reportedAt: times[0]!, category }));
    if (departmentId === null) return { id, number };
    await clerk.call('repairs.dispatch', { id, departmentId, assigneeStaffId: office.clerk.id, dueAt: `${nextDay(day(times[0]!))}T23:59` });
    const steps: [string, () => Promise<unknown>][] = [
      ['collect', () => clerk.call('repairs.collect', { id })],
      ['arrive', () => clerk.call('repairs.arrive', { id })],
      ['complete', () => clerk.call('repairs.complete', completion(id))],
    ];
    for (const [i, time] of times.slice(1).entries()) {
      at(time);
      await steps[i]![1]();
    }
    return { id, number };
  };

  const P1 = await repair(['2026-09-10T09:00', '2026-09-10T09:00', '2026-09-10T09:10', '2026-09-10T10:00'], 'plumbing', office.engineering.id);
  const R1 = await repair(['2026-10-12T09:00', '2026-10-12T09:05', '2026-10-12T09:20', '2026-10-12T11:00'], 'plumbing', office.engineering.id);
  const R2 = await repair(['2026-10-13T10:00', '2026-10-13T10:00', '2026-10-13T10:45', '2026-10-13T14:00'], 'electrical', office.engineering.id);
  const R3 = await repair(['2026-10-14T08:00', '2026-10-14T08:10', '2026-10-14T08:30', '2026-10-15T08:00'], 'plumbing', service.id);
  const R4 = await repair(['2026-10-20T09:00'], 'doorsWindows', null);
  const R5 = await repair(['2026-10-21T09:00', '2026-10-21T09:00', '2026-10-21T09:10'], 'plumbing', office.engineering.id);
  at('2026-10-21T09:30');
  await supervisor.call('repairs.void', { id: R5.id, reason: '重复登记' });

  const declare = async (time: string, overrides: Parameters<typeof lossIntake>[1] = {}) => {
    at(time);
    return clerk.call('lossDeclarations.create', lossIntake(office, { issueDate: '2026-08-08', ...overrides }));
  };
  const stub = async (id: number, time: string) => {
    at(time);
    await clerk.call('lossDeclarations.recordStub', { id, foundByStaffId: office.supervisor.id, foundAt: time, note: null, fileName: '记账联.png', contentBase64: tinyPng.toString('base64') });
  };
  const M1 = await declare('2026-09-05T10:00');
  const L1 = await declare('2026-10-09T10:00', { purpose: 'deposit' });
  const L2 = await declare('2026-10-10T10:00');
  const L3 = await declare('2026-10-12T10:00', { documentType: 'invoice', documentNumber: 'FP-778' });
  const L4 = await declare('2026-10-15T10:00');
  const L5 = await declare('2026-10-16T10:00');
  const L6 = await declare('2026-10-20T10:00');
  await stub(L1.id, '2026-10-20T11:00');
  await stub(L3.id, '2026-10-20T11:10');
  at('2026-10-21T10:00');
  await supervisor.call('lossDeclarations.void', { id: L5.id, reason: '客户找到原件' });
  at('2026-10-28T09:00');
  await clerk.call('lossDeclarations.decideOutcome', { id: M1.id, outcome: 'receiptCopy', presentPerson: 'customer' });
  await clerk.call('lossDeclarations.decideOutcome', { id: L1.id, outcome: 'refund', refundKind: 'deposit', presentPerson: 'customer' });
  await clerk.call('lossDeclarations.decideOutcome', { id: L2.id, outcome: 'receiptCopy', presentPerson: 'customer' });
  await clerk.call('lossDeclarations.decideOutcome', { id: L3.id, outcome: 'invoiceCopy', presentPerson: 'customer' });
  at('2026-11-23T10:00');

  const n = (record: { number: string }) => record.number;
  return {
    office,
    clock,
    service,
    repairs: { R1: n(R1), R2: n(R2), R3: n(R3), R4: n(R4), R5: n(R5), P1: n(P1) },
    declarations: { L1: n(L1), L2: n(L2), L3: n(L3), L4: n(L4), L5: n(L5), L6: n(L6), M1: n(M1) },
  };
}

/** The repair is due by the end of the next day, so none of them needs an approved overrun. */
function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
