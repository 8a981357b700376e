import { describe, expect, it } from 'vitest';
import { funnelBasis, funnelNeeds } from '../../src/domain/funnel-basis.js';
import { okBasis, SHOP_28_DAYS } from './funnel-fixtures.js';

const SHOP = SHOP_28_DAYS;

describe('funnelBasis', () => {
  it('reads AOV, CVR, CPL and the monthly ad spend run-rate from the sums', () => {
    expect(funnelBasis(SHOP)).toEqual({
      ok: true,
      sums: SHOP,
      aov: 500_000,
      cvr: 0.2,
      cpl: 20_000,
      monthlyAdSpend: 30_000_000,
    });
  });

  it('averages the ad spend over the recorded days only: 7 days of 1.000.000 ₫ is 30.000.000 ₫ a month', () => {
    const week = { orders: 70, revenue: 35_000_000, adSpend: 7_000_000, leads: 350, daysRecorded: 7 };
    expect(okBasis(week).monthlyAdSpend).toBe(30_000_000);
    // 1.000.001 ₫ over 10 days: × 30 / 10 = 3.000.003 ₫; 1 ₫ over 7 days: 30 / 7 = 4,29 → 4 ₫.
    expect(okBasis({ ...week, adSpend: 1_000_001, daysRecorded: 10 }).monthlyAdSpend).toBe(3_000_003);
    expect(okBasis({ ...week, adSpend: 1, daysRecorded: 7 }).monthlyAdSpend).toBe(4);
  });

  it('needs 7 recorded days, orders and leads', () => {
    expect(funnelBasis({ ...SHOP, daysRecorded: 6 })).toMatchObject({ ok: false, gap: 'too-few-days' });
    expect(funnelBasis({ ...SHOP, daysRecorded: 7 })).toMatchObject({ ok: true });
    expect(funnelBasis({ ...SHOP, orders: 0, revenue: 0 })).toMatchObject({ ok: false, gap: 'no-orders' });
    expect(funnelBasis({ ...SHOP, leads: 0 })).toMatchObject({ ok: false, gap: 'no-leads' });
  });
});

describe('funnelNeeds', () => {
  it('300.000.000 ₫ at AOV 500.000, CVR 20 %, CPL 20.000 is 600 orders, 3.000 leads, 60.000.000 ₫', () => {
    expect(funnelNeeds(okBasis(SHOP), 300_000_000)).toEqual({
      orders: 600,
      leads: 3_000,
      adSpend: 60_000_000,
    });
  });

  it('rounds orders and leads up and the ad spend to the đồng', () => {
    // 15.666.667 / 500.000 = 31,33 → 32; / 20 % = 156,67 → 157; × 20.000 = 3.133.333,4 → 3.133.333.
    expect(funnelNeeds(okBasis(SHOP), 15_666_667)).toEqual({ orders: 32, leads: 157, adSpend: 3_133_333 });
    // 3 orders from 7 leads over 1.000.000 ₫: 1.000.000 ₫ takes 3 orders and 7 leads exactly, not 8.
    const odd = { orders: 3, revenue: 1_000_000, adSpend: 700_000, leads: 7, daysRecorded: 7 };
    expect(funnelNeeds(okBasis(odd), 1_000_000)).toEqual({ orders: 3, leads: 7, adSpend: 700_000 });
  });

  it('stays exact past 2^53 in the products', () => {
    const big = {
      orders: 9_999_999,
      revenue: 999_999_999_999,
      adSpend: 3,
      leads: 10_000_000,
      daysRecorded: 28,
    };
    expect(funnelNeeds(okBasis(big), 1_000_000_000_000)).toEqual({
      orders: 10_000_000,
      leads: 10_000_001,
      adSpend: 3,
    });
  });
});
