import type { StoredEvent } from '../../../shared/events.js';

export interface Ordered {
  /** Events that apply now, in seq order, each exactly one after the previous. */
  ready: StoredEvent[];
  /** Events that arrived ahead of a gap, held until the missing ones come. */
  held: StoredEvent[];
  /** True when something is missing between the current seq and the held events. */
  gap: boolean;
}

/**
 * Sorts incoming events against the last applied seq: duplicates and old ones are dropped,
 * the next ones are released in order, the rest are held. Pure, so the rules are testable
 * without a socket.
 */
export function orderEvents(seq: number, held: StoredEvent[], incoming: StoredEvent[]): Ordered {
  const bySeq = new Map<number, StoredEvent>();
  for (const event of [...held, ...incoming]) if (event.seq > seq) bySeq.set(event.seq, event);
  const ready: StoredEvent[] = [];
  let next = seq + 1;
  while (bySeq.has(next)) {
    ready.push(bySeq.get(next)!);
    bySeq.delete(next);
    next++;
  }
  const rest = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  return { ready, held: rest, gap: rest.length > 0 };
}
