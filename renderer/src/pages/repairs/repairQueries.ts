import type { ChannelName } from '../../../../shared/contract/channels';

/** Every read a repair or call step can make stale; refreshed together after each step. */
export const repairQueries = ['repairs.get', 'repairs.list', 'repairs.desk', 'calls.list', 'calls.linked', 'complaints.list', 'desk.today'] as const satisfies readonly ChannelName[];
