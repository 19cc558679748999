import { alignSuggestion } from '../../shared/alignSuggestion.js';
import { ThemePlacer, suggestThemes, type WordVectors } from '../../shared/clustering/index.js';
import type { StoredEvent } from '../../shared/events.js';
import type { PublicState } from '../../shared/model.js';
import type { ThemeSuggestion } from '../../shared/protocol.js';
import { loadVectorsFromDisk } from './loadVectors.js';

interface Prepared {
  placer: ThemePlacer;
}

/**
 * Runs the shared clustering engine for the server: live placement of new cards (also when no
 * facilitator screen is open) and theme suggestions. Placers are prepared once per board
 * layout and grow card by card, so placing a card costs one analysis and a few dot products.
 */
export class ThemeEngine {
  private vectors: WordVectors | null | undefined;
  private readonly prepared = new Map<string, Prepared>();

  constructor(private readonly loadVectors: () => WordVectors | null = loadVectorsFromDisk) {}

  /** Loads the word vectors now rather than on the first card. */
  warm(): void {
    this.getVectors();
  }

  /** The theme a new card belongs in, or null for Unsorted. */
  place(workshopId: string, state: PublicState, text: string): string | null {
    const open = state.themes.filter((t) => !t.locked);
    if (!open.length) return null;
    let prepared = this.prepared.get(workshopId);
    if (!prepared) {
      const cardsById = new Map(state.cards.map((c) => [c.id, { text: c.text, pinned: c.pinned }]));
      // A theme's label speaks for it too, so starting themes (from a template, or made by the
      // facilitator before any card) draw the cards that match them.
      const themes = open.map((t) => {
        cardsById.set(`label:${t.id}`, { text: t.label, pinned: true });
        return { id: t.id, cardIds: [...t.cardIds, `label:${t.id}`] };
      });
      prepared = { placer: new ThemePlacer(themes, cardsById, this.getVectors()) };
      this.prepared.set(workshopId, prepared);
    }
    return prepared.placer.place({ text }).themeId;
  }

  /** Keeps the prepared placer in step with the board: grows on new cards, rebuilds on steering. */
  observe(workshopId: string, events: StoredEvent[]): void {
    const prepared = this.prepared.get(workshopId);
    if (!prepared) return;
    for (const event of events) {
      if (event.type === 'participant.joined') continue;
      if (event.type === 'card.posted' && event.card.themeId) {
        prepared.placer.add(event.card.text, event.card.themeId);
      } else if (event.type !== 'card.posted') {
        this.prepared.delete(workshopId);
        return;
      }
    }
  }

  suggest(state: PublicState, newId: () => string): ThemeSuggestion {
    const cards = state.cards.filter((c) => c.kind === 'finding' || c.authorId !== null);
    const result = suggestThemes(
      cards.map((c) => ({ id: c.id, text: c.text, themeId: c.themeId, pinned: c.pinned })),
      this.getVectors(),
    );
    return {
      suggestionId: newId(),
      themes: alignSuggestion(state.themes, result.themes, newId),
      unsorted: result.unsorted,
    };
  }

  forget(workshopId: string): void {
    this.prepared.delete(workshopId);
  }

  private getVectors(): WordVectors | null {
    if (this.vectors === undefined) {
      try {
        this.vectors = this.loadVectors();
      } catch (error) {
        console.error('word vectors not loaded; themes use word overlap only', error);
        this.vectors = null;
      }
    }
    return this.vectors;
  }
}
