import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ChannelInput } from '../../../shared/contract/channels';
import {
  complaintCategoryKeys,
  complaintSeverityKeys,
  complaintStatusKeys,
  type ComplaintCategory,
  type ComplaintSeverity,
  type ComplaintStatus,
} from '../../../shared/domain/complaints/complaint';
import { parseStatisticsFilter, type StatisticsListFilter } from './statisticsParams';

/** By 投诉时间: newest first (the desk's default, and what the URL means when it says nothing) or oldest first. */
export type ComplaintOrder = NonNullable<ChannelInput<'complaints.list'>['order']>;
const orders: readonly ComplaintOrder[] = ['newest', 'oldest'];

export interface ComplaintListParams {
  from?: string;
  to?: string;
  category?: ComplaintCategory;
  severity?: ComplaintSeverity;
  status?: ComplaintStatus;
  room?: string;
  q?: string;
  order: ComplaintOrder;
  /** What a statistics figure counts (statisticsParams.ts); set by clicking a number, cleared together. */
  stats: StatisticsListFilter;
  page: number;
  pageSize: number;
}

const pageSizes = [20, 50, 100];
/** Defaults the URL leaves out, so the plain list has a plain address. */
const unwritten: Partial<ComplaintListParams> = { order: 'newest', page: 1, pageSize: 20 };
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<K extends string>(keys: readonly K[], value: string | null): K | undefined {
  return keys.find((key) => key === value);
}

function text(value: string | null): string | undefined {
  return value?.trim() || undefined;
}

function parse(search: URLSearchParams): ComplaintListParams {
  const page = Number(search.get('page'));
  const pageSize = Number(search.get('pageSize'));
  const date = (name: string) => (datePattern.test(search.get(name) ?? '') ? search.get(name)! : undefined);
  return {
    from: date('from'),
    to: date('to'),
    category: oneOf(complaintCategoryKeys, search.get('category')),
    severity: oneOf(complaintSeverityKeys, search.get('severity')),
    status: oneOf(complaintStatusKeys, search.get('status')),
    room: text(search.get('room')),
    q: text(search.get('q')),
    order: oneOf(orders, search.get('order')) ?? 'newest',
    stats: parseStatisticsFilter(search),
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: pageSizes.includes(pageSize) ? pageSize : 20,
  };
}

/**
 * The list's filters, order and page live in the URL, so going back from a record or refreshing keeps them.
 * Any change but a page turn goes back to page 1.
 */
export function useComplaintListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parse(search), [search]);

  // setSearch is new after every address change; `update` stays the same function (it only ever merges into the
  // address as it is then), so what it is handed to (the memoised filters) is not drawn again for it. It answers the
  // list's next params, for a page that sends their request at once (before React has drawn the new address).
  const latestSetSearch = useRef(setSearch);
  useLayoutEffect(() => {
    latestSetSearch.current = setSearch;
  });
  const update = useCallback((patch: Partial<ComplaintListParams>): ComplaintListParams | undefined => {
    let next: URLSearchParams | undefined;
    latestSetSearch.current((previous) => (next = toSearch({ ...parse(previous), page: 1, ...patch })), { replace: true });
    return next && parse(next);
  }, []);

  const input = listInput(params);
  const statsFiltered = Object.keys(params.stats).length > 0;
  const filtered = Boolean(params.from || params.to || params.category || params.severity || params.status || params.room || params.q || statsFiltered);
  return { params, input, update, filtered, statsFiltered, pageSizes };
}

/** The address's query for these params: what the defaults say is left out. */
function toSearch({ stats, ...plain }: ComplaintListParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...plain, ...stats })) {
    if (value === undefined || value === '' || value === unwritten[key as keyof ComplaintListParams]) continue;
    search.set(key, String(value));
  }
  return search;
}

/** What the list channel is asked for these params (without the page's cursor). */
export function listInput({ stats, ...plain }: ComplaintListParams): ChannelInput<'complaints.list'> {
  return { ...plain, ...stats };
}
