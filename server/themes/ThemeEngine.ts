import { alignSuggestion } from '../../shared/alignSuggestion.js';
import type { ThemePlacer, WordVectors } from '../../shared/clustering/index.js';
import type { StoredEvent } from '../../shared/events.js';
import type { PublicState } from '../../shared/model.js';
import type { ThemeSuggestion } from '../../shared/protocol.js';
import type { LiveWorkshop } from '../WorkshopService.js';

type Clustering = typeof import('../../shared/clustering/index.js');

interface Loaded {
  clustering: Clustering;
  vectors: WordVectors | null;
}

/** The bundled vectors, or none (word overlap only) when the file cannot be read. */
async function loadBundled(): Promise<WordVectors | null> {
  const { loadVectorsFromDisk } = await import('./loadVectors.js');
  return loadVectorsFromDisk();
}

/**
 * Runs the shared clustering engine for the server: live placement of new cards (also when no
 * facilitator screen is open) and theme suggestions. Placers are prepared once per board
 * layout and grow card by card, so placing a card costs one analysis and a few dot products.
 * The engine and its word vectors are loaded on first need: a session without themes never
 * pays for them (memory matters with thousands of idle phones). Placers are kept per live
 * workshop object, so they go when the service lets a workshop go.
 */
export class ThemeEngine {
  private loading: Promise<Loaded> | undefined;
  private loaded: Loaded | undefined;
  private readonly prepared = new WeakMap<LiveWorkshop, ThemePlacer>();

  constructor(private readonly loadVectors: () => Promise<WordVectors | null> = loadBundled) {}

  /** Starts loading now rather than when the first card needs placing. */
  warm(): Promise<Loaded> {
    this.loading ??= (async () => {
      const clustering = await import('../../shared/clustering/index.js');
      let vectors: WordVectors | null = null;
      try {
        vectors = await this.loadVectors();
      } catch (error) {
        console.error('word vectors not loaded; themes use word overlap only', error);
      }
      return (this.loaded = { clustering, vectors });
    })();
    return this.loading;
  }

  /** The theme a new card belongs in, or null for Unsorted. */
  async place(workshop: LiveWorkshop, text: string): Promise<string | null> {
    const { state } = workshop;
    const open = state.themes.filter((t) => !t.locked);
    if (!open.length) return null;
    const { clustering, vectors } = this.loaded ?? (await this.warm());
    let placer = this.prepared.get(workshop);
    if (!placer) {
      const cardsById = new Map(state.cards.map((c) => [c.id, { text: c.text, pinned: c.pinned }]));
      // A theme's label speaks for it too, so starting themes (from a template, or made by the
      // facilitator before any card) draw the cards that match them.
      const themes = open.map((t) => {
        cardsById.set(`label:${t.id}`, { text: t.label, pinned: true });
        return { id: t.id, cardIds: [...t.cardIds, `label:${t.id}`] };
      });
      placer = new clustering.ThemePlacer(themes, cardsById, vectors);
      this.prepared.set(workshop, placer);
    }
    return placer.place({ text }).themeId;
  }

  /** Keeps the prepared placer in step with the board: grows on new cards, rebuilds on steering. */
  observe(workshop: LiveWorkshop, events: StoredEvent[]): void {
    for (const event of events) {
      if (event.type === 'participant.joined') continue;
      // Themes appeared: get the engine ready before the next card needs it.
      if (event.type.startsWith('theme') || event.type === 'suggestion.applied') void this.warm();
      const placer = this.prepared.get(workshop);
      if (!placer) continue;
      if (event.type === 'card.posted') {
        if (event.card.themeId) placer.add(event.card.text, event.card.themeId);
      } else {
        this.prepared.delete(workshop);
      }
    }
  }

  async suggest(state: PublicState, newId: () => string): Promise<ThemeSuggestion> {
    const { clustering, vectors } = this.loaded ?? (await this.warm());
    const result = clustering.suggestThemes(
      state.cards.map((c) => ({ id: c.id, text: c.text, themeId: c.themeId, pinned: c.pinned })),
      vectors,
    );
    return {
      suggestionId: newId(),
      themes: alignSuggestion(state.themes, result.themes, newId),
      unsorted: result.unsorted,
    };
  }
}
