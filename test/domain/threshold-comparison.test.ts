import { describe, expect, it } from 'vitest';
import { type Comparison, crossesThreshold } from '../../src/domain/threshold-comparison.js';

describe('crossesThreshold', () => {
  it.each<[number, Comparison, number, boolean]>([
    [1, 'lt', 2, true],
    [2, 'lt', 2, false],
    [2, 'le', 2, true],
    [3, 'gt', 2, true],
    [2, 'gt', 2, false],
    [2, 'ge', 2, true],
    [-700_000, 'lt', 0, true],
    [0, 'lt', 0, false],
    [0.099, 'lt', 0.1, true],
  ])('%d %s %d is %s', (actual, comparison, threshold, expected) => {
    expect(crossesThreshold(actual, comparison, threshold)).toBe(expected);
  });

  it('treats a threshold off by binary noise as a tie', () => {
    const threshold = 1_400_000 * 1.15; // 1609999.9999999998
    expect(crossesThreshold(1_610_000, 'gt', threshold)).toBe(false);
    expect(crossesThreshold(1_610_001, 'gt', threshold)).toBe(true);
    expect(crossesThreshold(5 / 3, 'lt', 1 / 0.6)).toBe(false);
    expect(crossesThreshold(0.1 + 0.2, 'le', 0.3)).toBe(true);
  });
});
