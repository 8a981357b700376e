import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_SETTINGS } from '../../src/domain/daily-metrics.js';
import { feasibilityOf, saturatedAdSpend, simulateGrowth } from '../../src/domain/growth-simulation.js';
import { okBasis, SHOP_28_DAYS } from './funnel-fixtures.js';

const SHOP = SHOP_28_DAYS;
const basisOf = okBasis;

describe('feasibilityOf', () => {
  it('≤ 1.2 easy, ≤ 2 moderate, ≤ 3 hard, above unrealistic', () => {
    expect([0, 1.2, 1.2001, 2, 2.0001, 3, 3.0001, 50].map(feasibilityOf)).toEqual([
      'easy',
      'easy',
      'moderate',
      'moderate',
      'hard',
      'hard',
      'unrealistic',
      'unrealistic',
    ]);
  });
});

describe('saturatedAdSpend', () => {
  it('raises the CPL of the extra spend by 15 % per doubling of the spend', () => {
    // Twice today's: 30tr + 30tr × (1 + 0,15 × 1) = 64.500.000.
    expect(saturatedAdSpend(60_000_000, 30_000_000, 0.15)).toBe(64_500_000);
    // Four times: 30tr + 90tr × (1 + 0,15 × 2) = 147.000.000.
    expect(saturatedAdSpend(120_000_000, 30_000_000, 0.15)).toBe(147_000_000);
    // 1,5 times: 30tr + 15tr × (1 + 0,15 × log2 1,5 = 0,0877444) = 46.316.166.
    expect(saturatedAdSpend(45_000_000, 30_000_000, 0.15)).toBe(46_316_166);
  });

  it('changes nothing at or below today’s spend, or without spend today', () => {
    expect(saturatedAdSpend(30_000_000, 30_000_000, 0.15)).toBe(30_000_000);
    expect(saturatedAdSpend(6_000_000, 30_000_000, 0.15)).toBe(6_000_000);
    expect(saturatedAdSpend(6_000_000, 0, 0.15)).toBe(6_000_000);
    expect(saturatedAdSpend(60_000_000, 30_000_000, 0)).toBe(60_000_000);
  });
});

describe('simulateGrowth', () => {
  it('300.000.000 ₫ at AOV 500.000, CVR 20 %, CPL 20.000: 600 orders, 3.000 leads, 60.000.000 ₫ → hard once saturated', () => {
    expect(simulateGrowth(basisOf(SHOP), 300_000_000, DEFAULT_COST_SETTINGS)).toEqual({
      target: 300_000_000,
      orders: 600,
      leads: 3_000,
      currentAdSpend: 30_000_000,
      // 300tr − 40 % COGS − 60tr.
      flat: { adSpend: 60_000_000, netProfit: 120_000_000, spendRatio: 2, feasibility: 'moderate' },
      saturated: { adSpend: 64_500_000, netProfit: 115_500_000, spendRatio: 2.15, feasibility: 'hard' },
      cplRisePerDoubling: 0.15,
      // 30tr buys 1.500 leads: 600 / 1.500 = 40 %; or 300 orders: 300tr / 300 = 1.000.000 ₫.
      change: { cvr: 0.4, aov: 1_000_000 },
    });
  });

  it('projects net profit with every cost of the shop, fixed cost for 30 days', () => {
    const costs = {
      cogsRatio: 0.35,
      paymentFeeRatio: 0.02,
      shippingCostPerOrder: 30_000,
      dailyFixedCost: 500_000,
    };
    const simulation = simulateGrowth(basisOf(SHOP), 300_000_000, costs)!;
    // 300tr − 105tr COGS − 6tr fee − 600 × 30.000 = 18tr shipping − 15tr fixed = 156tr before ads.
    expect(simulation.flat.netProfit).toBe(156_000_000 - 60_000_000);
    expect(simulation.saturated.netProfit).toBe(156_000_000 - 64_500_000);
  });

  it('needs nothing changed when today’s spend covers the target', () => {
    const simulation = simulateGrowth(basisOf(SHOP), 30_000_000, DEFAULT_COST_SETTINGS)!;
    expect(simulation.flat).toEqual(simulation.saturated);
    expect(simulation.saturated).toMatchObject({ adSpend: 6_000_000, spendRatio: 0.2, feasibility: 'easy' });
    expect(simulation.change).toBeNull();
  });

  it('is unrealistic far above today’s spend, and has nothing to scale without ad spend', () => {
    // 1 tỷ: 200.000.000 ₫ at today's CPL (6,67×), saturated 30tr + 170tr × (1 + 0,15 × log2 6,667 = 0,41054) = 269.792.623.
    const far = simulateGrowth(basisOf(SHOP), 1_000_000_000, DEFAULT_COST_SETTINGS)!;
    expect(far.saturated.adSpend).toBe(269_792_623);
    expect(far.saturated.feasibility).toBe('unrealistic');
    expect(simulateGrowth(basisOf({ ...SHOP, adSpend: 0 }), 300_000_000, DEFAULT_COST_SETTINGS)).toBeNull();
  });
});
