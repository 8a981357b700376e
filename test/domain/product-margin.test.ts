import { describe, expect, it } from 'vitest';
import { type DayInput, DEFAULT_COST_SETTINGS } from '../../src/domain/daily-metrics.js';
import {
  breakEvenRoasOf,
  computeDayWithProducts,
  type DayProductLine,
  productLinesCogs,
  productMargin,
} from '../../src/domain/product-margin.js';

const NO_COSTS = { paymentFeeRatio: 0, shippingCostPerOrder: 0 };
const VAY_HOA = { sellPrice: 350_000, unitCogs: 140_000 };
const line = (name: string, orders: number, unitCogs: number, sellPrice?: number): DayProductLine => ({
  presetId: `id-${name}`,
  name,
  orders,
  unitCogs,
  ...(sellPrice !== undefined && { sellPrice }),
});

describe('productMargin and breakEvenRoasOf', () => {
  it('is (350.000 − 140.000) / 350.000 = 0,6 with no fee or shipping: break-even ROAS 1 / 0,6', () => {
    expect(productMargin(VAY_HOA, NO_COSTS)).toBeCloseTo(0.6, 12);
    expect(breakEvenRoasOf(0.6)).toBeCloseTo(1.666_666_667, 8);
  });

  it('takes the payment fee on the price and shipping per order off the unit', () => {
    // 350.000 − 140.000 − 2 % × 350.000 (7.000) − 20.000 = 183.000; 183.000 / 350.000 = 0,522857…
    const margin = productMargin(VAY_HOA, { paymentFeeRatio: 0.02, shippingCostPerOrder: 20_000 });
    expect(margin).toBeCloseTo(183_000 / 350_000, 12);
    expect(breakEvenRoasOf(margin)).toBeCloseTo(350_000 / 183_000, 12);
  });

  it('never breaks even at a margin of 0 or below, and has no margin at price 0', () => {
    expect(productMargin({ sellPrice: 100_000, unitCogs: 100_000 }, NO_COSTS)).toBe(0);
    expect(breakEvenRoasOf(0)).toBeNull();
    expect(breakEvenRoasOf(-0.1)).toBeNull();
    expect(breakEvenRoasOf(null)).toBeNull();
    expect(productMargin({ sellPrice: 0, unitCogs: 0 }, NO_COSTS)).toBeNull();
  });
});

describe('productLinesCogs', () => {
  const mix = [line('Váy hoa', 6, 140_000, 350_000), line('Áo thun', 4, 120_000, 200_000)];

  it('sums orders × unit COGS: 6 × 140.000 + 4 × 120.000 = 1.320.000', () => {
    expect(productLinesCogs(mix)).toBe(1_320_000);
    expect(productLinesCogs([])).toBe(0);
  });
});

describe('computeDayWithProducts', () => {
  const day: DayInput = { orders: 10, revenue: 4_000_000, adSpend: 1_000_000, leads: 50 };

  it('uses 10 × 140.000 = 1.400.000 instead of 40 % × 4.000.000 = 1.600.000', () => {
    const m = computeDayWithProducts(day, DEFAULT_COST_SETTINGS, [line('Váy hoa', 10, 140_000, 350_000)]);
    expect(m.cogs).toBe(1_400_000);
    expect(m.variableCosts).toBe(1_400_000);
    // 4.000.000 − 1.400.000 − 1.000.000 (the ratio path would give 4.000.000 × 0,6 − 1.000.000 = 1.400.000).
    expect(m.netProfit).toBe(1_600_000);
    // Break-even on the day's actual figures: 4.000.000 / (4.000.000 − 1.400.000) = 1,538…, not the list
    // prices' 1 / 0,6.
    expect(m.breakEvenRoas).toBeCloseTo(4_000_000 / 2_600_000, 12);
    expect(m.targetRoas).toBeCloseTo((1.3 * 4_000_000) / 2_600_000, 12);
    expect(m.roas).toBe(4);
    expect(m.roasVsBreakEven).toBe('above');
    expect(m.aov).toBe(400_000);
  });

  it('sums several lines and counts fees, shipping and the fixed cost as the ratio path does', () => {
    const settings = {
      ...DEFAULT_COST_SETTINGS,
      paymentFeeRatio: 0.02,
      shippingCostPerOrder: 20_000,
      dailyFixedCost: 100_000,
    };
    const lines = [line('Váy hoa', 6, 140_000, 350_000), line('Áo thun', 4, 120_000, 200_000)];
    const m = computeDayWithProducts(day, settings, lines);
    // COGS 1.320.000; fee 2 % × 4.000.000 = 80.000; shipping 10 × 20.000 = 200.000.
    expect(m.cogs).toBe(1_320_000);
    expect(m.variableCosts).toBe(1_600_000);
    // 4.000.000 − 1.600.000 − 1.000.000 − 100.000
    expect(m.netProfit).toBe(1_300_000);
    // The day's own margin: (4.000.000 − 1.600.000) / 4.000.000 = 0,6, whatever the list prices say.
    expect(m.grossMarginRatio).toBeCloseTo(0.6, 12);
    expect(m.breakEvenRoas).toBeCloseTo(4_000_000 / 2_400_000, 12);
  });

  it('says below when ROAS is under the day’s break-even, with or without list prices on the lines', () => {
    // The day's contribution 4.000.000 − 1.400.000 = 2.600.000 < 3.000.000 of ads.
    const thin = { ...day, adSpend: 3_000_000 };
    expect(
      computeDayWithProducts(thin, DEFAULT_COST_SETTINGS, [line('Váy hoa', 10, 140_000, 350_000)])
        .roasVsBreakEven,
    ).toBe('below');
    // (4.000.000 − 1.400.000) / 4.000.000 = 0,65 either way.
    for (const lines of [[line('Váy hoa', 10, 140_000)], [line('Váy hoa', 10, 140_000, 350_000)]]) {
      expect(computeDayWithProducts(day, DEFAULT_COST_SETTINGS, lines).grossMarginRatio).toBeCloseTo(
        0.65,
        12,
      );
    }
  });
});
