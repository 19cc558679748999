// Live placement: a new card joins the theme whose cards it is most similar to on average,
// or Unsorted (null) below a threshold. Nothing else on the board moves. Theme centroids are
// precomputed once, so placing a card costs one card analysis plus a few dot products.
// Cards the facilitator placed by hand (pinned) count double: they teach placement.
import { analyze } from './analyze';
import { embedCard, fitRepresentation, type CardVector, type Representation } from './represent';
import { DEFAULT_ALPHA } from './similarity';
import type { WordVectors } from './wordVectors';

export interface PlacementTheme {
  id: string;
  cardIds: string[];
}
export interface BoardCard {
  text: string;
  pinned?: boolean;
}
export interface PlaceOptions {
  alpha?: number;
  /** Mean similarity to a theme's cards below which a card stays Unsorted. */
  minSimilarity?: number;
}
export interface Placement {
  themeId: string | null;
  similarity: number;
}

interface Centroid {
  id: string;
  weight: number;
  emb: Float32Array | null;
  embSum: Float32Array;
  lex: Map<number, number>;
}

export const DEFAULT_MIN_SIMILARITY = 0.12;
const PINNED_WEIGHT = 2;

export class ThemePlacer {
  private readonly rep: Representation;
  private readonly centroids: Centroid[] = [];
  private readonly alpha: number;
  private readonly minSimilarity: number;

  constructor(
    themes: PlacementTheme[],
    cardsById: Map<string, BoardCard>,
    vectors: WordVectors | null,
    opts: PlaceOptions = {},
  ) {
    this.alpha = opts.alpha ?? DEFAULT_ALPHA;
    this.minSimilarity = opts.minSimilarity ?? DEFAULT_MIN_SIMILARITY;
    const ids = [...cardsById.keys()];
    const analyzed = ids.map((id) => analyze(cardsById.get(id)!.text, vectors));
    this.rep = fitRepresentation(analyzed, vectors);
    const vecOf = new Map(ids.map((id, i) => [id, this.rep.cards[i]!]));
    const dims = vectors?.dims ?? 0;
    for (const t of themes) {
      const c: Centroid = {
        id: t.id,
        weight: 0,
        emb: null,
        embSum: new Float32Array(dims),
        lex: new Map(),
      };
      for (const cid of t.cardIds) {
        const v = vecOf.get(cid);
        if (v) this.accumulate(c, v, cardsById.get(cid)?.pinned ? PINNED_WEIGHT : 1);
      }
      this.finish(c);
      this.centroids.push(c);
    }
  }

  private accumulate(c: Centroid, v: CardVector, weight: number): void {
    c.weight += weight;
    if (v.emb) for (let d = 0; d < v.emb.length; d++) c.embSum[d]! += weight * v.emb[d]!;
    v.ids.forEach((id, k) => c.lex.set(id, (c.lex.get(id) ?? 0) + weight * v.w[k]!));
  }

  private finish(c: Centroid): void {
    c.emb =
      c.weight > 0 && c.embSum.some((x) => x !== 0) ? c.embSum.map((x) => x / c.weight) : null;
  }

  /** Similarity of a card to each theme: its weighted mean similarity to the theme's cards. */
  scores(text: string): { themeId: string; similarity: number }[] {
    const v = embedCard(this.rep, analyze(text, this.rep.vectors));
    return this.centroids.map((c) => {
      if (c.weight === 0) return { themeId: c.id, similarity: 0 };
      let e = 0;
      if (v.emb && c.emb) for (let d = 0; d < v.emb.length; d++) e += v.emb[d]! * c.emb[d]!;
      let l = 0;
      v.ids.forEach((id, k) => (l += v.w[k]! * (c.lex.get(id) ?? 0)));
      const alpha = v.emb && c.emb ? this.alpha : 0; // no meaning view: words decide alone
      return { themeId: c.id, similarity: alpha * e + ((1 - alpha) * l) / c.weight };
    });
  }

  place(card: { id?: string; text: string }): Placement {
    let best: Placement = { themeId: null, similarity: 0 };
    for (const s of this.scores(card.text)) if (s.similarity > best.similarity) best = { ...s };
    return best.similarity >= this.minSimilarity
      ? best
      : { themeId: null, similarity: best.similarity };
  }

  /** Records that a card joined a theme (live), without refitting the vocabulary statistics. */
  add(text: string, themeId: string, pinned = false): void {
    const c = this.centroids.find((x) => x.id === themeId);
    if (!c) return;
    this.accumulate(
      c,
      embedCard(this.rep, analyze(text, this.rep.vectors)),
      pinned ? PINNED_WEIGHT : 1,
    );
    this.finish(c);
  }
}
