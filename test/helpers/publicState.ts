import type { PublicState } from '../../shared/model.js';
import type { WorkshopService } from '../../server/WorkshopService.js';

/** The server's own state of a workshop, to compare every screen with. */
export async function publicState(
  service: WorkshopService,
  workshopId: string,
): Promise<PublicState> {
  const live = await service.get(workshopId);
  if (!live) throw new Error(`no workshop ${workshopId}`);
  return live.state;
}
