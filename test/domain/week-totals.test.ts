import { describe, expect, it } from 'vitest';
import { formatPercent, formatRatio } from '../../src/domain/format.js';
import {
  compareWeeks,
  computeWeekPnl,
  NO_DAYS,
  relativeChange,
  WEEK_METRICS,
  type WeekCostSettings,
} from '../../src/domain/week-totals.js';
import { DEFAULT_WEEK_SETTINGS, LAST_WEEK, totalsOf, WEEK_BEFORE, weekFrom } from './week-fixtures.js';

const settings = (overrides: Partial<WeekCostSettings>): WeekCostSettings => ({
  ...DEFAULT_WEEK_SETTINGS,
  ...overrides,
});

describe('computeWeekPnl', () => {
  it('computes the docs/product.md week before from its sums', () => {
    expect(WEEK_BEFORE).toMatchObject({
      leads: 595,
      orders: 105,
      revenue: 59_500_000,
      adSpend: 14_000_000,
      cogs: 23_800_000,
      shippingCost: 0,
      paymentFees: 0,
      variableCosts: 23_800_000,
      contribution: 35_700_000,
      fixedCosts: 0,
      netProfit: 21_700_000,
      aov: 566_667,
      cpl: 23_529,
      roas: 4.25,
      grossMarginRatio: 0.6,
      daysRecorded: 7,
      daysInPeriod: 7,
    });
    expect(formatPercent(WEEK_BEFORE.cvr!, 'vi')).toBe('17,65 %');
    expect(formatRatio(WEEK_BEFORE.breakEvenRoas!, 'vi')).toBe('1,67');
  });

  it('computes the docs/product.md last week: ROAS 1,60 under break-even, a loss of 700.000 ₫', () => {
    expect(LAST_WEEK).toMatchObject({
      leads: 630,
      orders: 56,
      revenue: 28_000_000,
      adSpend: 17_500_000,
      cogs: 11_200_000,
      netProfit: -700_000,
      aov: 500_000,
      cpl: 27_778,
      roas: 1.6,
      grossMarginRatio: 0.6,
    });
    expect(formatPercent(LAST_WEEK.cvr!, 'vi')).toBe('8,89 %');
    expect(formatRatio(LAST_WEEK.roas!, 'vi')).toBe('1,60');
    expect(LAST_WEEK.breakEvenRoas).toBeCloseTo(5 / 3, 12);
    expect(LAST_WEEK.targetRoas).toBeCloseTo((5 / 3) * 1.3, 12);
  });

  it('takes AOV from the week sums, not the average of daily AOVs', () => {
    const days = [
      { orders: 1, revenue: 1_000_000, adSpend: 0, leads: 2 },
      { orders: 9, revenue: 900_000, adSpend: 0, leads: 90 },
    ];
    const week = computeWeekPnl(totalsOf(days, DEFAULT_WEEK_SETTINGS), DEFAULT_WEEK_SETTINGS);
    expect(week.aov).toBe(190_000); // the daily AOVs 1.000.000 and 100.000 average 550.000
    expect(week.cvr).toBeCloseTo(10 / 92, 15); // the daily CVRs 50 % and 10 % average 30 %
  });

  it('adds the shipping and payment fees the days stored to the variable costs, whatever the settings say now', () => {
    // The days stored 40 × 25.000 of shipping, 2 % fees (200.000,5 rounded half away from zero) and 7 × 100.000
    // of fixed cost; today's settings (higher) change none of it.
    const week = computeWeekPnl(
      {
        ...NO_DAYS,
        orders: 40,
        revenue: 10_000_025,
        adSpend: 1_000_000,
        leads: 200,
        cogs: 4_000_010,
        shippingCost: 1_000_000,
        paymentFees: 200_001,
        fixedCost: 700_000,
        daysRecorded: 7,
        daysInPeriod: 7,
      },
      settings({ paymentFeeRatio: 0.05, shippingCostPerOrder: 40_000, dailyFixedCost: 300_000 }),
    );
    expect(week.shippingCost).toBe(1_000_000);
    expect(week.paymentFees).toBe(200_001); // 200.000,5 rounds half away from zero
    expect(week.variableCosts).toBe(4_000_010 + 1_000_000 + 200_001);
    expect(week.contribution).toBe(10_000_025 - 5_200_011);
    expect(week.fixedCosts).toBe(700_000);
    expect(week.netProfit).toBe(4_800_014 - 1_000_000 - 700_000);
    expect(week.grossMarginRatio).toBeCloseTo(4_800_014 / 10_000_025, 15);
    expect(week.breakEvenRoas).toBeCloseTo(10_000_025 / 4_800_014, 12);
  });

  it('takes COD returns off the week as off each day: the same net profit as the sum of its days', () => {
    const returns = settings({ codReturnRate: 0.15, shippingCostPerOrder: 30_000 });
    const day = { orders: 15, revenue: 8_500_000, adSpend: 2_000_000, leads: 85 };
    const week = computeWeekPnl(totalsOf([day, day], returns, 2), returns);
    // Per day (worked by hand): returned 1.275.000, COGS 2.890.000, shipping 517.500, net profit 1.817.500.
    expect(week).toMatchObject({
      returnedRevenue: 2_550_000,
      cogs: 5_780_000,
      shippingCost: 1_035_000,
      contribution: 17_000_000 - 2_550_000 - 6_815_000,
      netProfit: 2 * 1_817_500,
    });
    expect(week.breakEvenRoas).toBeCloseTo(17_000_000 / 7_635_000, 12);
  });

  it('counts the fixed cost for every calendar day of a week with missing days', () => {
    const fixed = settings({ dailyFixedCost: 300_000 });
    const days = [1, 2, 3, 4].map(() => ({ orders: 10, revenue: 5_000_000, adSpend: 1_000_000, leads: 50 }));
    const week = computeWeekPnl(totalsOf(days, fixed), fixed);
    expect(week.daysRecorded).toBe(4);
    expect(week.fixedCosts).toBe(2_100_000);
    expect(week.netProfit).toBe(12_000_000 - 4_000_000 - 2_100_000);
  });

  it('counts only the days so far of a running week', () => {
    const fixed = settings({ dailyFixedCost: 300_000 });
    const week = computeWeekPnl(
      totalsOf([{ orders: 10, revenue: 5_000_000, adSpend: 1_000_000, leads: 50 }], fixed, 3),
      fixed,
    );
    expect(week.fixedCosts).toBe(900_000);
    expect(week.daysInPeriod).toBe(3);
  });

  it('leaves ratios empty in a week without leads, orders or ads, and falls back to the settings margin', () => {
    const week = computeWeekPnl(
      { ...NO_DAYS, daysInPeriod: 7 },
      settings({ paymentFeeRatio: 0.05, dailyFixedCost: 50_000 }),
    );
    expect(week).toMatchObject({ aov: null, cpl: null, cvr: null, roas: null, netProfit: -350_000 });
    expect(week.grossMarginRatio).toBeCloseTo(0.55, 15);
    expect(week.breakEvenRoas).toBeCloseTo(1 / 0.55, 12);
  });

  it('has no break-even ROAS when each sale loses money before ads, unless the owner set a target', () => {
    const losing = {
      ...NO_DAYS,
      orders: 10,
      revenue: 1_000_000,
      adSpend: 500_000,
      leads: 40,
      cogs: 400_000,
      shippingCost: 700_000,
      daysRecorded: 7,
      daysInPeriod: 7,
    };
    const shipping = settings({ shippingCostPerOrder: 70_000 });
    expect(computeWeekPnl(losing, shipping)).toMatchObject({ breakEvenRoas: null, targetRoas: null });
    expect(computeWeekPnl(losing, shipping).grossMarginRatio).toBeCloseTo(-0.1, 15);
    expect(computeWeekPnl(losing, { ...shipping, targetRoas: 3 }).targetRoas).toBe(3);
  });

  it('uses the COGS stored on the records, so a later cogs_ratio change does not rewrite the week', () => {
    const week = computeWeekPnl(
      {
        ...NO_DAYS,
        orders: 10,
        revenue: 5_000_000,
        adSpend: 0,
        leads: 20,
        cogs: 1_500_000,
        daysRecorded: 7,
        daysInPeriod: 7,
      },
      settings({ cogsRatio: 0.5 }),
    );
    expect(week.cogs).toBe(1_500_000);
    expect(week.netProfit).toBe(3_500_000);
  });
});

describe('WEEK_METRICS', () => {
  it('gives exact AOV and CPL while the P&L shows them rounded', () => {
    expect(WEEK_METRICS.aov.exact(WEEK_BEFORE)).toBeCloseTo(566_666.666_666_67, 6);
    expect(WEEK_METRICS.cpl.exact(WEEK_BEFORE)).toBeCloseTo(23_529.411_764_7, 6);
    expect(WEEK_METRICS.breakEvenCpl.exact(LAST_WEEK)).toBeCloseTo(16_800_000 / 630, 9);
  });
});

describe('relativeChange', () => {
  it.each([
    [28_000_000, 59_500_000, -0.529_411_764_705_882_4],
    [110, 100, 0.1],
    [-2_000_000, -1_000_000, -1],
    [500_000, -1_000_000, 1.5],
    [5, 0, null],
    [null, 5, null],
    [5, null, null],
  ])('from %j to %j is %j', (current, previous, expected) => {
    const change = relativeChange(current, previous);
    if (expected === null) expect(change).toBeNull();
    else expect(change).toBeCloseTo(expected, 12);
  });
});

describe('compareWeeks', () => {
  it('gives the docs/product.md week-over-week changes on exact values', () => {
    const deltas = compareWeeks(LAST_WEEK, WEEK_BEFORE);
    expect(deltas.revenue.change).toBe(-31_500_000);
    expect(formatPercent(deltas.revenue.relative!, 'vi', 1)).toBe('-52,9 %');
    expect(deltas.adSpend.relative).toBe(0.25);
    expect(formatPercent(deltas.orders.relative!, 'vi', 1)).toBe('-46,7 %');
    expect(deltas.aov.change).toBe(-66_667);
    expect(formatPercent(deltas.aov.relative!, 'vi', 1)).toBe('-11,8 %');
    expect(deltas.aov.relative).toBeCloseTo(-2 / 17, 12); // not (500.000 − 566.667) / 566.667
    expect(deltas.netProfit.change).toBe(-22_400_000);
    expect(deltas.netProfit.relative).toBeCloseTo(-22.4 / 21.7, 12);
    expect(deltas.cvr.change).toBeCloseTo(56 / 630 - 105 / 595, 15);
    expect(deltas.roas.change).toBeCloseTo(1.6 - 4.25, 12);
    expect(deltas.daysRecorded).toEqual({ change: 0, relative: 0 });
  });

  it('has no changes without a previous week', () => {
    const deltas = compareWeeks(LAST_WEEK, null);
    for (const delta of Object.values(deltas)) expect(delta).toEqual({ change: null, relative: null });
  });

  it('has an absolute but no relative change from zero, and none at all for a metric that became undefined', () => {
    const noAds = weekFrom({ orders: 0, revenue: 0, adSpend: 0, leads: 0 });
    const deltas = compareWeeks(LAST_WEEK, noAds);
    expect(deltas.revenue).toEqual({ change: 28_000_000, relative: null });
    expect(deltas.aov).toEqual({ change: null, relative: null });
    expect(compareWeeks(noAds, LAST_WEEK).cvr).toEqual({ change: null, relative: null });
  });
});
