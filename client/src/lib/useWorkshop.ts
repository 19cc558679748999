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
    return openWorkshop(JSON.parse(key) as WorkshopTarget);
  }, [key]);
}
