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
import glossaryUrl from '../../../shared/clustering/vectors/glossary.tsv?url';
import type { ClusterReply, ClusterRequest } from './clusterMessages.js';

declare const self: DedicatedWorkerGlobalScope;

let vectors: Promise<WordVectors | null> | null = null;

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

function loadVectors(): Promise<WordVectors | null> {
  vectors ??= Promise.all([
    fetchOk(vectorsUrl).then((r) => r.arrayBuffer()),
    // Without the glossary, cards in other languages are matched on their own words only.
    fetchOk(glossaryUrl)
      .then((r) => r.text())
      .catch(() => undefined),
  ])
    .then(([buffer, glossary]) => loadWordVectors(new Uint8Array(buffer), glossary))
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
