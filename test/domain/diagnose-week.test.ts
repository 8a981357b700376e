import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DiagnoseWeekInput, diagnoseWeek, type Issue } from '../../src/domain/diagnose-week.js';
import {
  DEFAULT_DIAGNOSIS_SETTINGS,
  DIAGNOSIS_RULES,
  DIAGNOSIS_TEMPLATE_KEYS,
  type DiagnosisRule,
  type DiagnosisSettings,
  type IssueCode,
  SEVERITY_ORDER,
} from '../../src/domain/diagnosis-rules.js';
import { formatPercent, formatRatio } from '../../src/domain/format.js';
import { computeGoalPace } from '../../src/domain/goal-pacing.js';
import { computeWeekPnl, type WeekPnl, type WeekTotals } from '../../src/domain/week-totals.js';
import { DEFAULT_WEEK_SETTINGS, LAST_WEEK, WEEK_BEFORE, weekFrom } from './week-fixtures.js';

/** A healthy week: 100 orders, 50tr revenue, 10tr ads, 500 leads (CVR 20 %, CPL 20.000, AOV 500.000, ROAS 5). */
const BASE = { orders: 100, revenue: 50_000_000, adSpend: 10_000_000, leads: 500 };
const healthy = weekFrom(BASE);

function week(patch: Partial<WeekTotals>, settings = DEFAULT_WEEK_SETTINGS): WeekPnl {
  return weekFrom({ ...BASE, ...patch }, settings);
}

function diagnose(
  current: WeekPnl,
  options: Partial<Omit<DiagnoseWeekInput, 'settings'>> & { settings?: Partial<DiagnosisSettings> } = {},
) {
  return diagnoseWeek({
    current,
    previous: options.previous === undefined ? current : options.previous,
    history: options.history ?? [],
    goal: options.goal ?? null,
    settings: { ...DEFAULT_DIAGNOSIS_SETTINGS, ...options.settings },
    rules: options.rules,
  });
}

const codes = (issues: Issue[]) => issues.map((i) => i.code);
const issue = (issues: Issue[], code: IssueCode) => issues.find((i) => i.code === code);

describe('diagnoseWeek on the docs/product.md worked example', () => {
  const { issues, praise } = diagnoseWeek({
    current: LAST_WEEK,
    previous: WEEK_BEFORE,
    history: [WEEK_BEFORE],
    settings: DEFAULT_DIAGNOSIS_SETTINGS,
    goal: null,
  });

  it('finds exactly the five issues, criticals first', () => {
    expect(praise).toBe(false);
    expect(issues.map((i) => [i.code, i.severity, i.metric])).toEqual([
      ['roas-below-break-even', 'critical', 'roas'],
      ['net-profit-negative', 'critical', 'netProfit'],
      ['cvr-below-min', 'warning', 'cvr'],
      ['revenue-down', 'warning', 'revenue'],
      ['spend-up-orders-flat', 'warning', 'adSpend'],
    ]);
  });

  it('ROAS 1,60 below break-even 1,67', () => {
    const roas = issue(issues, 'roas-below-break-even')!;
    expect(roas.actual).toBe(1.6);
    expect(roas.threshold).toBeCloseTo(5 / 3, 12);
    expect(formatRatio(roas.actual, 'vi')).toBe('1,60');
    expect(formatRatio(roas.threshold, 'vi')).toBe('1,67');
    expect(roas.wowDelta).toBeCloseTo((1.6 - 4.25) / 4.25, 12);
    expect(roas.explanation.key).toBe('issue-roas-below-break-even');
    expect(roas.explanation.params).toEqual({
      roas: 1.6,
      breakEvenRoas: roas.threshold,
      adSpend: 17_500_000,
      revenue: 28_000_000,
    });
    expect(roas.explanation.units).toEqual({
      roas: 'ratio',
      breakEvenRoas: 'ratio',
      adSpend: 'vnd',
      revenue: 'vnd',
    });
    expect(roas.actions).toMatchObject([
      { key: 'action-pause-losing-ads', params: { breakEvenRoas: roas.threshold } },
      { key: 'action-keep-cpl-under-break-even', params: { breakEvenCpl: 26_667 } },
      { key: 'action-raise-order-value', params: {} },
    ]);
  });

  it('net profit −700.000 ₫ below 0', () => {
    const loss = issue(issues, 'net-profit-negative')!;
    expect(loss).toMatchObject({ actual: -700_000, threshold: 0 });
    expect(loss.wowDelta).toBeCloseTo(-22.4 / 21.7, 12);
    expect(loss.explanation).toMatchObject({
      key: 'issue-net-profit-negative',
      params: {
        netProfit: -700_000,
        revenue: 28_000_000,
        returnedRevenue: 0,
        cogs: 11_200_000,
        shippingCost: 0,
        paymentFees: 0,
        adSpend: 17_500_000,
        fixedCosts: 0,
      },
    });
    expect(loss.actions.map((a) => a.key)).toEqual(['action-cut-ad-budget', 'action-review-costs']);
  });

  it('CVR 8,89 % below 10 %', () => {
    const cvr = issue(issues, 'cvr-below-min')!;
    expect(formatPercent(cvr.actual, 'vi')).toBe('8,89 %');
    expect(cvr.actual).toBeCloseTo(56 / 630, 15);
    expect(cvr.threshold).toBe(0.1);
    expect(cvr.wowDelta).toBeCloseTo(56 / 630 / (105 / 595) - 1, 12);
    expect(cvr.explanation).toMatchObject({
      key: 'issue-cvr-below-min',
      params: { cvr: cvr.actual, minCvr: 0.1, orders: 56, leads: 630 },
    });
    expect(cvr.actions).toHaveLength(3);
  });

  it('revenue down 52,9 % against a threshold of 80 % of 59.500.000 ₫', () => {
    const revenue = issue(issues, 'revenue-down')!;
    expect(revenue).toMatchObject({ actual: 28_000_000, threshold: 47_600_000 });
    expect(formatPercent(revenue.wowDelta!, 'vi', 1)).toBe('-52,9 %');
    expect(revenue.explanation.params).toEqual({
      revenue: 28_000_000,
      previousRevenue: 59_500_000,
      revenueChange: revenue.wowDelta,
    });
  });

  it('ad spend up 25 % while orders fell 46,7 %', () => {
    const spend = issue(issues, 'spend-up-orders-flat')!;
    expect(spend).toMatchObject({ actual: 17_500_000, threshold: 16_100_000, wowDelta: 0.25 });
    const { params } = spend.explanation;
    expect(params).toMatchObject({
      adSpend: 17_500_000,
      previousAdSpend: 14_000_000,
      orders: 56,
      previousOrders: 105,
    });
    expect(params.adSpendChange).toBe(0.25);
    expect(formatPercent(params.ordersChange!, 'vi', 1)).toBe('-46,7 %');
    expect(spend.actions[0]).toMatchObject({
      key: 'action-roll-back-ad-budget',
      params: { previousAdSpend: 14_000_000 },
    });
  });

  it('does not flag AOV (down 11,8 %, under 15 %), CPL (one week of history) or data (7 of 7 days)', () => {
    expect(codes(issues)).not.toContain('aov-down');
    expect(codes(issues)).not.toContain('cpl-spike');
    expect(codes(issues)).not.toContain('data-gap');
  });
});

describe('diagnoseWeek', () => {
  it('praises a week with no issues', () => {
    expect(diagnose(healthy, { previous: null })).toEqual({ issues: [], praise: true });
    expect(diagnose(healthy)).toEqual({ issues: [], praise: true });
  });

  it.each<
    [
      string,
      WeekPnl,
      Partial<Omit<DiagnoseWeekInput, 'settings'>>,
      Partial<DiagnosisSettings>,
      IssueCode,
      boolean,
    ]
  >([
    ['ROAS exactly at break-even', week({ adSpend: 30_000_000 }), {}, {}, 'roas-below-break-even', false],
    [
      'ROAS one đồng of spend under break-even',
      week({ adSpend: 30_000_001 }),
      {},
      {},
      'roas-below-break-even',
      true,
    ],
    ['net profit exactly 0', week({ adSpend: 30_000_000 }), {}, {}, 'net-profit-negative', false],
    ['CVR exactly 10 %', week({ orders: 50, revenue: 25_000_000 }), {}, {}, 'cvr-below-min', false],
    ['CVR 9,8 %', week({ orders: 49, revenue: 24_500_000 }), {}, {}, 'cvr-below-min', true],
    ['CVR 20 % with a 25 % minimum', healthy, {}, { minCvr: 0.25 }, 'cvr-below-min', true],
    [
      'revenue at exactly 80 %',
      week({ revenue: 40_000_000 }),
      { previous: healthy },
      {},
      'revenue-down',
      false,
    ],
    [
      'revenue 1 ₫ under 80 %',
      week({ revenue: 39_999_999 }),
      { previous: healthy },
      {},
      'revenue-down',
      true,
    ],
    [
      'revenue down with no previous week',
      week({ revenue: 10_000_000 }),
      { previous: null },
      {},
      'revenue-down',
      false,
    ],
    ['AOV at exactly 85 %', week({ revenue: 42_500_000 }), { previous: healthy }, {}, 'aov-down', false],
    ['AOV 100 ₫ under 85 %', week({ revenue: 42_499_900 }), { previous: healthy }, {}, 'aov-down', true],
    [
      'spend up exactly 15 %',
      week({ adSpend: 11_500_000 }),
      { previous: healthy },
      {},
      'spend-up-orders-flat',
      false,
    ],
    [
      // 1.400.000 × 1.15 is 1609999.9999999998 in binary: still a tie, not a rise past 15 %.
      'spend up exactly 15 % from 1.400.000 ₫',
      week({ adSpend: 1_610_000 }),
      { previous: week({ adSpend: 1_400_000 }) },
      {},
      'spend-up-orders-flat',
      false,
    ],
    [
      'spend up past 15 %, orders +2 %',
      week({ adSpend: 11_500_001, orders: 102, revenue: 51_000_000 }),
      { previous: healthy },
      {},
      'spend-up-orders-flat',
      true,
    ],
    [
      'spend up past 15 %, orders +3 %',
      week({ adSpend: 11_500_001, orders: 103, revenue: 51_500_000 }),
      { previous: healthy },
      {},
      'spend-up-orders-flat',
      false,
    ],
    [
      'spend up from a week without ads',
      week({ adSpend: 1_000_000 }),
      { previous: week({ adSpend: 0 }) },
      {},
      'spend-up-orders-flat',
      false,
    ],
    ['6 of 7 days recorded', week({ daysRecorded: 6 }), {}, {}, 'data-gap', false],
    ['5 of 7 days recorded', week({ daysRecorded: 5 }), {}, {}, 'data-gap', true],
    [
      '6 of 7 days when all 7 are required',
      week({ daysRecorded: 6 }),
      {},
      { minDaysRecorded: 7 },
      'data-gap',
      true,
    ],
  ])('%s', (_, current, options, settings, code, fires) => {
    expect(codes(diagnose(current, { ...options, settings }).issues).includes(code)).toBe(fires);
  });

  it('gives the numbers behind a revenue drop and an AOV drop', () => {
    const { issues } = diagnose(week({ revenue: 35_000_000 }), { previous: healthy });
    expect(issue(issues, 'revenue-down')).toMatchObject({
      actual: 35_000_000,
      threshold: 40_000_000,
      wowDelta: -0.3,
    });
    const aov = issue(issues, 'aov-down')!;
    expect(aov).toMatchObject({ actual: 350_000, threshold: 425_000, wowDelta: -0.3 });
    expect(aov.explanation).toMatchObject({
      key: 'issue-aov-down',
      params: { aov: 350_000, previousAov: 500_000, aovChange: -0.3 },
    });
    expect(aov.actions[1]).toMatchObject({
      key: 'action-free-shipping-threshold',
      params: { previousAov: 500_000 },
    });
  });

  it('reports a data gap with the days recorded, in the period and required', () => {
    const gap = issue(diagnose(week({ daysRecorded: 4 })).issues, 'data-gap')!;
    expect(gap).toMatchObject({ severity: 'info', actual: 4, threshold: 6, wowDelta: 0 });
    expect(gap.explanation).toMatchObject({
      key: 'issue-data-gap',
      params: { daysRecorded: 4, daysInPeriod: 7, minDaysRecorded: 6 },
    });
  });

  it('charges the fixed cost of all 7 days to a week with 4 recorded days', () => {
    // 4 days recorded: contribution 12tr − ads 4tr − 7 days × 2tr rent = −6tr; 4 days of rent alone would leave +0.
    const current = computeWeekPnl(
      {
        orders: 40,
        revenue: 20_000_000,
        adSpend: 4_000_000,
        leads: 200,
        cogs: 8_000_000,
        returnedRevenue: 0,
        shippingCost: 0,
        paymentFees: 0,
        // The 4 recorded days stored 2tr of rent each; the 3 missing days take today's 2tr each.
        fixedCost: 8_000_000,
        daysRecorded: 4,
        daysInPeriod: 7,
      },
      { ...DEFAULT_WEEK_SETTINGS, dailyFixedCost: 2_000_000 },
    );
    const { issues } = diagnose(current, { previous: null });
    expect(codes(issues)).toEqual(['net-profit-negative', 'data-gap']);
    expect(issue(issues, 'net-profit-negative')!.explanation.params).toMatchObject({
      netProfit: -6_000_000,
      fixedCosts: 14_000_000,
    });
  });

  it('flags a week where each sale loses money before ads, and leaves ROAS alone without a break-even', () => {
    const shipping = { ...DEFAULT_WEEK_SETTINGS, shippingCostPerOrder: 400_000 };
    const { issues } = diagnose(week({}, shipping));
    expect(codes(issues)).toEqual(['net-profit-negative', 'margin-not-positive']);
    const margin = issue(issues, 'margin-not-positive')!;
    expect(margin.actual).toBeCloseTo(-0.2, 12);
    expect(margin.explanation.params).toMatchObject({ revenue: 50_000_000, variableCosts: 60_000_000 });
  });

  it('handles a week without leads: no CVR or CPL issue', () => {
    const organic = week({ leads: 0, adSpend: 0 });
    expect(diagnose(organic, { history: [healthy, healthy], settings: { maxCpl: 1 } })).toEqual({
      issues: [],
      praise: true,
    });
  });

  it('handles a week without orders: ROAS 0, a loss and CVR 0 %, but no AOV', () => {
    const nothing = week({ orders: 0, revenue: 0, cogs: 0, adSpend: 5_000_000, leads: 50 });
    const { issues } = diagnose(nothing, { previous: healthy });
    expect(codes(issues)).toEqual([
      'roas-below-break-even',
      'net-profit-negative',
      'cvr-below-min',
      'revenue-down',
    ]);
    expect(issue(issues, 'roas-below-break-even')).toMatchObject({ actual: 0 });
    expect(issue(issues, 'roas-below-break-even')!.threshold).toBeCloseTo(1 / 0.6, 12);
    // No revenue, so no break-even CPL: that action is left out.
    expect(issue(issues, 'roas-below-break-even')!.actions.map((a) => a.key)).toEqual([
      'action-pause-losing-ads',
      'action-raise-order-value',
    ]);
    expect(issue(issues, 'revenue-down')!.wowDelta).toBe(-1);
  });

  it('lists issues by severity, then in rule order', () => {
    const { issues } = diagnose(
      week({ adSpend: 40_000_000, orders: 40, revenue: 20_000_000, daysRecorded: 3 }),
      {
        previous: healthy,
      },
    );
    expect(codes(issues)).toEqual([
      'roas-below-break-even',
      'net-profit-negative',
      'cvr-below-min',
      'revenue-down',
      'spend-up-orders-flat',
      'data-gap',
    ]);
  });
});

describe('diagnoseWeek CPL spike', () => {
  const cplWeek = (cpl: number) => week({ adSpend: cpl * 500 });
  const HISTORY = [cplWeek(24_000), cplWeek(20_000), cplWeek(30_000), cplWeek(22_000)]; // median 23.000

  it('compares with max_cpl when the owner set one, even without history', () => {
    const spike = issue(diagnose(cplWeek(24_000), { settings: { maxCpl: 22_000 } }).issues, 'cpl-spike')!;
    expect(spike).toMatchObject({
      severity: 'warning',
      metric: 'cpl',
      actual: 24_000,
      threshold: 22_000,
      wowDelta: 0,
    });
    expect(spike.explanation).toMatchObject({
      key: 'issue-cpl-above-max',
      params: { cpl: 24_000, maxCpl: 22_000, leads: 500, adSpend: 12_000_000 },
    });
    expect(spike.actions[0]).toMatchObject({
      key: 'action-pause-ads-above-cpl',
      params: { cplLimit: 22_000 },
    });
  });

  it('uses max_cpl instead of history when set', () => {
    const { issues } = diagnose(cplWeek(30_000), { history: HISTORY, settings: { maxCpl: 50_000 } });
    expect(codes(issues)).not.toContain('cpl-spike');
  });

  it('compares with 1.3 × the median CPL of the 4 weeks before', () => {
    const spike = issue(
      diagnose(cplWeek(30_000), { previous: HISTORY[0]!, history: HISTORY }).issues,
      'cpl-spike',
    )!;
    expect(spike).toMatchObject({ actual: 30_000, threshold: 29_900, wowDelta: 0.25 });
    expect(spike.explanation).toMatchObject({
      key: 'issue-cpl-spike',
      params: { cpl: 30_000, medianCpl: 23_000, multiplier: 1.3 },
    });
    // The limit is the target of the CPL items: 500 leads × (30.000 − 29.900) = 50.000 ₫.
    expect(spike.actions[0]!.target).toEqual({
      metric: 'cpl',
      actual: 30_000,
      target: 29_900,
      effect: 50_000,
    });
  });

  it('does not fire at exactly 1.3 × the median', () => {
    expect(codes(diagnose(cplWeek(29_900), { history: HISTORY }).issues)).not.toContain('cpl-spike');
  });

  it('reads only the 4 newest weeks of history', () => {
    const history = [cplWeek(20_000), cplWeek(20_000), cplWeek(40_000), cplWeek(40_000), cplWeek(40_000)];
    // Median of the first 4 is 30.000 (limit 39.000); with the fifth it would be 40.000 (limit 52.000).
    const spike = issue(diagnose(cplWeek(45_000), { history }).issues, 'cpl-spike');
    expect(spike?.threshold).toBe(39_000);
  });

  it('needs at least 2 of those weeks with leads', () => {
    const noLeads = week({ leads: 0, adSpend: 0 });
    expect(codes(diagnose(cplWeek(90_000), { history: [cplWeek(20_000)] }).issues)).not.toContain(
      'cpl-spike',
    );
    expect(
      codes(diagnose(cplWeek(90_000), { history: [noLeads, cplWeek(20_000), noLeads] }).issues),
    ).not.toContain('cpl-spike');
    expect(
      codes(diagnose(cplWeek(90_000), { history: [noLeads, cplWeek(20_000), cplWeek(30_000)] }).issues),
    ).toContain('cpl-spike');
  });
});

describe('diagnoseWeek goal pacing', () => {
  const goal = (
    revenueToDate: number,
    extra: { asOf?: string; profitTarget?: number; profitToDate?: number } = {},
  ) =>
    computeGoalPace({
      month: '2026-11',
      revenueTarget: 300_000_000,
      profitTarget: extra.profitTarget ?? null,
      asOf: extra.asOf ?? '2026-11-15',
      revenueToDate,
      profitToDate: extra.profitToDate ?? 0,
      daysRecorded: 15,
    });

  it('flags month-to-date revenue under 90 % of the pro-rata target', () => {
    const offPace = issue(diagnose(healthy, { goal: goal(120_000_000) }).issues, 'goal-revenue-off-pace')!;
    expect(offPace).toMatchObject({
      severity: 'warning',
      metric: 'revenueToDate',
      actual: 120_000_000,
      threshold: 135_000_000,
      wowDelta: null,
    });
    expect(offPace.explanation).toMatchObject({
      key: 'issue-goal-revenue-off-pace',
      params: {
        revenueToDate: 120_000_000,
        proRataRevenueTarget: 150_000_000,
        revenueTarget: 300_000_000,
        revenuePace: 0.8,
      },
    });
    // The revenue needed per day is shown with the goal: aiming at a number is not an item.
    expect(offPace.actions).toEqual([{ key: 'action-review-goal-plan', params: {}, units: {} }]);
  });

  it('stays quiet at exactly 90 % and without a goal', () => {
    expect(codes(diagnose(healthy, { goal: goal(135_000_000) }).issues)).toEqual([]);
    expect(codes(diagnose(healthy, { goal: null }).issues)).toEqual([]);
  });

  it('offers no daily run-rate item once the month is over either', () => {
    const offPace = issue(
      diagnose(healthy, { goal: goal(200_000_000, { asOf: '2026-11-30' }) }).issues,
      'goal-revenue-off-pace',
    )!;
    expect(offPace.threshold).toBe(270_000_000);
    expect(offPace.actions.map((a) => a.key)).toEqual(['action-review-goal-plan']);
  });

  it('flags profit off pace when the goal has a profit target', () => {
    const g = goal(150_000_000, { profitTarget: 60_000_000, profitToDate: 20_000_000 });
    const offPace = issue(diagnose(healthy, { goal: g }).issues, 'goal-profit-off-pace')!;
    expect(offPace).toMatchObject({ actual: 20_000_000, threshold: 27_000_000 });
    expect(offPace.explanation.params).toEqual({
      profitToDate: 20_000_000,
      proRataProfitTarget: 30_000_000,
      profitTarget: 60_000_000,
      profitPace: 20 / 30,
    });
    expect(offPace.actions).toEqual([{ key: 'action-review-goal-plan', params: {}, units: {} }]);
  });
});

describe('diagnoseWeek rules as data', () => {
  it('lists every Fluent key the rules use, once', () => {
    expect(DIAGNOSIS_TEMPLATE_KEYS).toContain('issue-cpl-above-max');
    expect(DIAGNOSIS_TEMPLATE_KEYS).toContain('action-review-goal-plan');
    expect(DIAGNOSIS_TEMPLATE_KEYS.filter((k) => k === 'action-review-goal-plan')).toHaveLength(1);
    expect(DIAGNOSIS_TEMPLATE_KEYS.every((k) => /^(issue|action)-[a-z-]+$/.test(k))).toBe(true);
  });

  it('applies a rule added as a row', () => {
    const belowTarget: DiagnosisRule = {
      code: 'roas-below-break-even',
      severity: 'info',
      actual: { from: 'current', metric: 'roas' },
      comparison: 'lt',
      thresholds: [{ base: { from: 'current', metric: 'targetRoas' } }],
      explanation: { key: 'issue-roas-below-target', params: { targetRoas: { from: 'threshold' } } },
      actions: [{ key: 'action-pause-losing-ads', params: {} }],
    };
    const { issues } = diagnose(week({ adSpend: 25_000_000 }), { rules: [belowTarget] }); // ROAS 2,00
    expect(issues).toHaveLength(1);
    expect(issues[0]!.explanation.key).toBe('issue-roas-below-target');
    expect(issues[0]!.threshold).toBeCloseTo((5 / 3) * 1.3, 12);
  });

  it('has unique codes and 1–3 actions with distinct keys per rule, one of them needing no numbers', () => {
    expect(new Set(DIAGNOSIS_RULES.map((r) => r.code)).size).toBe(DIAGNOSIS_RULES.length);
    for (const rule of DIAGNOSIS_RULES) {
      expect(rule.actions.length).toBeGreaterThanOrEqual(1);
      expect(rule.actions.length).toBeLessThanOrEqual(3);
      expect(new Set(rule.actions.map((a) => a.key)).size).toBe(rule.actions.length);
      // An action with no numbers always renders, so an issue never goes out without one.
      expect(rule.actions.some((a) => Object.keys(a.params).length === 0)).toBe(true);
    }
  });
});

const weekTotals = fc.record({
  orders: fc.integer({ min: 0, max: 2_000 }),
  revenue: fc.integer({ min: 0, max: 5_000_000_000 }),
  adSpend: fc.integer({ min: 0, max: 2_000_000_000 }),
  leads: fc.integer({ min: 0, max: 10_000 }),
  daysRecorded: fc.integer({ min: 0, max: 7 }),
});

describe('diagnoseWeek properties', () => {
  it('every issue carries finite plain-number params, whole đồng for money, and 1–3 actions, sorted by severity', () => {
    fc.assert(
      fc.property(
        weekTotals,
        fc.option(weekTotals, { nil: null }),
        fc.array(weekTotals, { maxLength: 5 }),
        fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
        fc.option(fc.integer({ min: 0, max: 3_000_000_000 }), { nil: null }),
        (current, previous, history, maxCpl, revenueToDate) => {
          const { issues, praise } = diagnose(weekFrom(current), {
            previous: previous === null ? null : weekFrom(previous),
            history: history.map((w) => weekFrom(w)),
            settings: { maxCpl },
            goal:
              revenueToDate === null
                ? null
                : computeGoalPace({
                    month: '2026-11',
                    revenueTarget: 1_000_000_000,
                    profitTarget: 100_000_000,
                    asOf: '2026-11-20',
                    revenueToDate,
                    profitToDate: revenueToDate / 10,
                    daysRecorded: 20,
                  }),
          });
          expect(praise).toBe(issues.length === 0);
          // Every effect is whole đồng and never negative, and each number moved has one target.
          const targets = new Map<string, number>();
          for (const { target } of issues.flatMap((i) => i.actions)) {
            if (!target) continue;
            expect(Number.isInteger(target.effect) && target.effect >= 0).toBe(true);
            expect(targets.get(target.metric) ?? target.target).toBe(target.target);
            targets.set(target.metric, target.target);
          }
          const ranks = issues.map((i) => SEVERITY_ORDER.indexOf(i.severity));
          expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
          for (const found of issues) {
            expect(Number.isFinite(found.actual) && Number.isFinite(found.threshold)).toBe(true);
            expect(found.actions.length).toBeGreaterThanOrEqual(1);
            expect(found.actions.length).toBeLessThanOrEqual(3);
            for (const template of [found.explanation, ...found.actions]) {
              for (const value of Object.values(template.params)) expect(Number.isFinite(value)).toBe(true);
            }
            for (const name of [
              'revenue',
              'adSpend',
              'netProfit',
              'cpl',
              'aov',
              'maxCpl',
              'cplLimit',
              'medianCpl',
            ]) {
              const value = found.explanation.params[name];
              if (value !== undefined) expect(Number.isInteger(value)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('diagnoseWeek interpreting rules', () => {
  it('sorts by severity first, then by row order, whatever order the rows come in', () => {
    // The week of "lists issues by severity" with the rows reversed: each severity's issues come in reverse.
    const current = week({ adSpend: 40_000_000, orders: 40, revenue: 20_000_000, daysRecorded: 3 });
    const { issues } = diagnose(current, { previous: healthy, rules: [...DIAGNOSIS_RULES].reverse() });
    expect(codes(issues)).toEqual([
      'net-profit-negative',
      'roas-below-break-even',
      'spend-up-orders-flat',
      'revenue-down',
      'cvr-below-min',
      'data-gap',
    ]);
  });

  it('keeps at most 3 actions', () => {
    const dataGap = DIAGNOSIS_RULES.find((rule) => rule.code === 'data-gap')!;
    const actions = ['a', 'b', 'c', 'd'].map((k) => ({ key: `action-${k}`, params: {} }));
    // 5 of 7 days recorded, fewer than 6: the data gap fires, with four actions.
    const { issues } = diagnose(week({ daysRecorded: 5 }), { rules: [{ ...dataGap, actions }] });
    expect(issues[0]!.actions.map((a) => a.key)).toEqual(['action-a', 'action-b', 'action-c']);
  });

  it('takes the middle CPL of an odd count of weeks as the median', () => {
    // CPLs 20.000, 30.000, 22.000: median 22.000, limit 1,3 × 22.000 = 28.600.
    const cplWeek = (cpl: number) => week({ adSpend: cpl * 500 });
    const history = [cplWeek(20_000), cplWeek(30_000), cplWeek(22_000)];
    const spike = issue(diagnose(cplWeek(29_000), { history }).issues, 'cpl-spike')!;
    expect(spike.threshold).toBe(28_600);
    expect(spike.explanation.params).toMatchObject({ medianCpl: 22_000 });
    expect(spike.actions[0]!.params).toEqual({ cplLimit: 28_600 });
  });

  it('leaves weeks without leads out of the median', () => {
    // CPLs 20.000 and 30.000 (the week without leads has none): median 25.000, limit 32.500.
    const cplWeek = (cpl: number) => week({ adSpend: cpl * 500 });
    const history = [week({ leads: 0, adSpend: 0 }), cplWeek(20_000), cplWeek(30_000)];
    expect(codes(diagnose(cplWeek(30_000), { history }).issues)).not.toContain('cpl-spike');
    const spike = issue(diagnose(cplWeek(33_000), { history }).issues, 'cpl-spike')!;
    expect(spike.explanation.params).toMatchObject({ medianCpl: 25_000 });
    expect(spike.actions[0]!.params).toEqual({ cplLimit: 32_500 });
  });
});
