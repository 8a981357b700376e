import { describe, expect, it } from 'vitest';
import { periodBreakEvenRoas } from '../../src/domain/break-even.js';
import { hasOtherCosts, netProfitTerms } from '../../src/domain/net-profit-terms.js';

const PLAIN = {
  revenue: 5_000_000,
  returnedRevenue: 0,
  cogs: 2_000_000,
  shippingCost: 0,
  paymentFees: 0,
  adSpend: 1_000_000,
  fixedCost: 0,
};

describe('netProfitTerms', () => {
  it('lists every term not zero, in order; revenue minus them is net profit', () => {
    // 5.000.000 − 600.000 − 2.675.200 − 358.400 − 88.000 − 500.000 − 467.000 = 311.400.
    const figures = {
      revenue: 5_000_000,
      returnedRevenue: 600_000,
      cogs: 2_675_200,
      shippingCost: 358_400,
      paymentFees: 88_000,
      adSpend: 500_000,
      fixedCost: 467_000,
    };
    const terms = netProfitTerms(figures);
    expect(terms.map((t) => t.term)).toEqual([
      'returnedRevenue',
      'cogs',
      'shippingCost',
      'paymentFees',
      'adSpend',
      'fixedCost',
    ]);
    expect(terms.reduce((left, t) => left - t.amount, figures.revenue)).toBe(311_400);
    expect(hasOtherCosts(figures)).toBe(true);
  });

  it('leaves out the zero terms: a shop with only goods and ads is not split', () => {
    expect(netProfitTerms(PLAIN)).toEqual([
      { term: 'cogs', amount: 2_000_000 },
      { term: 'adSpend', amount: 1_000_000 },
    ]);
    expect(hasOtherCosts(PLAIN)).toBe(false);
    expect(hasOtherCosts({ ...PLAIN, fixedCost: 1 })).toBe(true);
  });
});

describe('periodBreakEvenRoas', () => {
  it('is revenue / contribution on the actual figures: 5.000.000 / 1.278.400 = 3,91', () => {
    expect(periodBreakEvenRoas(5_000_000, 1_278_400, 0.9)).toBe(5_000_000 / 1_278_400);
  });

  it('takes the settings’ margin without revenue, and is null when the margin is not positive', () => {
    expect(periodBreakEvenRoas(0, 0, 0.6)).toBeCloseTo(1 / 0.6, 12);
    expect(periodBreakEvenRoas(1_000_000, 0, 0.6)).toBeNull();
    expect(periodBreakEvenRoas(1_000_000, -5, 0.6)).toBeNull();
    expect(periodBreakEvenRoas(0, 0, 0)).toBeNull();
  });
});
