import { useEffect, useState } from 'react';
import { useAppStore } from '../../store/appStore.js';

/** The server's clock as this screen reckons it (local clock + offset), ticking while `live`. */
export function useServerNow(live: boolean, everyMs = 250): number {
  const offset = useAppStore((s) => s.clockOffsetMs);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [live, everyMs]);
  return now + offset;
}
