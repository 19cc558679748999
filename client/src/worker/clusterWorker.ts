/// <reference lib="webworker" />
// Theme suggestions off the main thread: the shared clustering engine (the same code the server
// runs), with the word vectors fetched once per worker, the first time they are needed.
import { alignSuggestion } from '../../../shared/alignSuggestion.js';
import {
  loadWordVectors,
  suggestThemes,
  type WordVectors,
} from '../../../shared/clustering/index.js';
import { newId } from '../lib/newId.js';
import vectorsUrl from '../../../shared/clustering/vectors/glove-30k.bin?url';
import type { ClusterReply, ClusterRequest } from './clusterMessages.js';

declare const self: DedicatedWorkerGlobalScope;

let vectors: Promise<WordVectors | null> | null = null;

function loadVectors(): Promise<WordVectors | null> {
  vectors ??= fetch(vectorsUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`vectors: HTTP ${response.status}`);
      return response.arrayBuffer();
    })
    .then((buffer) => loadWordVectors(new Uint8Array(buffer)))
    // Without vectors the engine still clusters on shared words; worse, but never nothing.
    .catch(() => null);
  return vectors;
}

self.onmessage = async (message: MessageEvent<ClusterRequest>) => {
  const { requestId, cards, board } = message.data;
  try {
    const started = performance.now();
    const result = suggestThemes(cards, await loadVectors());
    const reply: ClusterReply = {
      requestId,
      ok: true,
      suggestion: {
        suggestionId: newId(),
        themes: alignSuggestion(board, result.themes, newId),
        unsorted: result.unsorted,
      },
      ms: Math.round(performance.now() - started),
      withVectors: (await loadVectors()) !== null,
    };
    self.postMessage(reply);
  } catch (error) {
    const reply: ClusterReply = { requestId, ok: false, error: String(error) };
    self.postMessage(reply);
  }
};
