import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CostSettings, DEFAULT_COST_SETTINGS } from '../../src/domain/daily-metrics.js';
import { dayRowValues } from '../../src/domain/day-row.js';
import { computeDayWithProducts, type DayProductLine } from '../../src/domain/product-margin.js';
import { storedDayMetrics } from '../../src/domain/stored-day.js';

const input = fc.record({
  orders: fc.integer({ min: 0, max: 10_000 }),
  revenue: fc.integer({ min: 0, max: 1e12 }),
  adSpend: fc.integer({ min: 0, max: 1e12 }),
  leads: fc.integer({ min: 0, max: 100_000 }),
});

const settings: fc.Arbitrary<CostSettings> = fc.record({
  cogsRatio: fc.double({ min: 0, max: 0.95, noNaN: true }),
  paymentFeeRatio: fc.constantFrom(0, 0.01, 0.025),
  shippingCostPerOrder: fc.integer({ min: 0, max: 100_000 }),
  dailyFixedCost: fc.integer({ min: 0, max: 10_000_000 }),
  targetRoas: fc.constantFrom(null, 3),
  codReturnRate: fc.constantFrom(0, 0.15),
});

const line = (orders: number, unitCogs: number, sellPrice?: number): DayProductLine => ({
  presetId: '00000000-0000-4000-8000-000000000001',
  name: 'Váy hoa',
  orders,
  unitCogs,
  ...(sellPrice !== undefined && { sellPrice }),
});

describe('the metrics of a stored day', () => {
  it('are those the day was counted with, as long as the settings are the same', () => {
    fc.assert(
      fc.property(input, settings, fc.boolean(), (day, costs, withProducts) => {
        const products = withProducts ? [line(day.orders, 140_000, 350_000)] : null;
        const row = { ...dayRowValues('2026-11-24', day, costs, products), products };
        expect(storedDayMetrics(row, costs)).toEqual(computeDayWithProducts(day, costs, products));
      }),
    );
  });

  it('keep the stored figures when the settings changed since', () => {
    // 15 8.500.000 2.000.000 85 stored at COGS 40 %: COGS 3.400.000, net profit 3.100.000, break-even
    // 8.500.000 / (8.500.000 − 3.400.000) = 1,6667, above it (ROAS 4,25). Read with COGS 50 %, shipping
    // 30.000 and a fixed cost of 500.000, the day still reads so.
    const day = { orders: 15, revenue: 8_500_000, adSpend: 2_000_000, leads: 85 };
    const row = { ...dayRowValues('2026-11-24', day, DEFAULT_COST_SETTINGS), products: null };
    const now = {
      ...DEFAULT_COST_SETTINGS,
      cogsRatio: 0.5,
      shippingCostPerOrder: 30_000,
      dailyFixedCost: 500_000,
    };
    const metrics = storedDayMetrics(row, now);
    expect(metrics).toMatchObject({
      cogs: 3_400_000,
      shippingCost: 0,
      fixedCost: 0,
      variableCosts: 3_400_000,
      netProfit: 3_100_000,
      roas: 4.25,
      roasVsBreakEven: 'above',
    });
    expect(metrics.breakEvenRoas).toBeCloseTo(8_500_000 / 5_100_000, 12);
  });

  it('take the net profit the row stores, even where its costs would sum to another', () => {
    // A row whose net profit was kept through a backfill of its costs: the stored figure is what it shows.
    const day = { orders: 15, revenue: 8_500_000, adSpend: 2_000_000, leads: 85 };
    const row = {
      ...dayRowValues('2026-11-24', day, DEFAULT_COST_SETTINGS),
      netProfit: 3_000_000,
      products: null,
    };
    expect(storedDayMetrics(row, DEFAULT_COST_SETTINGS).netProfit).toBe(3_000_000);
  });
});
