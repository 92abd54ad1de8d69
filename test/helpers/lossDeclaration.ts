import type { ChannelInput } from '../../shared/contract/channels';
import { idCheckCharacter } from '../../shared/domain/idNumber';
import type { Clock } from '../../electron/app/clock';
import type { TestOffice } from './testApp';

/** Made-up ID numbers with correct check characters, computed by the checker (never a real person's number). */
export function madeUpIdNumber(first17: string): string {
  return first17 + idCheckCharacter(first17);
}
export const customerIdNumber = madeUpIdNumber('32050219880101123');
export const agentIdNumber = madeUpIdNumber('44030419900307456');

/** A clock the test moves by hand: the 15-day period passes without waiting. */
export function movableClock(start = '2026-11-23T10:00:00'): Clock & { set(time: string): void } {
  let now = start;
  return { now: () => now, set: (time) => (now = time) };
}

/** A valid declaration intake; override what the test is about. */
export function lossIntake(office: TestOffice, overrides: Partial<ChannelInput<'lossDeclarations.create'>> = {}): ChannelInput<'lossDeclarations.create'> {
  return {
    customerName: '陈喆',
    idNumber: customerIdNumber,
    phone: '13912345678',
    roomId: office.room.id,
    documentType: 'receipt',
    documentNumber: 'NO.0012345',
    amountFen: 1000500,
    issueDate: '2026-10-08',
    purpose: 'deposit',
    consultantStaffId: office.clerk.id,
    ...overrides,
  };
}

/** The smallest PNG header: enough for the type check, never decoded. */
export const tinyPng = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
