import { useMutation, useQuery, useQueryClient, type QueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { useRef } from 'react';
import { newRequestId } from '../../../shared/contract/requestId';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels';
import { call, onWrite } from './client';

type QueryOptions<K extends ChannelName> = Omit<UseQueryOptions<ChannelOutput<K>, Error>, 'queryKey' | 'queryFn'>;

/** A read channel as a query; the key is [channel, input] so invalidating by channel name refreshes every page of it. */
export function useChannelQuery<K extends ChannelName>(channel: K, input: ChannelInput<K>, options: QueryOptions<K> = {}) {
  // A key never asked before is sent as the page renders (as usePrefetchQuery does), not once the whole page has
  // rendered and committed: the app answers while React draws the rest, and the observer joins the call under way.
  // Only a plainly enabled query that stays fresh a while: one read always stale (staleTime 0) would be read twice.
  const client = useQueryClient();
  if ((options.enabled ?? true) === true && options.staleTime !== 0) prefetchChannel(client, channel, input, options.staleTime);
  return useQuery<ChannelOutput<K>, Error>({ queryKey: [channel, input], queryFn: read(channel, input), ...options });
}

const read =
  <K extends ChannelName>(channel: K, input: ChannelInput<K>) =>
  () =>
    call(channel, input, { fromQuery: true });

/**
 * Sends a read now, unless its key is already known, for a query that will ask for it (useChannelQuery joins the call
 * under way): from an input event, the request leaves before React has drawn the change it causes.
 */
export function prefetchChannel<K extends ChannelName>(client: QueryClient, channel: K, input: ChannelInput<K>, staleTime?: QueryOptions<K>['staleTime']): void {
  const queryKey = [channel, input];
  if (client.getQueryState(queryKey)) return;
  void client.prefetchQuery({ queryKey, queryFn: read(channel, input), ...(staleTime !== undefined && { staleTime }) });
}

/**
 * A write channel as a mutation; the call refreshes what it made stale (refreshAfterWrites). The same input sent
 * again before it was saved — the second click of a double-click, a retry after an error — is the same user action:
 * while the first call runs it joins it, and afterwards it carries the same request id, which the main process
 * answers with the first answer. Once saved, the next action gets a new id.
 */
export function useChannelMutation<K extends ChannelName>(channel: K) {
  const actions = useRef(new Map<string, { requestId: string; running: Promise<ChannelOutput<K>> | null }>());
  return useMutation<ChannelOutput<K>, Error, ChannelInput<K>>({
    mutationFn: async (input) => {
      const key = JSON.stringify(input ?? null);
      let action = actions.current.get(key);
      if (action?.running) return action.running;
      if (!action) actions.current.set(key, (action = { requestId: newRequestId(), running: null }));
      const current = action;
      current.running = call(channel, input, { requestId: current.requestId });
      try {
        const saved = await current.running;
        actions.current.delete(key);
        return saved;
      } finally {
        current.running = null;
      }
    },
  });
}

/**
 * Any write may change what any page shows (a new complaint is on its room's page, the desk, the statistics), so
 * after each one every cached read is invalidated: those on screen are read again before the write's caller
 * carries on, the others when next shown. Static queries (a file's bytes, the font's coverage) are left as read.
 */
export function refreshAfterWrites(queryClient: QueryClient): () => void {
  return onWrite(() => queryClient.invalidateQueries());
}

export const useOffice = () => useChannelQuery('office.get', {});
export const useDepartments = () => useChannelQuery('departments.list', {});
export const useStaff = () => useChannelQuery('staff.list', {});
export const useBuildings = () => useChannelQuery('rooms.buildings', {});
export const useAppInfo = () => useChannelQuery('app.info', {});
export const useSettings = () => useChannelQuery('settings.get', {});
export const useCalendarStatus = () => useChannelQuery('calendar.status', {});

/** The print font never changes while the app runs: fetch its coverage once. */
export const useFontCoverage = () =>
  useChannelQuery('fonts.coverage', {}, { staleTime: 'static', gcTime: Infinity, refetchOnWindowFocus: false });
