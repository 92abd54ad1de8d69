import type { ChannelName } from '../../../../shared/contract/channels';
import { complaintQueries } from '../../forms/complaintQueries';

/** A revisit changes its own queue and page, and (closing or reopening it) the subject's pages and the desk. */
export const revisitQueries = ['revisits.queue', 'revisits.get', ...complaintQueries] as const satisfies readonly ChannelName[];
