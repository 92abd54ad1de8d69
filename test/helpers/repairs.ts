import { settableClock, type SettableClock } from '../../electron/app/clock';
import type { ChannelInput } from '../../shared/contract/channels';
import { openTestOffice, type TestOffice } from './testApp';

/** A test office whose clock the test moves (the repair timers count minutes), starting 2026-11-23 10:00. */
export async function openRepairOffice(): Promise<TestOffice & { clock: SettableClock }> {
  const clock = settableClock();
  clock.set('2026-11-23T10:00:00');
  const office = await openTestOffice({ clock });
  return { ...office, clock };
}

/** A valid repair intake for the office's room; override what the test is about. */
export function repairIntake(office: TestOffice, overrides: Partial<ChannelInput<'repairs.create'>> = {}): ChannelInput<'repairs.create'> {
  return {
    reportedAt: '2026-11-23T09:55',
    roomId: office.room.id,
    reporterName: '陈喆',
    phone: '13912345678',
    location: '主卫',
    content: '卫生间水龙头漏水,关不紧。',
    category: 'plumbing',
    workKind: 'repair',
    urgency: 'normal',
    ...overrides,
  };
}

export const dispatchTo = (office: TestOffice, id: number) => ({ id, departmentId: office.engineering.id, assigneeStaffId: office.clerk.id });
export const completion = (id: number) => ({ id, result: '更换水龙头阀芯,试水不漏。', materials: '阀芯 1 个', chargeType: 'priceList' as const, charge: '35.5' });
