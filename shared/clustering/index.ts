// Otterboard theme clustering — pure and isomorphic (Node and browser Web Worker; no I/O).
//
//   loadWordVectors(bytes, glossary?)          parse vectors/glove-30k.bin (GloVe 100-d, int8) and
//                                              vectors/glossary.tsv (18 languages → English words)
//   suggestThemes(cards, vectors, opts?)       → { themes: [{label, cardIds, themeId?}], unsorted: ids }
//       Automatic number of themes (4–16: prior 1.2·√n, sharpest Ward cut near it), deterministic.
//       Cards with `pinned: true` and a themeId stay in that theme; their theme is a seed
//       that similar cards join (returned with its themeId); two pinned themes never merge.
//   new ThemePlacer(themes, cardsById, vectors, opts?)   prepared board for live placement:
//       .place({text}) → { themeId | null (Unsorted), similarity }; .add(text, themeId) as cards land
//   placeCard(card, themes, cardsById, vectors, opts?)  same, with the placer cached per board map
//   nmi(truth, pred), ari(truth, pred)         evaluation metrics
//
// `vectors` may be null: the pipeline then runs on lexical TF-IDF alone.
// Pipeline: normalize → tokenize → language → stopwords → stem (other languages: glossary →
// English word and its vector) → represent → similarity →
// Ward (NN-chain) → k → k-means refinement → Unsorted (outliers only) → label.
import {
  ThemePlacer,
  type BoardCard,
  type PlaceOptions,
  type Placement,
  type PlacementTheme,
} from './themePlacer';
import type { WordVectors } from './wordVectors';

export { loadWordVectors, type WordVectors } from './wordVectors';
export {
  suggestThemes,
  type ClusterInput,
  type SuggestedTheme,
  type SuggestOptions,
  type Suggestion,
} from './suggestThemes';
export {
  ThemePlacer,
  type BoardCard,
  type PlaceOptions,
  type Placement,
  type PlacementTheme,
} from './themePlacer';
export { nmi, ari } from './metrics';

const placers = new WeakMap<
  Map<string, BoardCard>,
  { themes: PlacementTheme[]; vectors: WordVectors | null; placer: ThemePlacer }
>();

/** Places one card; the prepared placer is reused while `themes`, `cardsById` and `vectors` are the same objects. */
export function placeCard(
  card: { id?: string; text: string },
  themes: PlacementTheme[],
  cardsById: Map<string, BoardCard>,
  vectors: WordVectors | null,
  opts?: PlaceOptions,
): Placement {
  let hit = placers.get(cardsById);
  if (!hit || hit.themes !== themes || hit.vectors !== vectors) {
    hit = { themes, vectors, placer: new ThemePlacer(themes, cardsById, vectors, opts) };
    placers.set(cardsById, hit);
  }
  return hit.placer.place(card);
}
