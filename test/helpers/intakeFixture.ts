import type { ChannelInput } from '../../shared/contract/channels';

/** The smallest intake the desk can submit (no room, no department); each test changes what it is about. */
export function minimalIntake(overrides: Record<string, unknown> = {}): ChannelInput<'complaints.create'> {
  return {
    complainantName: '陈喆',
    receivedAt: '2026-11-23T09:30',
    channel: 'phone',
    content: '楼上漏水',
    category: 'maintenance',
    severity: 'general',
    ...overrides,
  } as ChannelInput<'complaints.create'>;
}
