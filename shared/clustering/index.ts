// Otterboard theme clustering — pure and isomorphic (Node and browser Web Worker; no I/O).
//
//   loadWordVectors(bytes, glossary?)          parse vectors/glove-30k.bin (GloVe 100-d, int8) and
//                                              vectors/glossary.tsv (31 languages → English words)
//   suggestThemes(cards, vectors, opts?)       → { themes: [{label, cardIds, themeId?}], unsorted: ids }
//       Automatic number of themes (4–16: prior 1.2·√n, sharpest Ward cut near it), deterministic.
//       Cards with `pinned: true` and a themeId stay in that theme; their theme is a seed
//       that similar cards join (returned with its themeId); two pinned themes never merge.
//   new ThemePlacer(themes, cardsById, vectors, opts?)   prepared board for live placement:
//       .place({text}) → { themeId | null (Unsorted), similarity }; .add(text, themeId) as cards land
//   nmi(truth, pred), ari(truth, pred)         evaluation metrics
//
// `vectors` may be null: the pipeline then runs on lexical TF-IDF alone.
// Pipeline: normalize → tokenize → language → stopwords → stem (other languages: glossary →
// English word and its vector) → represent → similarity →
// Ward (NN-chain) → k → k-means refinement → Unsorted (outliers only) → label.
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
