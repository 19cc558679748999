import { describe, it, expect } from 'vitest';
import { tokenize } from '../../../shared/clustering/tokenize';
import { analyze } from '../../../shared/clustering/analyze';
import { fitRepresentation } from '../../../shared/clustering/represent';
import { similarityMatrix } from '../../../shared/clustering/similarity';
import { agglomerate, cut, type Dendrogram } from '../../../shared/clustering/agglomerate';
import {
  chooseK,
  meanSimilarityToOthers,
  suggestThemes,
} from '../../../shared/clustering/suggestThemes';
import { labelThemes } from '../../../shared/clustering/label';
import { glossaryLine } from '../../../shared/clustering/glossary';
import { tinyVectors, CARDS } from './vectorsFixture';

const vectors = tinyVectors();

describe('tokenize fast path', () => {
  it('splits Latin, Cyrillic and accented text like Intl.Segmenter does', () => {
    const seg = new Intl.Segmenter(undefined, { granularity: 'word' });
    const reference = (t: string) =>
      [...seg.segment(t)]
        .filter((s) => s.isWordLike)
        .map((s) => s.segment.replace(/'s$|'$/u, ''))
        .filter((w) => w && !/^\p{N}+$/u.test(w));
    for (const text of [
      "the city's kpis, asp.net and 3.5 hrs — it's fine",
      'la clínica cierra a las 5 y la gente nunca puede venir',
      'пріоритети міської ради змінюються після кожних виборів',
      "l'équipe d'accueil, grad·u·a·tion",
    ])
      expect(tokenize(text)).toEqual(reference(text));
  });

  it('still segments scripts written without spaces', () => {
    expect(tokenize('会议的音响设备很差').length).toBeGreaterThan(1);
  });
});

describe('similarity and cohesion', () => {
  it('2×2-blocked matrix equals pairwise cosines, and cluster cohesion from sums equals the matrix', () => {
    const texts = [...CARDS, 'la clínica cierra', '', 'zebra quokka'];
    const analyzed = texts.map((t) => analyze(t, vectors));
    const rep = fitRepresentation(analyzed, vectors);
    const n = texts.length;
    const alpha = 0.5;
    const sim = similarityMatrix(rep.cards, alpha);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const a = rep.cards[i]!;
        const b = rep.cards[j]!;
        let lex = 0;
        a.ids.forEach((id, k) => {
          const q = b.ids.indexOf(id);
          if (q >= 0) lex += a.w[k]! * b.w[q]!;
        });
        let e = 0;
        if (a.emb && b.emb) for (let d = 0; d < a.emb.length; d++) e += a.emb[d]! * b.emb[d]!;
        const want = a.emb && b.emb ? alpha * e + (1 - alpha) * lex : lex;
        expect(sim[i * n + j]).toBeCloseTo(want, 5);
      }
    const members = [0, 1, 2, 3, 8, 16, 17, 18];
    const mean = meanSimilarityToOthers(rep.cards, alpha, members);
    members.forEach((i, x) => {
      let s = 0;
      for (const j of members) if (j !== i) s += sim[i * n + j]!;
      expect(mean[x]).toBeCloseTo(s / (members.length - 1), 5);
    });
  });
});

describe('number of themes', () => {
  const tree = (heights: number[]): Dendrogram => ({
    n: heights.length + 1,
    forced: [],
    merges: heights.map((h, i) => ({ a: 0, b: i + 1, height: h })),
  });

  it('stays near 1.2·√n and takes the sharpest jump in merge height there', () => {
    // 145 items: prior round(1.2·√145) = 14, window 11..18 clipped to 16.
    const flat = Array.from({ length: 144 }, (_, i) => 1 + i * 0.001);
    expect(chooseK(tree(flat), 4, 16)).toBeGreaterThanOrEqual(11);
    expect(chooseK(tree(flat), 4, 16)).toBeLessThanOrEqual(16);
    const jump = [...flat];
    // merges[n-k] takes k clusters to k-1: a big jump when going from 12 to 11 clusters.
    for (let i = 145 - 12; i < 144; i++) jump[i] = jump[i]! * 3;
    expect(chooseK(tree(jump), 4, 16)).toBe(12);
  });

  it('respects the bounds on small inputs', () => {
    const k = chooseK(tree([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]), 4, 5);
    expect(k).toBeGreaterThanOrEqual(4);
    expect(k).toBeLessThanOrEqual(5);
  });

  it('NN-chain Ward gives the same partitions as a naive Ward', () => {
    const pts = Array.from({ length: 30 }, (_, i) => [
      Math.sin(i * 1.7) + (i % 3) * 3,
      Math.cos(i * 2.3) + (i % 5),
    ]);
    const n = pts.length;
    const dist = new Float32Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++)
        dist[i * n + j] = (pts[i]![0]! - pts[j]![0]!) ** 2 + (pts[i]![1]! - pts[j]![1]!) ** 2;
    const fast = agglomerate(Float32Array.from(dist), n, 'ward');
    // Naive Ward: merge the pair with the least increase in within-cluster sum of squares.
    let clusters = pts.map((_, i) => [i]);
    const sse = (m: number[]) => {
      const cx = m.reduce((s, i) => s + pts[i]![0]!, 0) / m.length;
      const cy = m.reduce((s, i) => s + pts[i]![1]!, 0) / m.length;
      return m.reduce((s, i) => s + (pts[i]![0]! - cx) ** 2 + (pts[i]![1]! - cy) ** 2, 0);
    };
    const naive = new Map<number, string>();
    while (clusters.length > 1) {
      let best = [0, 1];
      let bestCost = Infinity;
      for (let a = 0; a < clusters.length; a++)
        for (let b = a + 1; b < clusters.length; b++) {
          const c = sse([...clusters[a]!, ...clusters[b]!]) - sse(clusters[a]!) - sse(clusters[b]!);
          if (c < bestCost) [bestCost, best] = [c, [a, b]];
        }
      const [a, b] = best as [number, number];
      clusters = [
        ...clusters.filter((_, i) => i !== a && i !== b),
        [...clusters[a]!, ...clusters[b]!],
      ];
      naive.set(clusters.length, canonical(clusters));
    }
    for (const k of [2, 3, 5, 8]) expect(canonical(toGroups(cut(fast, k)))).toBe(naive.get(k));
  });
});

function toGroups(labels: Int32Array): number[][] {
  const out: number[][] = [];
  labels.forEach((c, i) => (out[c] ??= []).push(i));
  return out;
}
function canonical(groups: number[][]): string {
  return groups
    .map((g) => [...g].sort((a, b) => a - b).join(','))
    .sort()
    .join('|');
}

describe('labels', () => {
  it('use words shared by several cards, prefer shared phrases, skip filler and numbers', () => {
    const texts = [
      'actually the plain language consent form, ask anyone',
      'plain language consent please, 6 pages is too long',
      'actually nobody reads the consent form',
      'privacy notice in plain language',
      'budget grants ran out',
      'grants for core costs',
    ];
    const analyzed = texts.map((t) => analyze(t, vectors));
    const rep = fitRepresentation(analyzed, vectors);
    const [first, second] = labelThemes(
      analyzed,
      [
        [0, 1, 2, 3],
        [4, 5],
      ],
      rep,
    );
    expect(first).toContain('plain language');
    expect(first).toContain('consent');
    expect(first).not.toMatch(/actually|ask|anyone|\d/);
    const words = first!.split(/[ ,]+/).filter(Boolean);
    expect(words.length).toBeGreaterThanOrEqual(2);
    expect(words.length).toBeLessThanOrEqual(4);
    expect(new Set(words).size).toBe(words.length);
    expect(second).toContain('grants');
    expect(second!.split(/[ ,]+/).filter(Boolean).length).toBeGreaterThanOrEqual(2);
  });
});

describe('cards in other languages', () => {
  it('borrow English vectors for loanwords and close cognates, keep their own spelling', () => {
    const es = analyze('la clínica necesita financiación y un stream online', vectors);
    expect(es.lang).not.toBe('eng');
    const stream = es.tokens.find((t) => t.surface === 'stream');
    expect(stream && stream.vec).toBe(vectors.indexOf('stream'));
    expect(es.tokens.some((t) => t.surface === 'clínica')).toBe(true);
  });
});

describe('the glossary of other languages', () => {
  const glossary = [
    ['spa', 'presupuesto', 'budget'],
    ['spa', 'voluntario', 'volunteer'],
    ['spa', 'datos', 'data'],
    ['pol', 'wolontariusz', 'volunteer'],
    ['vie', 'tình nguyện', 'volunteer'],
    ['vie', 'ngân sách', 'budget'],
  ]
    .map(([lang, word, english]) => glossaryLine(lang!, word!, english!))
    .join('\n');
  const withGlossary = tinyVectors(glossary);

  it('lends a word the vector and the stem of its English word, keeping its spelling', () => {
    const es = analyze('Sin presupuesto propio los voluntarios se van', withGlossary);
    const budget = es.tokens.find((t) => t.surface === 'presupuesto')!;
    expect(budget.vec).toBe(withGlossary.indexOf('budget'));
    expect(budget.key).toBe(analyze('budget', withGlossary).tokens[0]!.key);
    // An inflected form finds its lemma through the stem (voluntarios → voluntario).
    const volunteers = es.tokens.find((t) => t.surface === 'voluntarios')!;
    expect(volunteers.vec).toBe(withGlossary.indexOf('volunteer'));
    // The card's own function words go.
    expect(es.tokens.map((t) => t.surface)).not.toContain('los');
  });

  it('reads two-syllable Vietnamese words as one, and accents may be missing', () => {
    const vi = analyze('Người tình nguyện cần ngân sách', withGlossary);
    expect(vi.tokens.map((t) => t.surface)).toEqual(
      expect.arrayContaining(['tình nguyện', 'ngân sách']),
    );
    const bare = analyze('sin presupuesto, los datos no sirven', withGlossary);
    expect(bare.tokens.find((t) => t.surface === 'datos')?.vec).toBe(withGlossary.indexOf('data'));
  });

  it('puts a card in another language with the English cards that say the same', () => {
    const cards = [
      ...CARDS,
      'wolontariusz odchodzi, nikt nie dziękuje',
      'el presupuesto no alcanza',
    ].map((text, i) => ({ id: String(i), text }));
    const { themes } = suggestThemes(cards, withGlossary, { k: 4 });
    const themeOf = (id: string) => themes.findIndex((t) => t.cardIds.includes(id));
    expect(themeOf('16')).toBe(themeOf('5')); // volunteers
    expect(themeOf('17')).toBe(themeOf('0')); // money
  });

  it("labels a theme in the board's main language when cards in two languages share a word", () => {
    const cards = [
      ...CARDS,
      'el presupuesto no alcanza',
      'presupuesto cortado otra vez',
      'sin presupuesto para becas',
    ].map((text, i) => ({ id: String(i), text }));
    const { themes } = suggestThemes(cards, withGlossary, { k: 4 });
    const money = themes.find((t) => t.cardIds.includes('16'))!;
    expect(money.cardIds).toEqual(expect.arrayContaining(['0', '3', '17', '18']));
    expect(money.label).toContain('budget');
    expect(money.label).not.toContain('presupuesto');
  });
});

describe('k-means refinement of the Ward cut', () => {
  it('moves a card to the theme it is closest to, never a pinned card, deterministically', async () => {
    const { refineKMeans } = await import('../../../shared/clustering/refine');
    const analyzed = CARDS.map((t) => analyze(t, vectors));
    const rep = fitRepresentation(analyzed, vectors);
    // Four themes of four cards (money, volunteers, data, tech), with card 0 (money) put in tech
    // and card 12 (tech) pinned into money.
    const labels = Int32Array.from(CARDS, (_, i) => Math.floor(i / 4));
    labels[0] = 3;
    labels[12] = 0;
    const pinned = new Int32Array(CARDS.length).fill(-1);
    pinned[12] = 0;
    const out = refineKMeans(rep.cards, 0.5, labels, pinned);
    expect(out[0]).toBe(0);
    expect(out[12]).toBe(0);
    expect([...out.slice(4, 8)]).toEqual([1, 1, 1, 1]);
    expect(refineKMeans(rep.cards, 0.5, labels, pinned)).toEqual(out);
  });
});
