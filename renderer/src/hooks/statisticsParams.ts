import type { ChannelInput } from '../../../shared/contract/channels';
import { complaintChannelKeys } from '../../../shared/domain/complaints/complaint';
import { satisfactionLevelKeys } from '../../../shared/domain/complaints/complaintLifecycle';
import { handlingClassKeys, timelinessKeys, validityFilterKeys } from '../../../shared/domain/statistics/statistics';

/** The complaint list's statistics filters as the address carries them (a figure's link: statistics/statLinkPath.ts). */
export type StatisticsListFilter = Pick<
  ChannelInput<'complaints.list'>,
  'departmentId' | 'channel' | 'validity' | 'handling' | 'timeliness' | 'closed' | 'extended' | 'satisfaction' | 'excludeVoided' | 'samePhoneAs' | 'roomLabel'
>;

function oneOf<K extends string>(keys: readonly K[], value: string | null): K | undefined {
  return keys.find((key) => key === value);
}

function flag(value: string | null): boolean | undefined {
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  return undefined;
}

function whole(value: string | null, min: number): number | undefined {
  const n = Number(value);
  return value !== null && value !== '' && Number.isInteger(n) && n >= min ? n : undefined;
}

export function parseStatisticsFilter(search: URLSearchParams): StatisticsListFilter {
  const filter: StatisticsListFilter = {
    departmentId: whole(search.get('departmentId'), 0),
    channel: oneOf(complaintChannelKeys, search.get('channel')),
    validity: oneOf(validityFilterKeys, search.get('validity')),
    handling: oneOf(handlingClassKeys, search.get('handling')),
    timeliness: oneOf(timelinessKeys, search.get('timeliness')),
    closed: flag(search.get('closed')),
    extended: flag(search.get('extended')),
    satisfaction: oneOf(satisfactionLevelKeys, search.get('satisfaction')),
    excludeVoided: flag(search.get('excludeVoided')),
    samePhoneAs: whole(search.get('samePhoneAs'), 1),
    roomLabel: search.get('roomLabel')?.trim() || undefined,
  };
  // Only what the address names, so an unfiltered list stays unfiltered.
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)) as StatisticsListFilter;
}
