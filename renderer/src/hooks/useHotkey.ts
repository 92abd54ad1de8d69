import { useEffect, useRef } from 'react';

/** A page-level key (e.g. Ctrl+P on the detail page); the default browser action is suppressed when it matches. */
export function useHotkey(matches: (event: KeyboardEvent) => boolean, handler: () => void, enabled = true): void {
  const latest = useRef({ matches, handler });
  latest.current = { matches, handler };
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!latest.current.matches(event)) return;
      event.preventDefault();
      latest.current.handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
