import { useRef, useState } from 'react';

/**
 * A save that runs once at a time: a second press while the first is on its way (a double-click's second click
 * comes before React has re-rendered the button as busy) is dropped here, before any call is made.
 */
export function useOneAtATime() {
  const busy = useRef(false);
  const [running, setRunning] = useState(false);
  const run = async (work: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    setRunning(true);
    try {
      await work();
    } finally {
      busy.current = false;
      setRunning(false);
    }
  };
  return { run, running };
}
