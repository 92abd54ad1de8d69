import type { ChannelName } from '../../../../shared/contract/channels';
import { complaintQueries } from '../../forms/complaintQueries';
import { repairQueries } from '../repairs/repairQueries';

/** A revisit changes its own queue and page, and (closing or reopening it) the subject's pages and the desk. */
export const revisitQueries = [
  'revisits.queue',
  'revisits.get',
  'rooms.history',
  ...complaintQueries,
  ...repairQueries,
] as const satisfies readonly ChannelName[];
