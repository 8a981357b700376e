import { describe, expect, it } from 'vitest';
import type { DayInput } from '../../src/domain/daily-metrics.js';
import { median } from '../../src/domain/median.js';
import { checkPlausibility } from '../../src/domain/plausibility.js';

const DAY: DayInput = { orders: 15, revenue: 8_500_000, adSpend: 2_000_000, leads: 85 };

/** n recent days equal to DAY except for the given fields. */
function usualDays(n: number, fields: Partial<DayInput> = {}): DayInput[] {
  return Array.from({ length: n }, () => ({ ...DAY, ...fields }));
}

describe('checkPlausibility', () => {
  it('finds nothing wrong in an ordinary day', () => {
    expect(checkPlausibility(DAY, usualDays(28))).toEqual([]);
    expect(checkPlausibility({ orders: 0, revenue: 0, adSpend: 0, leads: 0 }, [])).toEqual([]);
  });

  it('offers the ×1.000 reading when money looks typed in thousands', () => {
    // 8.500 ₫ over 15 orders is 567 ₫ an order.
    expect(checkPlausibility({ orders: 15, revenue: 8_500, adSpend: 2_000, leads: 85 }, [])).toEqual([
      { code: 'typed-in-thousands', fixed: DAY },
    ]);
    // Ad spend of 500 ₫; the revenue, a full amount already, is kept.
    expect(checkPlausibility({ ...DAY, adSpend: 500 }, [])).toEqual([
      { code: 'typed-in-thousands', fixed: { ...DAY, adSpend: 500_000 } },
    ]);
    // 15.000 ₫ over 15 orders is exactly 1.000 ₫ an order: not low.
    expect(checkPlausibility({ ...DAY, revenue: 15_000 }, [])).toEqual([]);
    expect(checkPlausibility({ ...DAY, revenue: 14_999 }, [])).toEqual([
      { code: 'typed-in-thousands', fixed: { ...DAY, revenue: 14_999_000 } },
    ]);
    expect(checkPlausibility({ ...DAY, adSpend: 1_000 }, [])).toEqual([]);
  });

  it('flags more orders than leads, revenue without orders and orders without revenue', () => {
    expect(checkPlausibility({ ...DAY, orders: 90 }, [])).toEqual([
      { code: 'orders-above-leads', orders: 90, leads: 85 },
    ]);
    expect(checkPlausibility({ ...DAY, orders: 85 }, [])).toEqual([]);
    expect(checkPlausibility({ ...DAY, orders: 0 }, [])).toEqual([
      { code: 'revenue-without-orders', revenue: 8_500_000 },
    ]);
    expect(checkPlausibility({ ...DAY, revenue: 0 }, [])).toEqual([
      { code: 'orders-without-revenue', orders: 15 },
    ]);
  });

  it('names the median of a field over 10× or under a tenth of it', () => {
    const recent = usualDays(7);
    expect(checkPlausibility({ ...DAY, revenue: 85_000_001 }, recent)).toEqual([
      { code: 'far-from-usual', field: 'revenue', value: 85_000_001, median: 8_500_000, direction: 'above' },
    ]);
    expect(checkPlausibility({ ...DAY, revenue: 85_000_000 }, recent)).toEqual([]);
    expect(checkPlausibility({ ...DAY, adSpend: 199_999 }, recent)).toEqual([
      { code: 'far-from-usual', field: 'adSpend', value: 199_999, median: 2_000_000, direction: 'below' },
    ]);
    expect(checkPlausibility({ ...DAY, adSpend: 200_000 }, recent)).toEqual([]);
  });

  it('needs 7 recent days and reads only the newest 28', () => {
    expect(checkPlausibility({ ...DAY, leads: 900 }, usualDays(6))).toEqual([]);
    // 28 days of 85 leads, then older days of 1.000 leads that must not count.
    const recent = [...usualDays(28), ...usualDays(40, { leads: 1_000 })];
    expect(checkPlausibility({ ...DAY, leads: 851 }, recent)).toEqual([
      { code: 'far-from-usual', field: 'leads', value: 851, median: 85, direction: 'above' },
    ]);
  });

  it('skips a field whose usual value is zero', () => {
    expect(checkPlausibility(DAY, usualDays(10, { adSpend: 0 }))).toEqual([]);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
});
