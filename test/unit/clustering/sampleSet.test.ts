import { describe, it, expect } from 'vitest';
import { sampleSet, type LabelledSet } from '../../../scripts/datasets';

const set: LabelledSet = {
  name: 'toy',
  labels: Array.from({ length: 60 }, (_, i) => `L${i % 6}`),
  texts: Array.from({ length: 60 }, (_, i) => `card ${i}`),
};

describe('sampleSet (board-sized samples for scripts/sweepCluster.ts)', () => {
  it('draws the asked number of labels and cards per label, each card once, with its own label', () => {
    const s = sampleSet(set, 4, 7, 1);
    expect(new Set(s.labels).size).toBe(4);
    for (const l of new Set(s.labels)) expect(s.labels.filter((x) => x === l).length).toBe(7);
    expect(new Set(s.texts).size).toBe(28);
    s.texts.forEach((t, i) => expect(set.labels[Number(t.split(' ')[1])]).toBe(s.labels[i]));
  });

  it('is deterministic per seed, differs across seeds, and caps at what a label holds', () => {
    expect(sampleSet(set, 4, 7, 1)).toEqual(sampleSet(set, 4, 7, 1));
    expect(sampleSet(set, 4, 7, 2).texts).not.toEqual(sampleSet(set, 4, 7, 1).texts);
    expect(sampleSet(set, 9, 20, 3).texts.length).toBe(60);
  });
});
