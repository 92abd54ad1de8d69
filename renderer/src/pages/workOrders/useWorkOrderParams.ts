import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

export interface WorkOrderParams {
  /** A department's id, 'all' for every department, or undefined for the signed-in person's own. */
  department?: number | 'all';
  state: 'open' | 'all';
  page: number;
}

function parse(search: URLSearchParams): WorkOrderParams {
  const department = search.get('department');
  const id = Number(department);
  const page = Number(search.get('page'));
  return {
    department: department === 'all' ? 'all' : Number.isInteger(id) && id > 0 ? id : undefined,
    state: search.get('state') === 'all' ? 'all' : 'open',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The queue's filters live in the URL, so coming back from a complaint shows the same queue. */
export function useWorkOrderParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parse(search), [search]);
  const update = useCallback(
    (patch: Partial<WorkOrderParams>) =>
      setSearch(
        (previous) => {
          const merged = { ...parse(previous), page: 1, ...patch };
          const next = new URLSearchParams();
          if (merged.department !== undefined) next.set('department', String(merged.department));
          if (merged.state === 'all') next.set('state', 'all');
          if (merged.page > 1) next.set('page', String(merged.page));
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return { params, update };
}
