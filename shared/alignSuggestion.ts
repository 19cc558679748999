import type { Theme } from './model.js';
import type { ThemeSuggestion } from './protocol.js';
import { isFrozen } from './themeOps.js';

/** Overlap (Jaccard) above which a suggested theme is taken to be an existing one. */
const SAME_THEME = 0.3;

/**
 * T4: gives suggested themes the ids of the board's themes they match, so accepting new
 * suggestions keeps ids and positions; themes the facilitator froze are left out of the preview.
 */
export function alignSuggestion(
  board: Theme[],
  suggested: { label: string; cardIds: string[]; themeId?: string }[],
  newId: () => string,
): ThemeSuggestion['themes'] {
  const open = board.filter((t) => !isFrozen(t));
  const frozen = new Set(board.filter(isFrozen).map((t) => t.id));
  const taken = new Set<string>();
  const matched = new Map<string, ThemeSuggestion['themes'][number]>();
  const fresh: ThemeSuggestion['themes'] = [];

  // Seeded themes keep their id; then the others by best overlap, biggest first.
  const ordered = [...suggested].sort(
    (a, b) => Number(!!b.themeId) - Number(!!a.themeId) || b.cardIds.length - a.cardIds.length,
  );
  for (const s of ordered) {
    if (s.themeId && frozen.has(s.themeId)) continue;
    let id = s.themeId && !taken.has(s.themeId) ? s.themeId : undefined;
    if (!id) {
      let best = SAME_THEME;
      for (const t of open) {
        if (taken.has(t.id)) continue;
        const score = jaccard(t.cardIds, s.cardIds);
        if (score >= best) [best, id] = [score, t.id];
      }
    }
    if (id && board.some((t) => t.id === id)) {
      taken.add(id);
      matched.set(id, { id, label: s.label, cardIds: s.cardIds, isNew: false });
    } else {
      fresh.push({ id: newId(), label: s.label, cardIds: s.cardIds, isNew: true });
    }
  }
  return [...board.filter((t) => matched.has(t.id)).map((t) => matched.get(t.id)!), ...fresh];
}

function jaccard(a: string[], b: string[]): number {
  const setA = new Set(a);
  let both = 0;
  for (const id of b) if (setA.has(id)) both++;
  const union = setA.size + b.length - both;
  return union ? both / union : 0;
}
