import type { Card, Theme } from '../../../shared/model.js';
import type { ThemeSuggestion } from '../../../shared/protocol.js';
import type { ClusterReply, ClusterRequest } from './clusterMessages.js';

/** Longest wait for the worker (first use downloads the word vectors, about 3 MB). */
const TIMEOUT_MS = 60_000;

let worker: Worker | null = null;
let lastId = 0;

/**
 * Suggests themes in a Web Worker. Rejects when workers are unavailable, the worker fails or
 * takes too long: the caller then asks the server (`themes:suggest`), which runs the same engine.
 */
export function suggestInWorker(
  cards: readonly Card[],
  board: readonly Theme[],
): Promise<ThemeSuggestion> {
  return new Promise((resolve, reject) => {
    if (typeof Worker === 'undefined') return reject(new Error('no Web Worker here'));
    try {
      worker ??= new Worker(new URL('./clusterWorker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      return reject(error);
    }
    const w = worker;
    const requestId = ++lastId;
    const finish = () => {
      clearTimeout(timer);
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<ClusterReply>) => {
      if (event.data.requestId !== requestId) return;
      finish();
      if (event.data.ok) resolve(event.data.suggestion);
      else reject(new Error(event.data.error));
    };
    const onError = (event: ErrorEvent) => {
      finish();
      // A worker that failed to load stays broken: make a new one next time.
      w.terminate();
      if (worker === w) worker = null;
      reject(new Error(event.message || 'the clustering worker failed'));
    };
    const timer = setTimeout(() => {
      finish();
      w.terminate();
      if (worker === w) worker = null;
      reject(new Error('the clustering worker took too long'));
    }, TIMEOUT_MS);
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    const request: ClusterRequest = {
      requestId,
      cards: cards.map((c) => ({ id: c.id, text: c.text, themeId: c.themeId, pinned: c.pinned })),
      board: board.map((t) => ({ ...t, cardIds: [...t.cardIds] })),
    };
    w.postMessage(request);
  });
}
