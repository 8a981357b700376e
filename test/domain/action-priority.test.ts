import { describe, expect, it } from 'vitest';
import { hasOutdatedFigure } from '../../src/domain/action-freshness.js';
import { issueEffect, pickTopActions } from '../../src/domain/action-priority.js';
import { computeGoalPace } from '../../src/domain/goal-pacing.js';
import { decomposeProfitChange } from '../../src/domain/profit-decomposition.js';
import { LAST_WEEK, WEEK_BEFORE } from './week-fixtures.js';

// docs/product.md's weeks: profit fell 22.400.000 ₫ = leads +598.355, CVR −17.155.795, AOV −3.240.436,
// margin 0, CPL −2.602.124; last week made −700.000 ₫ on 28.000.000 ₫ of revenue at a 60 % margin.
const basis = { week: LAST_WEEK, decomposition: decomposeProfitChange(LAST_WEEK, WEEK_BEFORE), goal: null };

describe('issueEffect', () => {
  it('is the profit the factors of an issue cost this week', () => {
    expect(issueEffect('cvr-below-min', basis)).toBe(17_155_795);
    expect(issueEffect('cpl-spike', basis)).toBe(2_602_124);
    expect(issueEffect('spend-up-orders-flat', basis)).toBe(2_602_124);
    expect(issueEffect('aov-down', basis)).toBe(3_240_436);
    // Leads + CVR + AOV: 598.355 − 17.155.795 − 3.240.436.
    expect(issueEffect('revenue-down', basis)).toBe(19_797_876);
  });

  it('is 0 for a factor that helped profit, and for an issue without a number on profit', () => {
    const rose = { ...basis, decomposition: decomposeProfitChange(WEEK_BEFORE, LAST_WEEK) };
    expect(issueEffect('cvr-below-min', rose)).toBe(0);
    expect(issueEffect('data-gap', basis)).toBe(0);
    expect(issueEffect('cvr-below-min', { ...basis, decomposition: null })).toBe(0);
  });

  it('is the gap for ads below break-even, a loss and a goal off pace', () => {
    // Ads 17.500.000 ₫ against a contribution of 28.000.000 × 60 % = 16.800.000 ₫.
    expect(issueEffect('roas-below-break-even', basis)).toBe(700_000);
    expect(issueEffect('net-profit-negative', basis)).toBe(700_000);
    const goal = computeGoalPace({
      month: '2026-11',
      revenueTarget: 300_000_000,
      profitTarget: 30_000_000,
      asOf: '2026-11-15',
      revenueToDate: 120_000_000,
      profitToDate: 5_000_000,
      daysRecorded: 15,
    });
    // Revenue: (150.000.000 − 120.000.000) × 60 %; profit: 15.000.000 − 5.000.000.
    expect(issueEffect('goal-revenue-off-pace', { ...basis, goal })).toBe(18_000_000);
    expect(issueEffect('goal-profit-off-pace', { ...basis, goal })).toBe(10_000_000);
    expect(issueEffect('goal-profit-off-pace', basis)).toBe(0);
  });
});

describe('pickTopActions', () => {
  const item = (issueCode: string, n: number) => ({ issueCode, id: `${issueCode}#${n}` });
  const items = [
    item('a', 1),
    item('a', 2),
    item('a', 3),
    item('b', 1),
    item('b', 2),
    item('c', 1),
    item('d', 1),
  ];
  const effects: Record<string, number> = { a: 100, b: 300, c: 200, d: 0 };

  it('takes one item of each issue, the largest effect first, before a second of any', () => {
    expect(pickTopActions(items, (code) => effects[code]!).map((i) => i.id)).toEqual(['b#1', 'c#1', 'a#1']);
    expect(pickTopActions(items, (code) => effects[code]!, 5).map((i) => i.id)).toEqual([
      'b#1',
      'c#1',
      'a#1',
      'd#1',
      'b#2',
    ]);
  });

  it('keeps the given order between equal effects, and takes what there is', () => {
    expect(pickTopActions(items, () => 0).map((i) => i.id)).toEqual(['a#1', 'b#1', 'c#1']);
    expect(pickTopActions(items.slice(0, 2), () => 1).map((i) => i.id)).toEqual(['a#1', 'a#2']);
    expect(pickTopActions([], () => 1)).toEqual([]);
  });
});

describe('hasOutdatedFigure', () => {
  it('holds for an item with a number from a week older than the latest diagnosed', () => {
    const withNumber = { params: { requiredDailyRevenue: 26_562_500 }, weekStart: '2026-11-16' };
    expect(hasOutdatedFigure(withNumber, '2026-11-23')).toBe(true);
    expect(hasOutdatedFigure(withNumber, '2026-11-16')).toBe(false);
    expect(hasOutdatedFigure(withNumber, null)).toBe(false);
    expect(hasOutdatedFigure({ params: {}, weekStart: '2026-11-16' }, '2026-11-23')).toBe(false);
  });
});
