// Locks after `minutes` without a mouse move, key, touch or scroll. The last activity is a
// timestamp (cheap to update on every mouse move); one timer checks it and re-arms for the rest.
import { useEffect, useEffectEvent } from 'react';

const ACTIVITY = ['mousemove', 'mousedown', 'keydown', 'touchstart', 'wheel', 'scroll'] as const;

export function useIdleLock(enabled: boolean, minutes: number, onIdle: () => void): void {
  const fire = useEffectEvent(onIdle);
  useEffect(() => {
    if (!enabled) return;
    const limit = Math.max(1, minutes) * 60_000;
    let last = Date.now();
    let timer: number | undefined;
    const check = () => {
      const idle = Date.now() - last;
      if (idle >= limit) fire();
      else timer = window.setTimeout(check, limit - idle);
    };
    const onActivity = () => {
      // Waking from sleep: the timer may not have run yet, but the time is up all the same.
      if (Date.now() - last >= limit) {
        fire();
        return;
      }
      last = Date.now();
    };
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { capture: true, passive: true });
    timer = window.setTimeout(check, limit);
    return () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [enabled, minutes]);
}
