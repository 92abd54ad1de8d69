import { useRef } from 'react';

/**
 * Keyset paging behind antd's numbered pager: each page that arrives leaves the cursor of the page after it,
 * so turning to the next (or back to an earlier) page reads only that page, however deep. A page never
 * reached in order (a jump, a link) falls back to counting from the start. Any other change forgets the cursors.
 */
export function useKeysetCursors(listKey: string) {
  const state = useRef<{ key: string; after: Map<number, string> }>({ key: listKey, after: new Map() });
  if (state.current.key !== listKey) state.current = { key: listKey, after: new Map() };
  // The same object on every render, reading the cursors as they are when called: an input event may ask for the
  // next page's cursor before React has drawn the page.
  const cursors = useRef({
    /** The cursor to read `page` from, if the page before it has been read. */
    cursorFor: (page: number): string | null => state.current.after.get(page) ?? null,
    /** Remember where the page after `page` starts. */
    remember: (page: number, next: string | null) => {
      if (next) state.current.after.set(page + 1, next);
    },
  });
  return cursors.current;
}
