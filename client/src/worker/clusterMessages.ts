import type { ClusterInput } from '../../../shared/clustering/index.js';
import type { Theme } from '../../../shared/model.js';
import type { ThemeSuggestion } from '../../../shared/protocol.js';

/** What the facilitator screen asks the clustering worker, and what it answers. */
export interface ClusterRequest {
  requestId: number;
  cards: ClusterInput[];
  /** The board's themes, so the suggestion keeps the ids of the themes it matches (T4). */
  board: Theme[];
}

export type ClusterReply =
  | {
      requestId: number;
      ok: true;
      suggestion: ThemeSuggestion;
      ms: number;
      withVectors: boolean;
    }
  | { requestId: number; ok: false; error: string };
