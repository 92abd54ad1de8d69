import type { ChannelName } from '../../../shared/contract/channels';

/**
 * Every read a step of a complaint's process can make stale: the record, the list (status, 期限), the
 * departments' queues and the desk's lists. Refreshed together after each step.
 */
export const complaintQueries = ['complaints.get', 'complaints.list', 'workOrders.list', 'desk.today'] as const satisfies readonly ChannelName[];
