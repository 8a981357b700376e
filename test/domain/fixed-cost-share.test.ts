import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  averageFixedCostOfDays,
  fixedCostOfDay,
  shownDailyShare,
} from '../../src/domain/fixed-cost-share.js';
import { daysInMonth } from '../../src/domain/iso-date.js';

const dayOf = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Every day's share of `amount` in the month. */
function shares(amount: number, year: number, month: number): number[] {
  return Array.from({ length: daysInMonth(year, month) }, (_, i) =>
    fixedCostOfDay(amount, dayOf(year, month, i + 1)),
  );
}

describe('fixedCostOfDay', () => {
  it('splits 14.000.000 over a 30-day month: days 1–20 count 466.667, days 21–30 466.666', () => {
    // 14.000.000 = 30 × 466.666 + 20.
    const november = shares(14_000_000, 2026, 11);
    expect(november.slice(0, 20)).toEqual(Array(20).fill(466_667));
    expect(november.slice(20)).toEqual(Array(10).fill(466_666));
    expect(20 * 466_667 + 10 * 466_666).toBe(14_000_000);
  });

  it('splits 14.000.000 over 31, 29 and 28 days, each month summing to it exactly', () => {
    // 14.000.000 = 31 × 451.612 + 28: days 1–28 count 451.613, 29–31 count 451.612.
    expect(fixedCostOfDay(14_000_000, '2026-12-28')).toBe(451_613);
    expect(fixedCostOfDay(14_000_000, '2026-12-29')).toBe(451_612);
    // 14.000.000 = 29 × 482.758 + 18 (February 2028); = 28 × 500.000 (February 2026).
    expect(fixedCostOfDay(14_000_000, '2028-02-18')).toBe(482_759);
    expect(fixedCostOfDay(14_000_000, '2028-02-19')).toBe(482_758);
    expect(shares(14_000_000, 2026, 2)).toEqual(Array(28).fill(500_000));
    for (const [year, month] of [
      [2026, 12],
      [2028, 2],
      [2026, 2],
      [2026, 4],
    ] as const) {
      expect(shares(14_000_000, year, month).reduce((a, b) => a + b, 0)).toBe(14_000_000);
    }
  });

  it('gives every month’s days shares that sum to the amount, each the floor or one more', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30_000_000_000 }),
        fc.integer({ min: 1970, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        (amount, year, month) => {
          const days = shares(amount, year, month);
          const floor = Math.floor(amount / days.length);
          expect(days.reduce((a, b) => a + b, 0)).toBe(amount);
          expect(days.every((d) => d === floor || d === floor + 1)).toBe(true);
        },
      ),
    );
  });
});

describe('averageFixedCostOfDays', () => {
  it('averages the days of a period, weighing each month’s own share', () => {
    // 30/11 counts 466.666 (November: days 21–30); 01–06/12 count 451.613 each (December: days 1–28):
    // (466.666 + 6 × 451.613) / 7 = 3.176.344 / 7 = 453.763,4 → 453.763.
    expect(averageFixedCostOfDays(14_000_000, '2026-11-30', 7)).toBe(453_763);
    // One day is that day's share; a whole month averages to amount / days: 14.000.000 / 30 = 466.666,7.
    expect(averageFixedCostOfDays(14_000_000, '2026-11-30', 1)).toBe(466_666);
    expect(averageFixedCostOfDays(14_000_000, '2026-11-01', 30)).toBe(466_667);
  });
});

describe('shownDailyShare', () => {
  it('rounds a day of a 30-day month to the thousand and says when that is exact', () => {
    expect(shownDailyShare(14_000_000)).toEqual({ perDay: 467_000, exact: false });
    expect(shownDailyShare(15_000_000)).toEqual({ perDay: 500_000, exact: true });
    // 9.000.000 / 30 = 300.000 exactly; 9.001.000 / 30 = 300.033 → 300.000, not exact.
    expect(shownDailyShare(9_000_000)).toEqual({ perDay: 300_000, exact: true });
    expect(shownDailyShare(9_001_000)).toEqual({ perDay: 300_000, exact: false });
  });
});
