import { describe, expect, it } from 'vitest';
import { abbreviateMoney } from '../../src/domain/money-abbreviation.js';

describe('abbreviateMoney', () => {
  it.each([
    [8_500_000, '8,5tr', '8.5M'],
    [2_000_000, '2tr', '2M'],
    [850_000, '850k', '850K'],
    [12_500, '12,5k', '12.5K'],
    [1_200_000_000, '1,2 tỷ', '1.2B'],
    [8_250_000, '8,25tr', '8.25M'],
    [500, '500', '500'],
    [0, '0', '0'],
    [-700_000, '-700k', '-700K'],
    [-2_500_000, '-2,5tr', '-2.5M'],
  ])('writes %i as %s (vi) and %s (en)', (vnd, vi, en) => {
    expect(abbreviateMoney(vnd, 'vi')).toBe(vi);
    expect(abbreviateMoney(vnd, 'en')).toBe(en);
  });

  it('rounds to the digits asked and moves up a unit instead of writing 1000k', () => {
    expect(abbreviateMoney(8_333_333, 'vi')).toBe('8,33tr');
    expect(abbreviateMoney(8_333_333, 'vi', 1)).toBe('8,3tr');
    expect(abbreviateMoney(999_999, 'vi')).toBe('1tr');
    expect(abbreviateMoney(999.6, 'en')).toBe('1K');
    expect(abbreviateMoney(10_000_000, 'vi', 0)).toBe('10tr');
  });
});
