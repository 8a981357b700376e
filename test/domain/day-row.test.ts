import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_SETTINGS } from '../../src/domain/daily-metrics.js';
import { dayRowValues } from '../../src/domain/day-row.js';
import { exampleDay } from '../db/fixtures.js';

describe('dayRowValues', () => {
  it('stores the worked day of docs/product.md in the columns’ units', () => {
    // `15 8tr5 2tr 85` with COGS 40 %, whose stored values exampleDay writes out by hand.
    const day = { orders: 15, revenue: 8_500_000, adSpend: 2_000_000, leads: 85 };
    expect(dayRowValues('2026-11-20', day, DEFAULT_COST_SETTINGS)).toEqual({
      ...exampleDay('2026-11-20'),
      metricFlags: [],
    });
  });

  it('nulls and flags a CVR numeric(5,2) cannot hold, and leaves ROAS null without ad spend', () => {
    // 2000 orders from 1 lead is 200.000 %.
    const day = { orders: 2000, revenue: 1_000_000, adSpend: 0, leads: 1 };
    expect(dayRowValues('2026-11-21', day, DEFAULT_COST_SETTINGS)).toMatchObject({
      cogs: 400_000,
      aov: 500,
      cvr: null,
      roas: null,
      netProfit: 600_000,
      metricFlags: ['cvr-overflow'],
    });
  });
});
