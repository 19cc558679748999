import { describe, it, expect } from 'vitest';
import { suggestThemes, type ClusterInput } from '../../../shared/clustering/index';
import { tinyVectors, CARDS } from './vectorsFixture';

const vectors = tinyVectors();
const cards: ClusterInput[] = CARDS.map((text, i) => ({ id: `c${i}`, text }));
const themeOf = (themes: { cardIds: string[] }[], id: string) =>
  themes.findIndex((t) => t.cardIds.includes(id));

describe('suggestThemes', () => {
  it('is deterministic: the same cards in the same order give the same themes', () => {
    expect(suggestThemes(cards, vectors)).toEqual(suggestThemes(cards, vectors));
  });

  it('groups cards by meaning, with between 4 and 16 non-empty readable labels', () => {
    const { themes, unsorted } = suggestThemes(cards, vectors);
    expect(themes.length).toBeGreaterThanOrEqual(4);
    expect(themes.length).toBeLessThanOrEqual(16);
    expect(unsorted.length).toBeLessThanOrEqual(Math.floor(0.2 * cards.length));
    for (const t of themes) {
      expect(t.label.trim().length).toBeGreaterThan(0);
      expect(t.label.split(/[ ,]+/).filter(Boolean).length).toBeLessThanOrEqual(4);
      expect(t.label).toMatch(/^[\p{L}\p{N} ,'-]+$/u);
    }
    const all = [...themes.flatMap((t) => t.cardIds), ...unsorted].sort();
    expect(all).toEqual(cards.map((c) => c.id).sort());
    expect(themeOf(themes, 'c0')).toBe(themeOf(themes, 'c3'));
    expect(themeOf(themes, 'c12')).toBe(themeOf(themes, 'c15'));
    expect(themeOf(themes, 'c0')).not.toBe(themeOf(themes, 'c12'));
  });

  it('keeps pinned cards in their theme, returns its id, and pulls similar cards to it', () => {
    const input = cards.map((c, i) =>
      i === 4 || i === 13 ? { ...c, themeId: 'T-mixed', pinned: true } : c,
    );
    const { themes } = suggestThemes(input, vectors);
    const seeded = themes.find((t) => t.themeId === 'T-mixed');
    expect(seeded?.cardIds).toEqual(expect.arrayContaining(['c4', 'c13']));
    const other = suggestThemes(
      cards.map((c, i) =>
        i === 0
          ? { ...c, themeId: 'A', pinned: true }
          : i === 1
            ? { ...c, themeId: 'B', pinned: true }
            : c,
      ),
      vectors,
    ).themes;
    expect(themeOf(other, 'c0')).not.toBe(themeOf(other, 'c1')); // two pinned themes never merge
    const a = other.find((t) => t.themeId === 'A')!;
    expect(a.cardIds.length).toBeGreaterThan(1);
  });

  it('never throws on other scripts, emoji, empty or punctuation-only cards, and works without vectors', () => {
    const odd: ClusterInput[] = [
      'пріоритети міської ради змінюються після кожних виборів',
      'cần một nhóm chat chung để các tổ chức báo cho nhau',
      'la clínica cierra a las 5 y la gente nunca puede venir',
      'wolontariusze odchodzą po kilku miesiącach',
      '会议的音响设备很差',
      '🙂🙂🙂',
      '',
      '!!! ???',
      'ppl dont share thier data pls',
    ].map((text, i) => ({ id: `o${i}`, text }));
    for (const v of [vectors, null]) {
      const { themes, unsorted } = suggestThemes([...cards, ...odd], v);
      const ids = [...themes.flatMap((t) => t.cardIds), ...unsorted];
      expect(ids.length).toBe(cards.length + odd.length);
      for (const t of themes) expect(t.label.trim()).not.toBe('');
    }
    expect(suggestThemes([], vectors)).toEqual({ themes: [], unsorted: [] });
    expect(suggestThemes([{ id: 'x', text: 'alone' }], vectors).themes.length).toBeLessThanOrEqual(
      1,
    );
  });
});
