import type { StoredEvent, WorkshopEvent } from '../../shared/events.js';

/**
 * Where the event log lives. `append` is all-or-nothing and resolves only once the events are
 * durable; it refuses with SeqConflictError when `expectedSeq` is no longer the last seq, so two
 * writers can never interleave. A `workshop.created` event also registers the join code.
 */
export interface Store {
  append(workshopId: string, expectedSeq: number, events: WorkshopEvent[]): Promise<StoredEvent[]>;
  load(workshopId: string, sinceSeq?: number): Promise<StoredEvent[]>;
  findWorkshopIdByCode(code: string): Promise<string | null>;
  close(): Promise<void>;
}

export class SeqConflictError extends Error {
  constructor(workshopId: string, expectedSeq: number) {
    super(`workshop ${workshopId} moved past seq ${expectedSeq}`);
  }
}

export class CodeTakenError extends Error {
  constructor(code: string) {
    super(`join code ${code} is taken`);
  }
}
