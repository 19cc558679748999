import type { AppServer } from './socket/types.js';
import { rooms } from './socket/rooms.js';
import type { Store } from './store/Store.js';
import type { WorkshopService } from './WorkshopService.js';

export interface RetentionDeps {
  store: Store;
  service: WorkshopService;
  io: AppServer;
  /** Sessions with no change for this many days are deleted with all their data. */
  days: number;
  now?: () => Date;
}

/** Deletes the sessions whose last event is older than the retention period; returns their ids. */
export async function deleteExpired(deps: RetentionDeps): Promise<string[]> {
  const cutoff = (deps.now?.() ?? new Date()).getTime() - deps.days * 86_400_000;
  const expired = (await deps.store.listWorkshops()).filter(
    (w) => Date.parse(w.lastEventAt) < cutoff,
  );
  for (const workshop of expired) {
    await deps.service.delete(workshop.id);
    deps.io.in(rooms.all(workshop.id)).disconnectSockets(true);
  }
  return expired.map((w) => w.id);
}

/** Checks now and then every hour; returns the function that stops it. */
export function startRetention(deps: RetentionDeps, onError: (error: unknown) => void): () => void {
  const run = () => void deleteExpired(deps).catch(onError);
  run();
  const timer = setInterval(run, 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
