import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/domain/format.js';
import {
  decomposeProfitChange,
  dominantCause,
  movingParts,
  type ProfitDecomposition,
  type ProfitFactor,
} from '../../src/domain/profit-decomposition.js';
import { computeWeekPnl, NO_DAYS, type WeekPnl } from '../../src/domain/week-totals.js';
import { DEFAULT_WEEK_SETTINGS, LAST_WEEK, WEEK_BEFORE, weekFrom } from './week-fixtures.js';

const amounts = (d: ProfitDecomposition) =>
  Object.fromEntries((d.parts ?? []).map((p) => [p.factor, p.amount]));

describe('decomposeProfitChange', () => {
  it('splits the docs/product.md change of −22.400.000 ₫ exactly as the worked example', () => {
    const decomposition = decomposeProfitChange(LAST_WEEK, WEEK_BEFORE);
    expect(decomposition.total).toBe(-22_400_000);
    expect(decomposition.parts?.map((p) => [p.factor, p.amount])).toEqual([
      ['leads', 598_355],
      ['cvr', -17_155_795],
      ['aov', -3_240_436],
      ['margin', 0],
      ['cpl', -2_602_124],
    ]);
  });

  it('carries each factor from its value the week before to last week', () => {
    const parts = decomposeProfitChange(LAST_WEEK, WEEK_BEFORE).parts!;
    const cvr = parts.find((p) => p.factor === 'cvr')!;
    expect(formatPercent(cvr.previous, 'vi')).toBe('17,65 %');
    expect(formatPercent(cvr.current, 'vi')).toBe('8,89 %');
    expect(parts.find((p) => p.factor === 'leads')).toMatchObject({ previous: 595, current: 630 });
    expect(parts.find((p) => p.factor === 'margin')).toMatchObject({ previous: 0.6, current: 0.6 });
  });

  it('gives a change in one factor all of the change', () => {
    const before = weekFrom({ orders: 20, revenue: 10_000_000, adSpend: 2_000_000, leads: 100 });
    const after = weekFrom({ orders: 20, revenue: 10_000_000, adSpend: 3_000_000, leads: 100 });
    const decomposition = decomposeProfitChange(after, before);
    expect(amounts(decomposition)).toEqual({ leads: 0, cvr: 0, aov: 0, margin: 0, cpl: -1_000_000 });
    expect(dominantCause(decomposition)).toMatchObject({ share: 1 });
  });

  it('adds a fixed-cost part only when fixed costs changed', () => {
    const day = { orders: 70, revenue: 35_000_000, adSpend: 7_000_000, leads: 350 };
    // Seven recorded days, each with the fixed cost it was saved with: 7 × 100.000, then 7 × 150.000.
    const before = computeWeekPnl(
      { ...NO_DAYS, ...day, cogs: 14_000_000, fixedCost: 700_000, daysRecorded: 7, daysInPeriod: 7 },
      { ...DEFAULT_WEEK_SETTINGS, dailyFixedCost: 100_000 },
    );
    const after = computeWeekPnl(
      {
        ...NO_DAYS,
        ...day,
        leads: 400,
        cogs: 14_000_000,
        fixedCost: 1_050_000,
        daysRecorded: 7,
        daysInPeriod: 7,
      },
      { ...DEFAULT_WEEK_SETTINGS, dailyFixedCost: 150_000 },
    );
    const decomposition = decomposeProfitChange(after, before);
    expect(decomposition.total).toBe(-350_000);
    expect(amounts(decomposition).fixed).toBe(-350_000);
    // More leads at the same spend and orders: the lead gain is exactly offset by the CVR and CPL changes.
    expect(decomposition.parts?.reduce((sum, p) => sum + p.amount, 0)).toBe(-350_000);
    expect(decomposeProfitChange(LAST_WEEK, WEEK_BEFORE).parts?.some((p) => p.factor === 'fixed')).toBe(
      false,
    );
  });

  it.each<[string, Partial<WeekPnl>, Partial<WeekPnl>, string]>([
    ['this week has no leads', { leads: 0, cvr: null, cpl: null }, {}, 'no-leads'],
    ['the week before had no leads', {}, { leads: 0 }, 'no-leads'],
    ['this week has no orders', { orders: 0 }, {}, 'no-orders'],
    ['the week before had no orders', {}, { orders: 0 }, 'no-orders'],
    ['this week has orders but no revenue', { revenue: 0 }, {}, 'no-revenue'],
  ])('gives only the plain change when %s', (_, currentPatch, previousPatch, reason) => {
    const current = { ...LAST_WEEK, ...currentPatch, netProfit: -500_000 };
    const previous = { ...WEEK_BEFORE, ...previousPatch, netProfit: 1_000_000 };
    expect(decomposeProfitChange(current, previous)).toEqual({ total: -1_500_000, parts: null, reason });
  });
});

/** The Shapley value by its definition: the marginal effect averaged over all n! orders of switching. */
function bruteForceShapley(previous: WeekPnl, current: WeekPnl): Record<string, number> {
  const value = (w: WeekPnl) => ({
    leads: w.leads,
    cvr: w.orders / w.leads,
    aov: w.revenue / w.orders,
    margin: w.contribution / w.revenue,
    cpl: w.adSpend / w.leads,
    fixed: w.fixedCosts,
  });
  const a = value(previous);
  const b = value(current);
  const profit = (x: typeof a) => x.leads * x.cvr * x.aov * x.margin - x.leads * x.cpl - x.fixed;
  const factors = Object.keys(a) as (keyof typeof a)[];
  const sums = Object.fromEntries(factors.map((f) => [f, 0]));
  let orders = 0;
  const permute = (rest: typeof factors, prefix: typeof factors) => {
    if (rest.length === 0) {
      const x = { ...a };
      for (const f of prefix) {
        const before = profit(x);
        x[f] = b[f];
        sums[f]! += profit(x) - before;
      }
      orders += 1;
      return;
    }
    rest.forEach((f, i) => {
      permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...prefix, f]);
    });
  };
  permute(factors, []);
  return Object.fromEntries(factors.map((f) => [f, sums[f]! / orders]));
}

const FACTORS: readonly ProfitFactor[] = ['leads', 'cvr', 'aov', 'margin', 'cpl', 'fixed'];

/** Two weeks in which the chosen factors keep their value exactly (same rationals, so the same floats). */
const weekPairs = fc
  .record({
    leads: fc.integer({ min: 1, max: 3_000 }),
    orders: fc.integer({ min: 1, max: 800 }),
    aovTens: fc.integer({ min: 1, max: 100_000 }),
    cpl: fc.integer({ min: 0, max: 200_000 }),
    cogsTenths: fc.constantFrom(3, 4, 5, 7),
    fixed: fc.integer({ min: 0, max: 2_000_000 }),
    next: fc.record({
      leads: fc.integer({ min: 1, max: 3_000 }),
      scale: fc.integer({ min: 2, max: 5 }),
      orders: fc.integer({ min: 1, max: 800 }),
      aovTens: fc.integer({ min: 1, max: 100_000 }),
      cpl: fc.integer({ min: 0, max: 200_000 }),
      cogsTenths: fc.constantFrom(3, 4, 5, 7),
      fixed: fc.integer({ min: 0, max: 2_000_000 }),
    }),
    same: fc.record({
      leads: fc.boolean(),
      cvr: fc.boolean(),
      aov: fc.boolean(),
      margin: fc.boolean(),
      cpl: fc.boolean(),
      fixed: fc.boolean(),
    }),
  })
  .map(({ next, same, ...first }) => {
    let leads = next.leads;
    let orders = next.orders;
    if (same.leads && same.cvr) [leads, orders] = [first.leads, first.orders];
    else if (same.leads) leads = first.leads;
    else if (same.cvr) [leads, orders] = [first.leads * next.scale, first.orders * next.scale];
    const week = (w: {
      leads: number;
      orders: number;
      aovTens: number;
      cpl: number;
      cogsTenths: number;
      fixed: number;
    }) => {
      const revenue = w.orders * w.aovTens * 10;
      return computeWeekPnl(
        {
          leads: w.leads,
          orders: w.orders,
          revenue,
          adSpend: w.leads * w.cpl,
          cogs: (revenue / 10) * w.cogsTenths,
          ...{ returnedRevenue: 0, shippingCost: 0, paymentFees: 0 },
          fixedCost: 7 * w.fixed,
          daysRecorded: 7,
          daysInPeriod: 7,
        },
        { ...DEFAULT_WEEK_SETTINGS, dailyFixedCost: w.fixed },
      );
    };
    const previous = week(first);
    const current = week({
      leads,
      orders,
      aovTens: same.aov ? first.aovTens : next.aovTens,
      cpl: same.cpl ? first.cpl : next.cpl,
      cogsTenths: same.margin ? first.cogsTenths : next.cogsTenths,
      fixed: same.fixed ? first.fixed : next.fixed,
    });
    return { previous, current, same };
  });

describe('decomposeProfitChange properties', () => {
  it('parts are whole đồng that add up exactly to the change, each within 1 ₫ of its Shapley value', () => {
    fc.assert(
      fc.property(weekPairs, ({ previous, current }) => {
        const { total, parts } = decomposeProfitChange(current, previous);
        expect(total).toBe(current.netProfit - previous.netProfit);
        expect(parts).not.toBeNull();
        expect(parts!.reduce((sum, p) => sum + p.amount, 0)).toBe(total);
        const exact = bruteForceShapley(previous, current);
        for (const part of parts!) {
          expect(Number.isInteger(part.amount)).toBe(true);
          expect(Math.abs(part.amount - exact[part.factor]!)).toBeLessThan(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives 0 to every factor that did not change, and lists fixed costs only when they changed', () => {
    fc.assert(
      fc.property(weekPairs, ({ previous, current, same }) => {
        const parts = decomposeProfitChange(current, previous).parts!;
        const factors = parts.map((p) => p.factor);
        expect(factors).toEqual(
          FACTORS.filter((f) => f !== 'fixed' || previous.fixedCosts !== current.fixedCosts),
        );
        for (const part of parts) {
          if (same[part.factor]) expect(part.amount).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is antisymmetric: swapping the weeks negates every part up to one đồng of rounding', () => {
    fc.assert(
      fc.property(weekPairs, ({ previous, current }) => {
        const forward = decomposeProfitChange(current, previous).parts!;
        const backward = decomposeProfitChange(previous, current).parts!;
        forward.forEach((part, i) => {
          expect(Math.abs(part.amount + backward[i]!.amount)).toBeLessThanOrEqual(1);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('dominantCause', () => {
  it('names CVR as 76,6 % of the docs/product.md fall', () => {
    const cause = dominantCause(decomposeProfitChange(LAST_WEEK, WEEK_BEFORE))!;
    expect(cause.part.factor).toBe('cvr');
    expect(cause.share).toBeCloseTo(17_155_795 / 22_400_000, 12);
  });

  it('picks the largest part in the direction profit moved, not the largest against it', () => {
    const decomposition: ProfitDecomposition = {
      total: -1_000_000,
      parts: [
        { factor: 'leads', amount: 5_000_000, previous: 100, current: 200 },
        { factor: 'cvr', amount: -4_000_000, previous: 0.2, current: 0.1 },
        { factor: 'aov', amount: -2_000_000, previous: 500_000, current: 400_000 },
      ],
    };
    expect(dominantCause(decomposition)).toMatchObject({
      part: { factor: 'cvr' },
      share: 4,
    });
  });

  it('has nothing to name without a split or without a change', () => {
    expect(dominantCause({ total: -5, parts: null, reason: 'no-leads' })).toBeNull();
    expect(
      dominantCause({ total: 0, parts: [{ factor: 'leads', amount: 0, previous: 1, current: 1 }] }),
    ).toBeNull();
  });
});

describe('movingParts', () => {
  it('leaves out the parts of 0 ₫ and keeps the order of the factors', () => {
    // docs/product.md: margin did not move (0 ₫), so four parts are named.
    const parts = movingParts(decomposeProfitChange(LAST_WEEK, WEEK_BEFORE));
    expect(parts.map((p) => [p.factor, p.amount])).toEqual([
      ['leads', 598_355],
      ['cvr', -17_155_795],
      ['aov', -3_240_436],
      ['cpl', -2_602_124],
    ]);
  });

  it('is empty without a split', () => {
    expect(movingParts({ total: -5, parts: null, reason: 'no-leads' })).toEqual([]);
  });
});
