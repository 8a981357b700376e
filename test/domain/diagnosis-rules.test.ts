import { describe, expect, it } from 'vitest';
import { type DiagnoseWeekInput, diagnoseWeek, type Issue } from '../../src/domain/diagnose-week.js';
import {
  DEFAULT_DIAGNOSIS_SETTINGS,
  DIAGNOSIS_TEMPLATE_KEYS,
  type DiagnosisSettings,
  type IssueCode,
} from '../../src/domain/diagnosis-rules.js';
import { computeGoalPace } from '../../src/domain/goal-pacing.js';
import type { WeekPnl, WeekTotals } from '../../src/domain/week-totals.js';
import { rendered } from './rendered.js';
import { DEFAULT_WEEK_SETTINGS, LAST_WEEK, WEEK_BEFORE, weekFrom } from './week-fixtures.js';

// Every row of DIAGNOSIS_RULES checked whole: severity, metric, numbers, the Fluent keys, each param's
// unit and every action. The numbers are worked by hand in the comments.

/** 100 orders, 50tr revenue, 10tr ads, 500 leads: CVR 20 %, CPL 20.000, AOV 500.000, ROAS 5. */
const BASE = { orders: 100, revenue: 50_000_000, adSpend: 10_000_000, leads: 500 };
const week = (patch: Partial<WeekTotals>, settings = DEFAULT_WEEK_SETTINGS) =>
  weekFrom({ ...BASE, ...patch }, settings);
const healthy = week({});

/** An action with the number it moves: its value, its target and the week's extra profit there (VND). */
const aiming = (
  action: ReturnType<typeof rendered>,
  ...[metric, actual, target, effect]: [string, unknown, unknown, number]
) => ({ ...action, target: { metric, actual, target, effect } });

function find(
  code: IssueCode,
  input: Partial<Omit<DiagnoseWeekInput, 'settings'>> & {
    current: WeekPnl;
    settings?: Partial<DiagnosisSettings>;
  },
): Issue | undefined {
  const { issues } = diagnoseWeek({
    previous: input.current,
    history: [],
    goal: null,
    ...input,
    settings: { ...DEFAULT_DIAGNOSIS_SETTINGS, ...input.settings },
  });
  return issues.find((i) => i.code === code);
}

describe('DIAGNOSIS_RULES on the docs/product.md worked example', () => {
  // Last week: 56 orders, 28tr revenue, 17tr5 ads, 630 leads, COGS 40 % = 11tr2, no fixed cost.
  // The week before: 105 orders, 59tr5 revenue, 14tr ads, 595 leads.
  const example = (code: IssueCode) => find(code, { current: LAST_WEEK, previous: WEEK_BEFORE });
  const breakEven = expect.closeTo(1 / 0.6, 12);

  it('ROAS 28/17,5 = 1,6 below break-even 1/0,6', () => {
    expect(example('roas-below-break-even')).toEqual({
      code: 'roas-below-break-even',
      severity: 'critical',
      metric: 'roas',
      actual: 1.6,
      threshold: breakEven,
      // ROAS the week before: 59,5 / 14 = 4,25.
      wowDelta: expect.closeTo((1.6 - 4.25) / 4.25, 12),
      explanation: rendered('issue-roas-below-break-even', {
        roas: [1.6, 'ratio'],
        breakEvenRoas: [breakEven, 'ratio'],
        adSpend: [17_500_000, 'vnd'],
        revenue: [28_000_000, 'vnd'],
      }),
      actions: [
        // Ads 17.500.000 → 28.000.000 / (5/3) = 16.800.000 ₫: +700.000 ₫.
        aiming(
          rendered('action-pause-losing-ads', { breakEvenRoas: [breakEven, 'ratio'] }),
          'roas',
          1.6,
          breakEven,
          700_000,
        ),
        // Break-even CPL: contribution 28tr − 11tr2 = 16tr8 over 630 leads = 26.666,67 → 26.667.
        // At the CPL shown: 17.500.000 − 630 × 26.667 = 17.500.000 − 16.800.210 = 699.790 ₫.
        aiming(
          rendered('action-keep-cpl-under-break-even', { breakEvenCpl: [26_667, 'vnd'] }),
          ...(['cpl', 27_778, 26_667, 699_790] as const),
        ),
        aiming(rendered('action-raise-order-value'), 'roas', 1.6, breakEven, 700_000),
      ],
    });
  });

  it('net profit 28tr − 11tr2 − 17tr5 = −700.000 below 0', () => {
    // The week before: 59tr5 − 23tr8 − 14tr = 21tr7; the change is −22,4 / 21,7.
    expect(example('net-profit-negative')).toEqual({
      ...{ code: 'net-profit-negative', severity: 'critical', metric: 'netProfit' },
      ...{ actual: -700_000, threshold: 0, wowDelta: expect.closeTo(-22.4 / 21.7, 12) },
      explanation: rendered('issue-net-profit-negative', {
        ...{ netProfit: [-700_000, 'vnd'], revenue: [28_000_000, 'vnd'], returnedRevenue: [0, 'vnd'] },
        ...{ cogs: [11_200_000, 'vnd'], shippingCost: [0, 'vnd'], paymentFees: [0, 'vnd'] },
        ...{ adSpend: [17_500_000, 'vnd'], fixedCosts: [0, 'vnd'] },
      }),
      // Profit −700.000 → 0 ₫.
      actions: [
        aiming(rendered('action-cut-ad-budget'), 'netProfit', -700_000, 0, 700_000),
        aiming(rendered('action-review-costs'), 'netProfit', -700_000, 0, 700_000),
      ],
    });
  });

  it('CVR 56/630 below 10 %', () => {
    expect(example('cvr-below-min')).toEqual({
      ...{ code: 'cvr-below-min', severity: 'warning', metric: 'cvr', actual: 56 / 630, threshold: 0.1 },
      wowDelta: expect.closeTo(56 / 630 / (105 / 595) - 1, 12),
      explanation: rendered('issue-cvr-below-min', {
        ...{ cvr: [56 / 630, 'fraction'], minCvr: [0.1, 'fraction'] },
        ...{ orders: [56, 'count'], leads: [630, 'count'] },
      }),
      // 630 × 10 % = 63 orders, 7 more × 16.800.000 / 56 = 300.000 ₫ each = 2.100.000 ₫.
      actions: ['reply-leads-faster', 'follow-up-leads', 'check-ad-targeting'].map((a) =>
        aiming(rendered(`action-${a}`), 'cvr', 56 / 630, 0.1, 2_100_000),
      ),
    });
  });

  it('revenue 28tr below 80 % of 59tr5 = 47tr6', () => {
    const change = expect.closeTo(-31.5 / 59.5, 12);
    expect(example('revenue-down')).toEqual({
      ...{ code: 'revenue-down', severity: 'warning', metric: 'revenue' },
      ...{ actual: 28_000_000, threshold: 47_600_000, wowDelta: change },
      explanation: rendered('issue-revenue-down', {
        ...{ revenue: [28_000_000, 'vnd'], previousRevenue: [59_500_000, 'vnd'] },
        revenueChange: [change, 'fraction'],
      }),
      // Back to 59.500.000 ₫ at margin 60 %: 31.500.000 × 60 % = 18.900.000 ₫.
      actions: [
        aiming(rendered('action-contact-past-customers'), 'revenue', 28_000_000, 59_500_000, 18_900_000),
      ],
    });
  });

  it('ads 17tr5 above 115 % of 14tr = 16tr1 while orders 56 stay under 102 % of 105', () => {
    expect(example('spend-up-orders-flat')).toEqual({
      ...{ code: 'spend-up-orders-flat', severity: 'warning', metric: 'adSpend' },
      ...{ actual: 17_500_000, threshold: 16_100_000, wowDelta: 0.25 },
      explanation: rendered('issue-spend-up-orders-flat', {
        ...{
          adSpend: [17_500_000, 'vnd'],
          previousAdSpend: [14_000_000, 'vnd'],
          adSpendChange: [0.25, 'fraction'],
        },
        ...{ orders: [56, 'count'], previousOrders: [105, 'count'] },
        ordersChange: [expect.closeTo(-49 / 105, 12), 'fraction'],
      }),
      actions: [
        // Back to 14.000.000 ₫ of ads: 3.500.000 ₫.
        aiming(
          rendered('action-roll-back-ad-budget', { previousAdSpend: [14_000_000, 'vnd'] }),
          ...(['adSpend', 17_500_000, 14_000_000, 3_500_000] as const),
        ),
        aiming(rendered('action-check-new-ads'), 'adSpend', 17_500_000, 14_000_000, 3_500_000),
      ],
    });
  });
});

describe('DIAGNOSIS_RULES on other weeks', () => {
  it('gross margin (50tr − 20tr COGS − 100 × 400.000 shipping) / 50tr = −20 % at or below 0', () => {
    const current = week({}, { ...DEFAULT_WEEK_SETTINGS, shippingCostPerOrder: 400_000 });
    const margin = expect.closeTo(-0.2, 12);
    expect(find('margin-not-positive', { current })).toEqual({
      ...{ code: 'margin-not-positive', severity: 'critical', metric: 'grossMarginRatio' },
      ...{ actual: margin, threshold: 0, wowDelta: 0 },
      explanation: rendered('issue-margin-not-positive', {
        ...{ grossMarginRatio: [margin, 'fraction'], revenue: [50_000_000, 'vnd'] },
        variableCosts: [60_000_000, 'vnd'],
      }),
      // Margin −20 % → 0 on 50.000.000 ₫: the −10.000.000 ₫ contribution gained.
      actions: [
        aiming(rendered('action-raise-prices'), 'grossMarginRatio', margin, 0, 10_000_000),
        rendered('action-check-cost-settings'),
      ],
    });
  });

  it('AOV 35tr/100 = 350.000 below 85 % of 500.000 = 425.000', () => {
    expect(find('aov-down', { current: week({ revenue: 35_000_000 }), previous: healthy })).toEqual({
      ...{ code: 'aov-down', severity: 'warning', metric: 'aov' },
      ...{ actual: 350_000, threshold: 425_000, wowDelta: -0.3 },
      explanation: rendered('issue-aov-down', {
        ...{ aov: [350_000, 'vnd'], previousAov: [500_000, 'vnd'], aovChange: [-0.3, 'fraction'] },
      }),
      // Back to 500.000 ₫ an order: (100 × 500.000 − 35.000.000) × 60 % = 9.000.000 ₫.
      actions: [
        aiming(rendered('action-offer-bundles'), 'aov', 350_000, 500_000, 9_000_000),
        aiming(
          rendered('action-free-shipping-threshold', { previousAov: [500_000, 'vnd'] }),
          ...(['aov', 350_000, 500_000, 9_000_000] as const),
        ),
      ],
    });
  });

  it('CPL 12tr/500 = 24.000 above the owner maximum 22.000', () => {
    const current = week({ adSpend: 12_000_000 });
    expect(find('cpl-spike', { current, settings: { maxCpl: 22_000 } })).toEqual({
      ...{ code: 'cpl-spike', severity: 'warning', metric: 'cpl', actual: 24_000, threshold: 22_000 },
      wowDelta: 0,
      explanation: rendered('issue-cpl-above-max', {
        ...{ cpl: [24_000, 'vnd'], maxCpl: [22_000, 'vnd'] },
        ...{ leads: [500, 'count'], adSpend: [12_000_000, 'vnd'] },
      }),
      // 500 × (24.000 − 22.000) = 1.000.000 ₫.
      actions: [
        aiming(
          rendered('action-pause-ads-above-cpl', { cplLimit: [22_000, 'vnd'] }),
          'cpl',
          24_000,
          22_000,
          1_000_000,
        ),
        aiming(rendered('action-refresh-ad-creatives'), 'cpl', 24_000, 22_000, 1_000_000),
      ],
    });
  });

  it('CPL 30.000 above 1,3 × the median 23.000 of CPLs 24, 20, 30, 22 thousand = 29.900', () => {
    const cplWeek = (cpl: number) => week({ adSpend: cpl * 500 });
    const history = [cplWeek(24_000), cplWeek(20_000), cplWeek(30_000), cplWeek(22_000)];
    expect(find('cpl-spike', { current: cplWeek(30_000), previous: history[0]!, history })).toMatchObject({
      ...{ actual: 30_000, threshold: 29_900, wowDelta: 0.25 },
      explanation: rendered('issue-cpl-spike', {
        ...{ cpl: [30_000, 'vnd'], medianCpl: [23_000, 'vnd'] },
        multiplier: [1.3, 'ratio'],
      }),
      // 500 × (30.000 − 29.900) = 50.000 ₫.
      actions: [
        aiming(
          rendered('action-pause-ads-above-cpl', { cplLimit: [29_900, 'vnd'] }),
          'cpl',
          30_000,
          29_900,
          50_000,
        ),
        aiming(rendered('action-refresh-ad-creatives'), 'cpl', 30_000, 29_900, 50_000),
      ],
    });
  });

  it('4 of 7 days recorded, fewer than 6', () => {
    expect(find('data-gap', { current: week({ daysRecorded: 4 }) })).toEqual({
      ...{ code: 'data-gap', severity: 'info', metric: 'daysRecorded', actual: 4, threshold: 6, wowDelta: 0 },
      explanation: rendered('issue-data-gap', {
        ...{ daysRecorded: [4, 'days'], daysInPeriod: [7, 'days'], minDaysRecorded: [6, 'days'] },
      }),
      actions: [rendered('action-fill-missing-days'), rendered('action-turn-on-reminders')],
    });
  });

  describe('goal pacing on 15 November of a 30-day month', () => {
    const goal = (profit: { target: number; toDate: number } | null, revenueToDate: number) =>
      computeGoalPace({
        month: '2026-11',
        revenueTarget: 300_000_000,
        profitTarget: profit?.target ?? null,
        asOf: '2026-11-15',
        revenueToDate,
        profitToDate: profit?.toDate ?? 0,
        daysRecorded: 15,
      });

    it('revenue 120tr below 90 % of the pro-rata 300tr × 15/30 = 150tr, that is 135tr', () => {
      expect(find('goal-revenue-off-pace', { current: healthy, goal: goal(null, 120_000_000) })).toEqual({
        ...{ code: 'goal-revenue-off-pace', severity: 'warning', metric: 'revenueToDate' },
        ...{ actual: 120_000_000, threshold: 135_000_000, wowDelta: null },
        explanation: rendered('issue-goal-revenue-off-pace', {
          ...{ revenueToDate: [120_000_000, 'vnd'], proRataRevenueTarget: [150_000_000, 'vnd'] },
          ...{ revenueTarget: [300_000_000, 'vnd'], revenuePace: [0.8, 'fraction'] },
        }),
        // 180tr left over the 15 days from the 16th: 12tr a day.
        // The pace needed is shown with the goal, not as an item.
        actions: [rendered('action-review-goal-plan')],
      });
    });

    it('profit 20tr below 90 % of the pro-rata 60tr × 15/30 = 30tr, that is 27tr', () => {
      const g = goal({ target: 60_000_000, toDate: 20_000_000 }, 150_000_000);
      expect(find('goal-profit-off-pace', { current: healthy, goal: g })).toEqual({
        ...{ code: 'goal-profit-off-pace', severity: 'warning', metric: 'profitToDate' },
        ...{ actual: 20_000_000, threshold: 27_000_000, wowDelta: null },
        explanation: rendered('issue-goal-profit-off-pace', {
          ...{ profitToDate: [20_000_000, 'vnd'], proRataProfitTarget: [30_000_000, 'vnd'] },
          ...{ profitTarget: [60_000_000, 'vnd'], profitPace: [expect.closeTo(2 / 3, 12), 'fraction'] },
        }),
        // 40tr left over 15 days: 2.666.666,67 a day → 2.666.667.
        actions: [rendered('action-review-goal-plan')],
      });
    });

    it('leaves a profit goal that is not above 0 alone', () => {
      // A planned loss of 10tr: pro-rata −5tr, 90 % of it −4tr5; −6tr so far is below that, but a goal that
      // is not a profit has no pace to be off.
      const lossGoal = goal({ target: -10_000_000, toDate: -6_000_000 }, 150_000_000);
      expect(find('goal-profit-off-pace', { current: healthy, goal: lossGoal })).toBeUndefined();
    });
  });
});

describe('DIAGNOSIS_TEMPLATE_KEYS', () => {
  it('lists the explanations, the threshold explanation and the actions, each once', () => {
    expect([...DIAGNOSIS_TEMPLATE_KEYS].sort()).toEqual(
      [
        'issue-roas-below-break-even',
        'action-pause-losing-ads',
        'action-keep-cpl-under-break-even',
        'action-raise-order-value',
        'issue-net-profit-negative',
        'action-cut-ad-budget',
        'action-review-costs',
        'issue-margin-not-positive',
        'action-raise-prices',
        'action-check-cost-settings',
        'issue-cvr-below-min',
        'action-reply-leads-faster',
        'action-follow-up-leads',
        'action-check-ad-targeting',
        'issue-cpl-spike',
        'issue-cpl-above-max',
        'action-pause-ads-above-cpl',
        'action-refresh-ad-creatives',
        'issue-revenue-down',
        'action-contact-past-customers',
        'issue-aov-down',
        'action-offer-bundles',
        'action-free-shipping-threshold',
        'issue-spend-up-orders-flat',
        'action-roll-back-ad-budget',
        'action-check-new-ads',
        'issue-goal-revenue-off-pace',
        'action-review-goal-plan',
        'issue-goal-profit-off-pace',
        'issue-data-gap',
        'action-fill-missing-days',
        'action-turn-on-reminders',
      ].sort(),
    );
  });
});
