import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CostSettings,
  computeDailyMetrics,
  type DailyMetrics,
  type DayInput,
  DEFAULT_COST_SETTINGS,
  toStoredMetrics,
} from '../../src/domain/daily-metrics.js';
import { formatRatio } from '../../src/domain/format.js';

const EXAMPLE_DAY: DayInput = { orders: 15, revenue: 8_500_000, adSpend: 2_000_000, leads: 85 };

function metrics(
  input: Partial<DayInput>,
  settings: Partial<CostSettings> = {},
  productsCogs?: number | null,
) {
  return computeDailyMetrics(
    { ...EXAMPLE_DAY, ...input },
    { ...DEFAULT_COST_SETTINGS, ...settings },
    productsCogs,
  );
}

describe('DEFAULT_COST_SETTINGS', () => {
  it('is COGS 40 % with no fees, shipping or fixed cost', () => {
    expect(DEFAULT_COST_SETTINGS).toEqual({
      cogsRatio: 0.4,
      paymentFeeRatio: 0,
      shippingCostPerOrder: 0,
      dailyFixedCost: 0,
    });
  });
});

describe('computeDailyMetrics', () => {
  it('computes the docs/product.md day 15 8tr5 2tr 85 with default settings', () => {
    const m = computeDailyMetrics(EXAMPLE_DAY, DEFAULT_COST_SETTINGS);
    expect(m.aov).toBe(566_667);
    expect(m.cpl).toBe(23_529);
    expect(m.cvr).toBeCloseTo(0.176_470_588, 9);
    expect(m.roas).toBe(4.25);
    expect(m.cogs).toBe(3_400_000);
    expect(m.variableCosts).toBe(3_400_000);
    expect(m.grossMarginRatio).toBe(0.6);
    expect(m.netProfit).toBe(3_100_000);
    expect(m.breakEvenRoas).toBeCloseTo(5 / 3, 12);
    expect(formatRatio(m.breakEvenRoas!, 'vi')).toBe('1,67');
    expect(m.targetRoas).toBeCloseTo((5 / 3) * 1.3, 12);
    expect(m.roasVsBreakEven).toBe('above');
  });

  it('computes the docs/product.md weak day 8 4tr 2tr5 90: ROAS 1,60 below break-even 1,67', () => {
    const m = metrics({ orders: 8, revenue: 4_000_000, adSpend: 2_500_000, leads: 90 });
    expect(m.aov).toBe(500_000);
    expect(m.cpl).toBe(27_778);
    expect(m.roas).toBe(1.6);
    expect(m.netProfit).toBe(-100_000);
    expect(m.roasVsBreakEven).toBe('below');
  });

  it('leaves AOV empty with zero orders and still counts the spend as a loss', () => {
    const m = metrics({ orders: 0, revenue: 0 });
    expect(m.aov).toBeNull();
    expect(m.cvr).toBe(0);
    expect(m.roas).toBe(0);
    expect(m.netProfit).toBe(-2_000_000);
    expect(m.grossMarginRatio).toBeCloseTo(0.6, 12);
    expect(m.roasVsBreakEven).toBe('below');
  });

  it('leaves CPL and CVR empty with zero leads', () => {
    const m = metrics({ leads: 0 });
    expect(m.cpl).toBeNull();
    expect(m.cvr).toBeNull();
    expect(m.aov).toBe(566_667);
  });

  it('leaves ROAS and its comparison empty with zero ad spend', () => {
    const m = metrics({ adSpend: 0 });
    expect(m.roas).toBeNull();
    expect(m.roasVsBreakEven).toBeNull();
    expect(m.cpl).toBe(0);
    expect(m.netProfit).toBe(5_100_000);
  });

  it('handles an all-zero day', () => {
    const m = metrics({ orders: 0, revenue: 0, adSpend: 0, leads: 0 });
    expect(m).toMatchObject({ aov: null, cpl: null, cvr: null, roas: null, cogs: 0, netProfit: 0 });
    expect(m.breakEvenRoas).toBeCloseTo(5 / 3, 12);
  });

  it('lets CVR exceed 1 when organic orders exist', () => {
    expect(metrics({ orders: 20, leads: 10 }).cvr).toBe(2);
  });

  it('rounds AOV and CPL half away from zero to whole VND', () => {
    expect(metrics({ orders: 2, revenue: 5 }).aov).toBe(3);
    expect(metrics({ adSpend: 5, leads: 2 }).cpl).toBe(3);
  });

  it("uses the products' COGS instead of the COGS ratio", () => {
    const m = metrics({}, {}, 15 * 200_000);
    expect(m.cogs).toBe(3_000_000);
    expect(m.netProfit).toBe(8_500_000 - 3_000_000 - 2_000_000);
    expect(m.grossMarginRatio).toBeCloseTo(5.5 / 8.5, 12);
    expect(m.breakEvenRoas).toBeCloseTo(8.5 / 5.5, 12);
  });

  it('treats null products COGS as none picked', () => {
    expect(metrics({}, {}, null).cogs).toBe(3_400_000);
  });

  it('takes COD returns off: revenue not collected, COGS on the delivered part, shipping both ways', () => {
    // 15 % of 8.500.000 returned = 1.275.000; delivered 7.225.000; COGS 40 % of it = 2.890.000;
    // shipping 15 × 30.000 = 450.000 + 15 % back = 517.500; contribution 7.225.000 − 3.407.500 = 3.817.500.
    const m = metrics({}, { codReturnRate: 0.15, shippingCostPerOrder: 30_000 });
    expect(m).toMatchObject({
      returnedRevenue: 1_275_000,
      cogs: 2_890_000,
      shippingCost: 517_500,
      paymentFees: 0,
    });
    expect(m.netProfit).toBe(3_817_500 - 2_000_000);
    expect(m.grossMarginRatio).toBeCloseTo(3.8175 / 8.5, 12);
    expect(m.roasVsBreakEven).toBe('above');
    // A payment fee is taken on the delivered 7.225.000 only: 2 % = 144.500.
    expect(metrics({}, { codReturnRate: 0.15, paymentFeeRatio: 0.02 }).paymentFees).toBe(144_500);
    // Products' COGS 3.000.000: the returned 15 % (450.000) goes back to stock.
    expect(metrics({}, { codReturnRate: 0.15 }, 3_000_000).cogs).toBe(2_550_000);
    // Without revenue the margin is what a sale keeps after COGS and returns: (1 − 0.4) × (1 − 0.15) = 0.51.
    expect(metrics({ revenue: 0 }, { codReturnRate: 0.15 }).grossMarginRatio).toBeCloseTo(0.51, 12);
  });

  it('with a return rate of 0 gives exactly the numbers without returns', () => {
    expect(metrics({}, { codReturnRate: 0, shippingCostPerOrder: 30_000 })).toEqual(
      metrics({}, { shippingCostPerOrder: 30_000 }),
    );
    expect(metrics({}, { codReturnRate: 0 }).returnedRevenue).toBe(0);
  });

  it('adds payment fees and shipping to the variable costs and the margin', () => {
    const m = metrics({}, { paymentFeeRatio: 0.02, shippingCostPerOrder: 30_000 });
    expect(m.variableCosts).toBe(3_400_000 + 450_000 + 170_000);
    expect(m.netProfit).toBe(8_500_000 - 4_020_000 - 2_000_000);
    // 1 − cogs_ratio − fee − shipping / AOV, with AOV unrounded
    expect(m.grossMarginRatio).toBeCloseTo(1 - 0.4 - 0.02 - 30_000 / (8_500_000 / 15), 12);
  });

  it('subtracts the daily fixed cost from net profit only', () => {
    const m = metrics({}, { dailyFixedCost: 500_000 });
    expect(m.netProfit).toBe(2_600_000);
    expect(m.grossMarginRatio).toBe(0.6);
  });

  it('uses 1 − COGS ratio − fee as the margin on a day without revenue', () => {
    const m = metrics({ orders: 0, revenue: 0 }, { cogsRatio: 0.5, paymentFeeRatio: 0.1 });
    expect(m.grossMarginRatio).toBeCloseTo(0.4, 12);
    expect(m.breakEvenRoas).toBeCloseTo(2.5, 12);
  });

  it('rounds COGS and fees exactly on the decimal ratio', () => {
    const m = metrics({ orders: 1, revenue: 5 }, { cogsRatio: 0.3, paymentFeeRatio: 0.1 });
    expect(m.cogs).toBe(2);
    expect(m.variableCosts).toBe(3);
  });

  it('has no break-even or target ROAS when the margin is zero or negative, and any ad spend is below it', () => {
    for (const cogsRatio of [1, 1.2]) {
      const m = metrics({}, { cogsRatio });
      expect(m.breakEvenRoas).toBeNull();
      expect(m.targetRoas).toBeNull();
      expect(m.roasVsBreakEven).toBe('below');
    }
  });

  it('uses an explicit target ROAS when one is set', () => {
    expect(metrics({}, { targetRoas: 3 }).targetRoas).toBe(3);
    expect(metrics({}, { targetRoas: null }).targetRoas).toBeCloseTo((5 / 3) * 1.3, 12);
  });

  it('calls ROAS exactly at break-even equal, without float noise', () => {
    // ROAS 5/3 against break-even 1/0.6
    const m = metrics({ revenue: 5_000_000, adSpend: 3_000_000 });
    expect(m.roasVsBreakEven).toBe('equal');
    expect(m.netProfit).toBe(0);
  });

  it('is above break-even exactly when the day profits before fixed costs', () => {
    fc.assert(
      fc.property(
        fc.record({
          orders: fc.integer({ min: 0, max: 1_000 }),
          revenue: fc.integer({ min: 0, max: 1e10 }),
          adSpend: fc.integer({ min: 1, max: 1e10 }),
          leads: fc.integer({ min: 0, max: 10_000 }),
        }),
        fc.constantFrom(0.3, 0.4, 0.55),
        (day, cogsRatio) => {
          const m = computeDailyMetrics(day, { ...DEFAULT_COST_SETTINGS, cogsRatio });
          const profitBeforeFixed = m.netProfit;
          const expected = profitBeforeFixed > 0 ? 'above' : profitBeforeFixed < 0 ? 'below' : 'equal';
          expect(m.roasVsBreakEven).toBe(day.revenue === 0 ? 'below' : expected);
        },
      ),
    );
  });

  it('keeps every money figure a whole number of VND', () => {
    fc.assert(
      fc.property(
        fc.record({
          orders: fc.integer({ min: 0, max: 10_000 }),
          revenue: fc.integer({ min: 0, max: 1e12 }),
          adSpend: fc.integer({ min: 0, max: 1e12 }),
          leads: fc.integer({ min: 0, max: 100_000 }),
        }),
        fc.record({
          cogsRatio: fc.double({ min: 0, max: 1, noNaN: true }),
          paymentFeeRatio: fc.constantFrom(0, 0.01, 0.025, 0.033),
          shippingCostPerOrder: fc.integer({ min: 0, max: 100_000 }),
          dailyFixedCost: fc.integer({ min: 0, max: 10_000_000 }),
        }),
        (day, settings) => {
          const m = computeDailyMetrics(day, settings);
          for (const value of [m.aov, m.cpl, m.cogs, m.variableCosts, m.netProfit]) {
            if (value !== null) expect(Number.isSafeInteger(value)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('toStoredMetrics', () => {
  it('stores CVR as a percentage and ROAS with two decimals', () => {
    const stored = toStoredMetrics(computeDailyMetrics(EXAMPLE_DAY, DEFAULT_COST_SETTINGS));
    expect(stored).toEqual({
      returnedRevenue: 0,
      shippingCost: 0,
      paymentFees: 0,
      fixedCost: 0,
      aov: 566_667,
      cpl: 23_529,
      cvrPercent: 17.65,
      roas: 4.25,
      netProfit: 3_100_000,
      cogs: 3_400_000,
      flags: [],
    });
  });

  it('keeps empty values empty without flags', () => {
    const stored = toStoredMetrics(metrics({ orders: 0, revenue: 0, adSpend: 0, leads: 0 }));
    expect(stored).toMatchObject({ aov: null, cpl: null, cvrPercent: null, roas: null, flags: [] });
  });

  it('nulls and flags a CVR past numeric(6,2)', () => {
    const stored = toStoredMetrics(metrics({ orders: 1000, leads: 10 }));
    expect(stored.cvrPercent).toBeNull();
    expect(stored.flags).toEqual(['cvr-overflow']);
  });

  it('keeps a CVR of 9999,99 % and flags one that rounds to 10000 %', () => {
    const base = computeDailyMetrics(EXAMPLE_DAY, DEFAULT_COST_SETTINGS);
    expect(toStoredMetrics({ ...base, cvr: 99.9999 }).cvrPercent).toBe(9_999.99);
    expect(toStoredMetrics({ ...base, cvr: 99.99995 }).flags).toEqual(['cvr-overflow']);
  });

  it('nulls and flags a ROAS past numeric(6,2)', () => {
    const stored = toStoredMetrics(metrics({ revenue: 100_000_000, adSpend: 10_000 }));
    expect(stored.roas).toBeNull();
    expect(stored.flags).toEqual(['roas-overflow']);
  });

  it('keeps a ROAS of 9999,99', () => {
    expect(toStoredMetrics(metrics({ revenue: 999_999, adSpend: 100 })).roas).toBe(9_999.99);
  });

  it('flags both at once and never throws on odd values', () => {
    const base = computeDailyMetrics(EXAMPLE_DAY, DEFAULT_COST_SETTINGS);
    const odd: DailyMetrics = { ...base, cvr: Number.POSITIVE_INFINITY, roas: Number.NaN };
    expect(toStoredMetrics(odd)).toMatchObject({
      cvrPercent: null,
      roas: null,
      flags: ['cvr-overflow', 'roas-overflow'],
    });
  });
});
