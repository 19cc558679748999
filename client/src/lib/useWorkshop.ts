import { useEffect } from 'react';
import { openWorkshop, type WorkshopTarget } from '../socket.js';

/**
 * Keeps this screen connected to one workshop while it is mounted. The target is compared by
 * value, so a re-render with an equal object does not reconnect.
 */
export function useWorkshop(target: WorkshopTarget | null): void {
  const key = target ? JSON.stringify(target) : null;
  useEffect(() => {
    if (!key) return;
    // Deferred by a tick: React's StrictMode mounts, unmounts and mounts again at once, and a
    // participant's first handshake creates a person, so only the surviving mount connects.
    let close: (() => void) | null = null;
    const timer = setTimeout(() => {
      close = openWorkshop(JSON.parse(key) as WorkshopTarget);
    }, 0);
    return () => {
      clearTimeout(timer);
      close?.();
    };
  }, [key]);
}
