import { useRef } from 'react';
import { useAppStore } from '../../store/appStore.js';

/**
 * The ids of the cards present when the board first had data. Only cards that arrive later get
 * the entrance animation, so opening the board does not make everything jump at once.
 */
export function useSeenAtStart(): ReadonlySet<string> | null {
  const seen = useRef<Set<string> | null>(null);
  const cards = useAppStore((s) => s.workshop?.cards);
  if (seen.current === null && cards) seen.current = new Set(cards.map((c) => c.id));
  return seen.current;
}
