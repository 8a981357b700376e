import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDailyMetrics, DEFAULT_COST_SETTINGS } from '../../src/domain/daily-metrics.js';
import {
  DAY_BOUND_VND,
  MAX_COUNT,
  MAX_MONEY_VND,
  MAX_UNIT_PRICE_VND,
  SAFE_SUM_DAYS,
} from '../../src/domain/input-limits.js';
import { productLinesCogs } from '../../src/domain/product-margin.js';

const near = (max: number) => fc.oneof(fc.constant(max), fc.integer({ min: 0, max }));

describe('input limits', () => {
  it('keep a month of maximal days exact: 31 × the day bound is below 2^53 − 1', () => {
    // 10^12 + 10^13 + 1,9·10^12 + 5·10^11 + 10^12 + 10^9 = 14.401.000.000.000.
    expect(DAY_BOUND_VND).toBe(14_401_000_000_000);
    expect(SAFE_SUM_DAYS).toBe(625);
    expect(31 * DAY_BOUND_VND).toBeLessThan(Number.MAX_SAFE_INTEGER);
  });

  it('keep every figure of a day, and of 31 such days summed, within the safe range', () => {
    fc.assert(
      fc.property(
        near(MAX_COUNT),
        near(MAX_MONEY_VND),
        near(MAX_MONEY_VND),
        near(MAX_COUNT),
        fc.array(fc.tuple(near(MAX_COUNT), near(MAX_UNIT_PRICE_VND)), { maxLength: 4 }),
        near(10_000_000),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        (orders, revenue, adSpend, leads, lines, shipping, returns) => {
          // The lines share out at most the day's orders, as the picker does.
          let left = orders;
          const shared = lines.map(([n, cost]) => {
            const take = Math.min(n, left);
            left -= take;
            return { orders: take, unitCogs: cost };
          });
          const cogs = productLinesCogs(shared);
          const settings = {
            ...DEFAULT_COST_SETTINGS,
            shippingCostPerOrder: shipping,
            codReturnRate: returns,
            paymentFeeRatio: 0.5,
            dailyFixedCost: 1_000_000_000,
          };
          const day = computeDailyMetrics({ orders, revenue, adSpend, leads }, settings, cogs);
          for (const value of [cogs, day.cogs, day.shippingCost, day.netProfit, day.variableCosts]) {
            expect(Number.isSafeInteger(value)).toBe(true);
            expect(Math.abs(value)).toBeLessThanOrEqual(DAY_BOUND_VND);
            expect(Math.abs(31 * value)).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
          }
        },
      ),
    );
  });
});
