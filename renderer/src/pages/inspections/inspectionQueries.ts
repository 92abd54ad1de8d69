import type { ChannelName } from '../../../../shared/contract/channels';

/** Reads an inspection's save makes stale: its lists, its page and the room's history. */
export const inspectionQueries = ['inspections.list', 'inspections.get', 'rooms.history'] as const satisfies readonly ChannelName[];
