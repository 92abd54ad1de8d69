import { settableClock, type SettableClock } from '../../electron/app/clock';
import type { ChannelInput } from '../../shared/contract/channels';
import { complaintIntake, openTestOffice, type TestOffice } from './testApp';
import { revisitorFor, steps } from './lifecycle';

/**
 * A hand-computed month for the statistics (October 2026, with September 2026 and October 2025 to compare).
 * Working days in October 2026: 1–7 National Day, weekends 17/18 and 24/25 off, Saturday 10 worked.
 *
 *   A 10-13 轻微, 3-1-1502, closed 10-13 15:00              当即处理, 0 working days
 *   B 10-13 一般, 3-1-1502, due 10-16, closed 10-15          期限内处理, 2 (较满意)
 *   C 10-14 一般, 3-1-1502, due 10-19, closed 10-21          超期, 5
 *   D 10-15 一般, 客户服务部, reopened twice, closed 10-19    循环往复处理 (on time), 2
 *   E 10-16 一般, 客户服务部, 无效, approved 10-19           期限内处理, 1
 *   F 10-20 3-1-1502, voided                               never counts
 *   G 10-22 一般, no department, extended to 10-29, open    超期 (still open), 1 extension
 *   September: S1 closed on time in 1 working day, S2 voided. October 2025: Y1 still open, 超期.
 */
export interface StatisticsFixture {
  office: TestOffice;
  clock: SettableClock;
  service: { id: number; name: string };
  numbers: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'S1' | 'S2' | 'Y1', string>;
}

export async function openStatisticsFixture(): Promise<StatisticsFixture> {
  const clock = settableClock();
  clock.set('2025-10-20T09:00:00');
  const office = await openTestOffice({ clock });
  const { asClerk: clerk, asSupervisor: supervisor } = office;
  const service = (await office.asClerk.call('departments.list', {})).find((department) => department.name === '客户服务部')!;
  const at = (time: string) => clock.set(`${time}:00`);

  const create = async (time: string, overrides: Partial<ChannelInput<'complaints.create'>> = {}) => {
    at(time);
    return (await clerk.call('complaints.create', complaintIntake(office, { receivedAt: time, ...overrides }))).id;
  };
  const handle = async (id: number, time: string, validity: 'valid' | 'invalid' = 'valid') => {
    at(time);
    await clerk.call('complaints.recordHandling', steps.handling(office, id, validity));
    await supervisor.call('complaints.review', { id, decision: 'approve', comment: '同意' });
  };
  const revisit = async (id: number, time: string, satisfaction: 'satisfied' | 'fairlySatisfied' | 'unsatisfied' = 'satisfied') => {
    at(time);
    await clerk.call('complaints.revisit', { ...steps.revisit(office, id, 'satisfied', await revisitorFor(office, id)), revisitedAt: time, satisfaction });
  };
  const close = async (id: number, time: string, satisfaction: 'satisfied' | 'fairlySatisfied' = 'satisfied') => {
    await handle(id, time);
    await revisit(id, time, satisfaction);
  };
  const voidIt = async (id: number, time: string) => {
    at(time);
    await supervisor.call('complaints.void', { id, reason: '重复登记' });
  };
  const other: Partial<ChannelInput<'complaints.create'>> = { roomId: null };

  const Y1 = await create('2025-10-20T09:00');

  const S1 = await create('2026-09-14T09:00');
  await close(S1, '2026-09-15T10:00');
  const S2 = await create('2026-09-15T09:00');
  await voidIt(S2, '2026-09-15T11:00');

  const A = await create('2026-10-13T09:00', { severity: 'minor' });
  await close(A, '2026-10-13T15:00');
  const B = await create('2026-10-13T09:10');
  await close(B, '2026-10-15T10:00', 'fairlySatisfied');
  const C = await create('2026-10-14T09:00', { channel: 'inPerson', category: 'cleaning' });
  await close(C, '2026-10-21T10:00');

  const lisi = { ...other, complainantName: '李四', phone: '13700001111', targetDepartmentId: service.id };
  const D = await create('2026-10-15T09:00', lisi);
  await handle(D, '2026-10-15T14:00');
  await revisit(D, '2026-10-16T10:00', 'unsatisfied');
  await handle(D, '2026-10-16T11:00');
  await revisit(D, '2026-10-16T15:00', 'unsatisfied');
  await close(D, '2026-10-19T10:00');

  const E = await create('2026-10-16T09:00', { ...lisi, channel: 'written' });
  await handle(E, '2026-10-19T10:00', 'invalid');

  const F = await create('2026-10-20T09:00');
  await voidIt(F, '2026-10-20T10:00');

  const G = await create('2026-10-22T09:00', { ...other, complainantName: '王五', phone: '13600002222', targetDepartmentId: null, channel: 'email', category: 'other' });
  at('2026-10-23T09:00');
  await clerk.call('complaints.requestExtension', { id: G, newDueAt: '2026-10-29T18:00', reason: '需等待配件到货', interimMeasure: '已告知业主临时处理办法' });
  const extension = (await clerk.call('complaints.get', { id: G })).extensions[0]!;
  await supervisor.call('complaints.decideExtension', { extensionId: extension.id, approve: true, comment: null });

  clock.set('2026-11-23T10:00:00');
  const ids = { A, B, C, D, E, F, G, S1, S2, Y1 };
  const numbers = {} as StatisticsFixture['numbers'];
  for (const [key, id] of Object.entries(ids)) numbers[key as keyof typeof ids] = (await clerk.call('complaints.get', { id })).complaint.number;
  return { office, clock, service, numbers };
}
