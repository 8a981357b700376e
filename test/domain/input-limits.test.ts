import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AdRules, judgeAd } from '../../src/domain/ad-judgement.js';
import { computeDailyMetrics, DEFAULT_COST_SETTINGS } from '../../src/domain/daily-metrics.js';
import { funnelBasis } from '../../src/domain/funnel-basis.js';
import { computeGoalPace } from '../../src/domain/goal-pacing.js';
import { simulateGrowth, simulationFits } from '../../src/domain/growth-simulation.js';
import {
  DAY_BOUND_VND,
  MAX_AD_VIEWS,
  MAX_COUNT,
  MAX_MONEY_VND,
  MAX_UNIT_PRICE_VND,
  SAFE_SUM_DAYS,
} from '../../src/domain/input-limits.js';
import { productLinesCogs } from '../../src/domain/product-margin.js';
import { computeWeekPnl, sumDays } from '../../src/domain/week-totals.js';
import { ISSUE_BASIS } from '../support/ad-inputs.js';

const near = (max: number) => fc.oneof(fc.constant(max), fc.integer({ min: 0, max }));

/** The costs settings at their bounds: shipping 10^7 ₫, returns up to 90 %, fee 50 %, fixed 10^9 ₫ a day. */
const MAX_SETTINGS = {
  ...DEFAULT_COST_SETTINGS,
  shippingCostPerOrder: 10_000_000,
  codReturnRate: 0.9,
  paymentFeeRatio: 0.5,
  dailyFixedCost: 1_000_000_000,
};

/** A day typed within the limits, its products' COGS shared out of its orders, computed at MAX_SETTINGS. */
const maximalDay = fc
  .record({
    orders: near(MAX_COUNT),
    revenue: near(MAX_MONEY_VND),
    adSpend: near(MAX_MONEY_VND),
    leads: near(MAX_COUNT),
    unitCogs: fc.option(near(MAX_UNIT_PRICE_VND)),
  })
  .map(({ unitCogs, ...input }) => {
    const products = unitCogs === null ? null : productLinesCogs([{ orders: input.orders, unitCogs }]);
    const day = computeDailyMetrics(input, MAX_SETTINGS, products);
    return { ...input, ...day };
  });

const safe = (value: number | null) => value === null || Math.abs(value) <= Number.MAX_SAFE_INTEGER;

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

  it('keep a month of maximal days summed, its week P&L and its goal pace within the safe range', () => {
    fc.assert(
      fc.property(
        fc.array(maximalDay, { minLength: 1, maxLength: 31 }),
        near(MAX_MONEY_VND),
        (days, target) => {
          const totals = sumDays(days, 31);
          const pnl = computeWeekPnl(totals, { ...MAX_SETTINGS, targetRoas: null });
          for (const value of Object.values(totals)) expect(Number.isSafeInteger(value)).toBe(true);
          for (const value of [pnl.netProfit, pnl.contribution, pnl.variableCosts, pnl.fixedCosts])
            expect(Number.isSafeInteger(value)).toBe(true);
          const profitToDate = days.reduce((sum, d) => sum + d.netProfit, 0);
          expect(Number.isSafeInteger(profitToDate)).toBe(true);
          const pace = computeGoalPace({
            month: '2026-12',
            revenueTarget: Math.max(target, 1),
            profitTarget: Math.max(target, 1),
            asOf: `2026-12-${String(days.length).padStart(2, '0')}`,
            revenueToDate: totals.revenue,
            profitToDate,
            daysRecorded: days.length,
          });
          for (const t of [pace.revenue, pace.profit!]) {
            for (const value of [t.proRataTarget, t.forecast, t.remaining, t.requiredDailyRunRate])
              expect(safe(value)).toBe(true);
          }
        },
      ),
    );
  });

  it('judge an ad at the limits with every figure of the answer in the safe range', () => {
    const rules: AdRules = {
      minDays: 3,
      minSpend: 300_000,
      killMultiplier: 20,
      minConversions: 3,
      scaleStepRatio: 1,
      minCtr: 0.01,
      minImpressions: 1000,
    };
    fc.assert(
      fc.property(
        fc.record({
          daysRunning: fc.integer({ min: 1, max: MAX_COUNT }),
          spend: near(MAX_MONEY_VND),
          leads: near(MAX_COUNT),
          orders: near(MAX_COUNT),
          revenue: near(MAX_MONEY_VND),
          impressions: near(MAX_AD_VIEWS),
        }),
        (fields) => {
          const input = { ...fields, clicks: fields.impressions };
          const judged = judgeAd(input, ISSUE_BASIS, rules);
          for (const r of judged.reasons)
            for (const value of Object.values(r.params)) expect(safe(value)).toBe(true);
          if (judged.budget) {
            expect(safe(judged.budget.current)).toBe(true);
            expect(safe(judged.budget.next)).toBe(true);
          }
        },
      ),
    );
  });

  it('simulate growth from 28 days at the limits: every result fits, or the simulation says it does not', () => {
    fc.assert(
      fc.property(
        fc.array(maximalDay, { minLength: 28, maxLength: 28 }),
        fc.integer({ min: 1, max: MAX_MONEY_VND }),
        (days, target) => {
          const sums = { ...sumDays(days, 28), daysRecorded: 28 };
          const basis = funnelBasis(sums);
          if (!basis.ok) return;
          const simulation = simulateGrowth(basis, target, MAX_SETTINGS);
          if (!simulation) return;
          const figures = [
            simulation.orders,
            simulation.leads,
            simulation.flat.adSpend,
            simulation.flat.netProfit,
            simulation.saturated.adSpend,
            simulation.saturated.netProfit,
          ];
          // A simulation said to fit has every figure an exact integer within ±(2^53 − 1); one that does not is
          // refused, never stored.
          if (simulationFits(simulation)) for (const f of figures) expect(Number.isSafeInteger(f)).toBe(true);
          else expect(figures.some((f) => !Number.isSafeInteger(f))).toBe(true);
        },
      ),
    );
  });

  it('report a simulation at AOV 1 ₫ and CVR 10^-7 for 1.000 tỷ as not fitting', () => {
    const basis = funnelBasis({
      orders: 28,
      revenue: 28,
      adSpend: 28_000,
      leads: 280_000_000,
      daysRecorded: 28,
    });
    if (!basis.ok) throw new Error(basis.gap);
    // 10^12 orders, 10^19 leads.
    const simulation = simulateGrowth(basis, MAX_MONEY_VND, DEFAULT_COST_SETTINGS)!;
    expect(simulation.orders).toBe(1_000_000_000_000);
    expect(simulationFits(simulation)).toBe(false);
    // 10.000 ₫: 10^4 orders, 10^11 leads × CPL 0,0001 ₫ = 10^7 ₫ of ads: fits.
    expect(simulationFits(simulateGrowth(basis, 10_000, DEFAULT_COST_SETTINGS)!)).toBe(true);
  });
});
