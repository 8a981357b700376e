import { describe, expect, it } from 'vitest';
import { createPrng, generateDemoData, toDailyRecordValues } from '../../../src/db/seed/demo-data.js';
import { addDays, isoWeekOf } from '../../../src/domain/local-date.js';

const endDate = '2026-11-23';

describe('generateDemoData', () => {
  it('gives the same data for the same end date and seed, and other data for another seed', () => {
    expect(generateDemoData({ endDate })).toEqual(generateDemoData({ endDate }));
    expect(generateDemoData({ endDate, seed: 1 })[0]?.days).not.toEqual(
      generateDemoData({ endDate })[0]?.days,
    );
  });

  it('covers eight weeks ending on the end date, with a day or two missing', () => {
    for (const shop of generateDemoData({ endDate })) {
      const dates = shop.days.map((d) => d.date);
      expect(dates.at(-1)).toBe(endDate);
      expect(dates[0]! >= addDays(endDate, -55)).toBe(true);
      expect(dates).toEqual([...dates].sort());
      expect(56 - dates.length).toBeGreaterThanOrEqual(1);
      expect(56 - dates.length).toBeLessThanOrEqual(2);
    }
  });

  it('produces plausible whole-VND inputs', () => {
    for (const shop of generateDemoData({ endDate })) {
      for (const day of shop.days) {
        for (const value of [day.orders, day.revenue, day.adSpend, day.leads]) {
          expect(Number.isSafeInteger(value) && value >= 0).toBe(true);
        }
        expect(day.revenue % 1_000).toBe(0);
        expect(day.orders).toBeLessThanOrEqual(day.leads);
      }
    }
  });

  it("has a bad week: the flower shop's ROAS falls below break-even last week", () => {
    const [flowers] = generateDemoData({ endDate });
    const settings = { cogsRatio: 0.4, paymentFeeRatio: 0, shippingCostPerOrder: 0, dailyFixedCost: 0 };
    const roasOfWeek = (isoWeek: string) => {
      const days = flowers!.days.filter((d) => isoWeekOf(d.date) === isoWeek);
      const revenue = days.reduce((sum, d) => sum + d.revenue, 0);
      const adSpend = days.reduce((sum, d) => sum + d.adSpend, 0);
      return revenue / adSpend;
    };
    const lastWeek = isoWeekOf(addDays(endDate, -7));
    expect(roasOfWeek(lastWeek)).toBeLessThan(1 / 0.6);
    expect(roasOfWeek(isoWeekOf(addDays(endDate, -21)))).toBeGreaterThan(3);
    // The ads-off day stores null CPL and ROAS instead of dividing by zero.
    const values = flowers!.days.map((d) => toDailyRecordValues(d, settings));
    expect(values.some((v) => v.adSpend === 0 && v.roas === null)).toBe(true);
  });
});

describe('createPrng', () => {
  it('is deterministic and stays in [0, 1)', () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
