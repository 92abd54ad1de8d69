import { useEffect, useRef } from 'react';

const activity = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const;
/** How often the idle time is checked; a lock comes at most this much later than the limit. */
const checkEveryMs = 5_000;

/**
 * Calls `onIdle` once after `minutes` without keyboard or mouse input in this window (0 = never). The main
 * process also locks on its own clock, but the desk page's minute refresh counts as activity there, so the
 * screen's own timer is what locks an unattended desk.
 */
export function useIdleLock(minutes: number, onIdle: () => void): void {
  const latest = useRef(onIdle);
  latest.current = onIdle;

  useEffect(() => {
    if (minutes <= 0) return;
    let lastActive = Date.now();
    let fired = false;
    const touch = () => {
      lastActive = Date.now();
    };
    // Checked often rather than with one long timeout, so a PC waking from sleep locks at once.
    const timer = window.setInterval(() => {
      if (fired || Date.now() - lastActive < minutes * 60_000) return;
      fired = true;
      latest.current();
    }, checkEveryMs);
    for (const type of activity) window.addEventListener(type, touch, { capture: true, passive: true });
    return () => {
      window.clearInterval(timer);
      for (const type of activity) window.removeEventListener(type, touch, { capture: true });
    };
  }, [minutes]);
}
