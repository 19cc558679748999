import { describe, it, expect } from 'vitest';
import { nmi, ari } from '../../../shared/clustering/index';

// Reference values from scikit-learn's normalized_mutual_info_score / adjusted_rand_score.
describe('nmi and ari', () => {
  it('are 1 for identical partitions, whatever the names', () => {
    expect(nmi([0, 0, 1, 1], [1, 1, 0, 0])).toBeCloseTo(1, 10);
    expect(ari(['a', 'a', 'b', 'b'], ['x', 'x', 'y', 'y'])).toBeCloseTo(1, 10);
  });

  it('match scikit-learn on known examples', () => {
    expect(nmi([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(0.5158037429793889, 10);
    expect(ari([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(0.24242424242424246, 10);
    expect(ari([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 10);
    expect(nmi([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(0, 10);
  });

  it('handle degenerate partitions', () => {
    expect(nmi([0, 0, 0], [0, 0, 0])).toBe(1);
    expect(nmi([0, 1, 2], [0, 0, 0])).toBe(0);
    expect(ari([0, 0, 0], [0, 0, 0])).toBe(1);
  });
});
