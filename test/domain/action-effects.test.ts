import { describe, expect, it } from 'vitest';
import { targetEffect } from '../../src/domain/action-priority.js';
import { type DiagnoseWeekInput, diagnoseWeek, type Issue } from '../../src/domain/diagnose-week.js';
import { DEFAULT_DIAGNOSIS_SETTINGS, type IssueCode } from '../../src/domain/diagnosis-rules.js';
import { computeGoalPace } from '../../src/domain/goal-pacing.js';
import { DEFAULT_WEEK_SETTINGS, LAST_WEEK, WEEK_BEFORE, weekFrom } from './week-fixtures.js';

// Every action item's effect is the week's profit at the target it shows minus its profit, for the same
// leads, all else equal: P = L × CVR × AOV × m − ad spend − fixed, m = contribution / revenue.

function diagnose(input: Partial<DiagnoseWeekInput> & Pick<DiagnoseWeekInput, 'current'>) {
  return diagnoseWeek({
    previous: null,
    history: [],
    goal: null,
    settings: DEFAULT_DIAGNOSIS_SETTINGS,
    ...input,
  }).issues;
}

/** Each action of an issue as [key, number moved, its value, its target, effect]. */
function targetsOf(issues: Issue[], code: IssueCode) {
  const found = issues.find((i) => i.code === code);
  if (!found) throw new Error(`no ${code}`);
  return found.actions.map((a) => [
    a.key,
    a.target?.metric ?? null,
    a.target?.actual ?? null,
    a.target?.target ?? null,
    a.target?.effect ?? null,
  ]);
}

describe('the docs/product.md week (630 leads, 56 orders, 28tr revenue, 17tr5 ads, margin 60 %)', () => {
  // Contribution 28.000.000 × 60 % = 16.800.000 ₫, 300.000 ₫ an order; the week before made 59.500.000 ₫
  // of revenue on 14.000.000 ₫ of ads.
  const issues = diagnose({ current: LAST_WEEK, previous: WEEK_BEFORE, history: [WEEK_BEFORE] });

  it('ROAS items: ads down to revenue / break-even ROAS, CPL down to the break-even CPL shown', () => {
    // ROAS 1,60 → 28.000.000 / 16.800.000: ads 17.500.000 → 16.800.000, +700.000 ₫.
    // CPL 27.778 → 26.667 ₫ as shown: ads 630 × 26.667 = 16.800.210, 17.500.000 − 16.800.210 = 699.790 ₫.
    expect(targetsOf(issues, 'roas-below-break-even')).toEqual([
      ['action-pause-losing-ads', 'roas', 1.6, 28_000_000 / 16_800_000, 700_000],
      ['action-keep-cpl-under-break-even', 'cpl', 27_778, 26_667, 699_790],
      ['action-raise-order-value', 'roas', 1.6, 28_000_000 / 16_800_000, 700_000],
    ]);
  });

  it('a loss: profit −700.000 → 0 ₫ is +700.000 ₫', () => {
    expect(targetsOf(issues, 'net-profit-negative')).toEqual([
      ['action-cut-ad-budget', 'netProfit', -700_000, 0, 700_000],
      ['action-review-costs', 'netProfit', -700_000, 0, 700_000],
    ]);
  });

  it('CVR 8,89 % → 10 %: 630 × 10 % = 63 orders, 7 more × 300.000 ₫ = 2.100.000 ₫ (not the whole fall)', () => {
    const cvr = 56 / 630;
    expect(targetsOf(issues, 'cvr-below-min')).toEqual([
      ['action-reply-leads-faster', 'cvr', cvr, 0.1, 2_100_000],
      ['action-follow-up-leads', 'cvr', cvr, 0.1, 2_100_000],
      ['action-check-ad-targeting', 'cvr', cvr, 0.1, 2_100_000],
    ]);
  });

  it('revenue back to last week’s: (59.500.000 − 28.000.000) × 60 % = 18.900.000 ₫; no "biggest cause" item', () => {
    expect(targetsOf(issues, 'revenue-down')).toEqual([
      ['action-contact-past-customers', 'revenue', 28_000_000, 59_500_000, 18_900_000],
    ]);
  });

  it('ads back to last week’s 14.000.000 ₫, the figure the item names: 17.500.000 − 14.000.000 = 3.500.000 ₫', () => {
    expect(targetsOf(issues, 'spend-up-orders-flat')).toEqual([
      ['action-roll-back-ad-budget', 'adSpend', 17_500_000, 14_000_000, 3_500_000],
      ['action-check-new-ads', 'adSpend', 17_500_000, 14_000_000, 3_500_000],
    ]);
  });
});

describe('CPL items: one CPL target per report', () => {
  // Two weeks at CPL 18.140 ₫ (9.070.000 ₫ for 500 leads): the spike limit is 1,3 × 18.140 = 23.582 ₫.
  const history = [1, 2].map(() =>
    weekFrom({ orders: 100, revenue: 50_000_000, adSpend: 9_070_000, leads: 500 }),
  );
  // 900 leads at CPL 30.111 ₫ (27.099.900 ₫), 76 orders (CVR 8,44 %), AOV 500.000 ₫ (38.000.000 ₫).
  const current = (cogsRatio: number) =>
    weekFrom(
      { orders: 76, revenue: 38_000_000, adSpend: 27_099_900, leads: 900 },
      { ...DEFAULT_WEEK_SETTINGS, cogsRatio },
    );

  it('is the spike limit when it is below break-even; the break-even CPL item is left out', () => {
    // COGS 40 %: contribution 22.800.000 ₫, break-even CPL 22.800.000 / 900 = 25.333 ₫, above 23.582 ₫.
    const issues = diagnose({ current: current(0.4), history });
    // 900 × (30.111 − 23.582) = 900 × 6.529 = 5.876.100 ₫.
    expect(targetsOf(issues, 'cpl-spike')).toEqual([
      ['action-pause-ads-above-cpl', 'cpl', 30_111, 23_582, 5_876_100],
      ['action-refresh-ad-creatives', 'cpl', 30_111, 23_582, 5_876_100],
    ]);
    expect(targetsOf(issues, 'roas-below-break-even').map(([key]) => key)).toEqual([
      'action-pause-losing-ads',
      'action-raise-order-value',
    ]);
    // CVR 8,44 % → 10 %: 90 orders, 14 more × 22.800.000 / 76 = 300.000 ₫ = 4.200.000 ₫.
    expect(targetsOf(issues, 'cvr-below-min')[0]).toEqual([
      'action-reply-leads-faster',
      'cvr',
      76 / 900,
      0.1,
      4_200_000,
    ]);
    // The spike's explanation names the median, not a second limit.
    expect(issues.find((i) => i.code === 'cpl-spike')!.explanation.params).toEqual({
      cpl: 30_111,
      medianCpl: 18_140,
      multiplier: 1.3,
    });
  });

  it('is the break-even CPL when it is lower; the spike item naming its own limit is left out', () => {
    // COGS 50 %: contribution 19.000.000 ₫, break-even CPL 19.000.000 / 900 = 21.111 ₫, below 23.582 ₫.
    const issues = diagnose({ current: current(0.5), history });
    // 27.099.900 − 900 × 21.111 = 27.099.900 − 18.999.900 = 8.100.000 ₫.
    expect(targetsOf(issues, 'cpl-spike')).toEqual([
      ['action-refresh-ad-creatives', 'cpl', 30_111, 21_111, 8_100_000],
    ]);
    const roas = targetsOf(issues, 'roas-below-break-even');
    expect(roas[1]).toEqual(['action-keep-cpl-under-break-even', 'cpl', 30_111, 21_111, 8_100_000]);
    // ROAS → break-even 2: ads 38.000.000 / 2 = 19.000.000 ₫, 27.099.900 − 19.000.000 = 8.099.900 ₫.
    expect(roas[0]).toEqual(['action-pause-losing-ads', 'roas', 38_000_000 / 27_099_900, 2, 8_099_900]);
    const cplTargets = issues.flatMap((i) => i.actions).filter((a) => a.target?.metric === 'cpl');
    expect(new Set(cplTargets.map((a) => a.target!.target))).toEqual(new Set([21_111]));
  });
});

describe('AOV, margin, returns, goals and data gaps', () => {
  it('AOV back to last week’s: (100 × 600.000 − 48.000.000) × 60 % = 7.200.000 ₫', () => {
    const before = weekFrom({ orders: 100, revenue: 60_000_000, adSpend: 10_000_000, leads: 500 });
    const now = weekFrom({ orders: 100, revenue: 48_000_000, adSpend: 10_000_000, leads: 500 });
    const issues = diagnose({ current: now, previous: before });
    expect(targetsOf(issues, 'aov-down')).toEqual([
      ['action-offer-bundles', 'aov', 480_000, 600_000, 7_200_000],
      ['action-free-shipping-threshold', 'aov', 480_000, 600_000, 7_200_000],
    ]);
  });

  it('a margin below zero raised to 0: the −1.000.000 ₫ contribution is gained', () => {
    // 10.000.000 ₫ of revenue, 11.000.000 ₫ of COGS: margin −10 %; 10.000.000 × (0 − (−10 %)).
    const now = weekFrom({ orders: 20, revenue: 10_000_000, adSpend: 0, leads: 100, cogs: 11_000_000 });
    expect(targetsOf(diagnose({ current: now }), 'margin-not-positive')).toEqual([
      ['action-raise-prices', 'grossMarginRatio', -0.1, 0, 1_000_000],
      ['action-check-cost-settings', null, null, null, null],
    ]);
  });

  it('counts the returns: the margin is what is left after them', () => {
    // 28.000.000 ₫ − 2.800.000 returned − 11.200.000 COGS = 14.000.000 ₫ of contribution, 250.000 ₫ an
    // order of 56; CVR 8,89 % → 10 % on 630 leads: 7 orders × 250.000 = 1.750.000 ₫.
    const now = weekFrom({
      orders: 56,
      revenue: 28_000_000,
      adSpend: 10_000_000,
      leads: 630,
      returnedRevenue: 2_800_000,
    });
    expect(targetsOf(diagnose({ current: now }), 'cvr-below-min')[0]).toEqual([
      'action-reply-leads-faster',
      'cvr',
      56 / 630,
      0.1,
      1_750_000,
    ]);
  });

  it('a goal off pace is no "aim for … per day" item: the review of the plan has no number', () => {
    const goal = computeGoalPace({
      month: '2026-11',
      revenueTarget: 300_000_000,
      profitTarget: 30_000_000,
      asOf: '2026-11-15',
      revenueToDate: 120_000_000,
      profitToDate: 5_000_000,
      daysRecorded: 15,
    });
    const issues = diagnose({
      current: weekFrom({ orders: 100, revenue: 50_000_000, adSpend: 10_000_000, leads: 500 }),
      goal,
    });
    for (const code of ['goal-revenue-off-pace', 'goal-profit-off-pace'] as const) {
      expect(targetsOf(issues, code)).toEqual([['action-review-goal-plan', null, null, null, null]]);
    }
  });

  it('a data gap has no number on profit', () => {
    const now = weekFrom({
      orders: 100,
      revenue: 50_000_000,
      adSpend: 10_000_000,
      leads: 500,
      daysRecorded: 5,
    });
    expect(targetsOf(diagnose({ current: now }), 'data-gap')).toEqual([
      ['action-fill-missing-days', null, null, null, null],
      ['action-turn-on-reminders', null, null, null, null],
    ]);
  });
});

describe('targetEffect', () => {
  it('is never negative, and unknown where the week does not say', () => {
    // A target already passed gains nothing; CVR without orders has no value per order.
    expect(targetEffect(LAST_WEEK, 'cvr', 0.05)).toBe(0);
    expect(targetEffect(LAST_WEEK, 'cpl', 40_000)).toBe(0);
    const noOrders = weekFrom({ orders: 0, revenue: 0, adSpend: 1_000_000, leads: 50 });
    expect(targetEffect(noOrders, 'cvr', 0.1)).toBeNull();
    expect(targetEffect(noOrders, 'aov', 500_000)).toBeNull();
    // Ad spend 1.000.000 → 400.000 ₫ with 50 leads at CPL 8.000 ₫.
    expect(targetEffect(noOrders, 'cpl', 8_000)).toBe(600_000);
  });
});
