import { useChannelQuery } from '../api/queries';

const none: readonly string[][] = [];

/** The key words of each text (most important first), for marking them in a list; empty (the same array) while they load. */
export function useKeywords(texts: readonly string[], limit = 3): readonly string[][] {
  const answer = useChannelQuery('experience.keywords', { texts: texts.slice(0, 200), limit }, { enabled: texts.length > 0, staleTime: 5 * 60_000 });
  return answer.data ?? none;
}
