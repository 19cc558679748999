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
  /**
   * Optional, for a store several nodes share: with the workshop's log locked against every
   * other writer, hands `decide` the events after `sinceSeq`, appends what it returns (if any)
   * and commits. A writer that lost a race (SeqConflictError) uses it so it cannot lose again.
   */
  appendExclusive?(
    workshopId: string,
    sinceSeq: number,
    decide: (missed: StoredEvent[]) => WorkshopEvent[],
  ): Promise<StoredEvent[]>;
  /** Every workshop on this store, newest first, for the organizer's list. */
  listWorkshops(): Promise<WorkshopSummary[]>;
  /** Deletes a workshop with all its events and frees its join code; false if there was none. */
  deleteWorkshop(workshopId: string): Promise<boolean>;
  close(): Promise<void>;
}

export interface WorkshopSummary {
  id: string;
  code: string;
  title: string;
  createdAt: string;
  /** The last seq: how many events the workshop has. */
  seq: number;
  /** The time of the last event. */
  lastEventAt: string;
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
