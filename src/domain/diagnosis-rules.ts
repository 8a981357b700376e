import type { LeverMetric } from './action-priority.js';
import type { GoalMetric } from './goal-pacing.js';
import {
  ACTUAL,
  type RuleParam,
  type TemplateSpec,
  THRESHOLD,
  THRESHOLD_BASE,
  type ThresholdRule,
} from './threshold-rule.js';
import type { MetricUnit, WeekMetric } from './week-totals.js';

/** How urgent an issue is; issues are listed in this order. */
export type IssueSeverity = 'critical' | 'warning' | 'info';

/** Severities from most to least urgent. */
export const SEVERITY_ORDER: readonly IssueSeverity[] = ['critical', 'warning', 'info'];

/** The shop_settings thresholds the weekly rules read (ratios are fractions, money whole VND). */
export interface DiagnosisSettings {
  /** CVR below this fraction is an issue (0.1 = 10 %). */
  minCvr: number;
  /** The owner's CPL ceiling in VND; null = not set, so the spike rule compares with recent weeks. */
  maxCpl: number | null;
  /** CPL above this multiple of the median of recent weeks is a spike (1.3 = ×1.3). */
  cplSpikeMultiplier: number;
  /** Revenue below previous × (1 − this) is a drop. */
  revenueDropRatio: number;
  /** AOV below previous × (1 − this) is a drop. */
  aovDropRatio: number;
  /** Ad spend above previous × (1 + this)… */
  spendUpRatio: number;
  /** …while orders stay at or below previous × (1 + this). */
  ordersFlatRatio: number;
  /** Fewer recorded days than this in a week is a data gap. */
  minDaysRecorded: number;
  /** Month-to-date below this fraction of the pro-rata goal is off pace. */
  goalPaceRatio: number;
}

/** The defaults of a new shop (docs/product.md "Weekly diagnostic rules"). */
export const DEFAULT_DIAGNOSIS_SETTINGS: Readonly<DiagnosisSettings> = {
  minCvr: 0.1,
  maxCpl: null,
  cplSpikeMultiplier: 1.3,
  revenueDropRatio: 0.2,
  aovDropRatio: 0.15,
  spendUpRatio: 0.15,
  ordersFlatRatio: 0.02,
  minDaysRecorded: 6,
  goalPaceRatio: 0.9,
};

export type DiagnosisSettingKey = keyof DiagnosisSettings;

/** The unit of each setting, so a setting shown in a message is formatted like the metric it bounds. */
export const SETTING_UNITS: Readonly<Record<DiagnosisSettingKey, MetricUnit>> = {
  minCvr: 'fraction',
  maxCpl: 'vnd',
  cplSpikeMultiplier: 'ratio',
  revenueDropRatio: 'fraction',
  aovDropRatio: 'fraction',
  spendUpRatio: 'fraction',
  ordersFlatRatio: 'fraction',
  minDaysRecorded: 'days',
  goalPaceRatio: 'fraction',
};

/** Where a number comes from; null when it is unknown (no previous week, AOV without orders, setting unset…). */
export type ValueSource =
  /** A metric of the diagnosed week (exact value). */
  | { from: 'current'; metric: WeekMetric }
  /** A metric of the week before. */
  | { from: 'previous'; metric: WeekMetric }
  /** current vs previous as a fraction (−0.529 = down 52,9 %), against |previous|. */
  | { from: 'change'; metric: WeekMetric }
  /** Median over the first `weeks` weeks of history where the metric is known; null with fewer than `minWeeks`. */
  | { from: 'history-median'; metric: WeekMetric; weeks: number; minWeeks: number }
  | { from: 'goal'; metric: GoalMetric }
  | { from: 'setting'; key: DiagnosisSettingKey }
  | { from: 'constant'; value: number };

/** The codes of the weekly rules. */
export type IssueCode =
  | 'roas-below-break-even'
  | 'net-profit-negative'
  | 'margin-not-positive'
  | 'cvr-below-min'
  | 'cpl-spike'
  | 'revenue-down'
  | 'aov-down'
  | 'spend-up-orders-flat'
  | 'goal-revenue-off-pace'
  | 'goal-profit-off-pace'
  | 'data-gap';

/**
 * An action template and the one number it moves, with the target the item aims for (a rule's own number
 * or a value source): what the item's effect on profit is worked out at. An action without `moves` (fill in
 * the missing days, check the settings) has no number on profit.
 */
export interface ActionSpec extends TemplateSpec<ValueSource> {
  moves?: { metric: LeverMetric; target: ValueSource | RuleParam };
}

/**
 * One weekly diagnostic rule: a threshold rule over the week's figures (src/domain/threshold-rule.ts) with a
 * severity, its explanation, and actions. Actions whose params are unknown are left out; at most 3 are kept.
 */
export interface DiagnosisRule extends ThresholdRule<ValueSource> {
  code: IssueCode;
  severity: IssueSeverity;
  actual: { from: 'current'; metric: WeekMetric } | { from: 'goal'; metric: GoalMetric };
  explanation: TemplateSpec<ValueSource>;
  actions: readonly ActionSpec[];
}

const current = (metric: WeekMetric) => ({ from: 'current', metric }) as const;
const previous = (metric: WeekMetric) => ({ from: 'previous', metric }) as const;
const change = (metric: WeekMetric) => ({ from: 'change', metric }) as const;
const goal = (metric: GoalMetric) => ({ from: 'goal', metric }) as const;
const setting = (key: DiagnosisSettingKey) => ({ from: 'setting', key }) as const;
const constant = (value: number) => ({ from: 'constant', value }) as const;

/** The weekly rules, in the order issues of one severity are listed. Adding a rule is adding a row. */
export const DIAGNOSIS_RULES: readonly DiagnosisRule[] = [
  {
    code: 'roas-below-break-even',
    severity: 'critical',
    actual: current('roas'),
    comparison: 'lt',
    thresholds: [{ base: current('breakEvenRoas') }],
    explanation: {
      key: 'issue-roas-below-break-even',
      params: {
        roas: ACTUAL,
        breakEvenRoas: THRESHOLD,
        adSpend: current('adSpend'),
        revenue: current('revenue'),
      },
    },
    actions: [
      {
        key: 'action-pause-losing-ads',
        params: { breakEvenRoas: current('breakEvenRoas') },
        moves: { metric: 'roas', target: current('breakEvenRoas') },
      },
      {
        key: 'action-keep-cpl-under-break-even',
        params: { breakEvenCpl: current('breakEvenCpl') },
        moves: { metric: 'cpl', target: current('breakEvenCpl') },
      },
      // A larger order lifts ROAS at the same ad spend.
      {
        key: 'action-raise-order-value',
        params: {},
        moves: { metric: 'roas', target: current('breakEvenRoas') },
      },
    ],
  },
  {
    code: 'net-profit-negative',
    severity: 'critical',
    actual: current('netProfit'),
    comparison: 'lt',
    thresholds: [{ base: constant(0) }],
    explanation: {
      key: 'issue-net-profit-negative',
      // Every term net profit takes off revenue, so the named terms give the loss (the text leaves out a 0).
      params: {
        netProfit: ACTUAL,
        revenue: current('revenue'),
        returnedRevenue: current('returnedRevenue'),
        cogs: current('cogs'),
        shippingCost: current('shippingCost'),
        paymentFees: current('paymentFees'),
        adSpend: current('adSpend'),
        fixedCosts: current('fixedCosts'),
      },
    },
    actions: [
      { key: 'action-cut-ad-budget', params: {}, moves: { metric: 'netProfit', target: constant(0) } },
      { key: 'action-review-costs', params: {}, moves: { metric: 'netProfit', target: constant(0) } },
    ],
  },
  {
    code: 'margin-not-positive',
    severity: 'critical',
    actual: current('grossMarginRatio'),
    comparison: 'le',
    thresholds: [{ base: constant(0) }],
    andAlso: [{ value: current('revenue'), comparison: 'gt', threshold: { base: constant(0) } }],
    explanation: {
      key: 'issue-margin-not-positive',
      params: {
        grossMarginRatio: ACTUAL,
        revenue: current('revenue'),
        variableCosts: current('variableCosts'),
      },
    },
    actions: [
      { key: 'action-raise-prices', params: {}, moves: { metric: 'grossMarginRatio', target: constant(0) } },
      { key: 'action-check-cost-settings', params: {} },
    ],
  },
  {
    code: 'cvr-below-min',
    severity: 'warning',
    actual: current('cvr'),
    comparison: 'lt',
    thresholds: [{ base: setting('minCvr') }],
    explanation: {
      key: 'issue-cvr-below-min',
      params: { cvr: ACTUAL, minCvr: THRESHOLD, orders: current('orders'), leads: current('leads') },
    },
    actions: [
      { key: 'action-reply-leads-faster', params: {}, moves: { metric: 'cvr', target: THRESHOLD } },
      { key: 'action-follow-up-leads', params: {}, moves: { metric: 'cvr', target: THRESHOLD } },
      { key: 'action-check-ad-targeting', params: {}, moves: { metric: 'cvr', target: THRESHOLD } },
    ],
  },
  {
    code: 'cpl-spike',
    severity: 'warning',
    actual: current('cpl'),
    comparison: 'gt',
    thresholds: [
      {
        base: setting('maxCpl'),
        explanation: {
          key: 'issue-cpl-above-max',
          params: { cpl: ACTUAL, maxCpl: THRESHOLD, leads: current('leads'), adSpend: current('adSpend') },
        },
      },
      {
        base: { from: 'history-median', metric: 'cpl', weeks: 4, minWeeks: 2 },
        scale: { by: setting('cplSpikeMultiplier'), as: 'times' },
      },
    ],
    explanation: {
      key: 'issue-cpl-spike',
      params: {
        cpl: ACTUAL,
        medianCpl: THRESHOLD_BASE,
        multiplier: setting('cplSpikeMultiplier'),
      },
    },
    actions: [
      {
        key: 'action-pause-ads-above-cpl',
        params: { cplLimit: THRESHOLD },
        moves: { metric: 'cpl', target: THRESHOLD },
      },
      { key: 'action-refresh-ad-creatives', params: {}, moves: { metric: 'cpl', target: THRESHOLD } },
    ],
  },
  {
    code: 'revenue-down',
    severity: 'warning',
    actual: current('revenue'),
    comparison: 'lt',
    thresholds: [{ base: previous('revenue'), scale: { by: setting('revenueDropRatio'), as: 'one-minus' } }],
    explanation: {
      key: 'issue-revenue-down',
      params: { revenue: ACTUAL, previousRevenue: previous('revenue'), revenueChange: change('revenue') },
    },
    actions: [
      {
        key: 'action-contact-past-customers',
        params: {},
        moves: { metric: 'revenue', target: previous('revenue') },
      },
    ],
  },
  {
    code: 'aov-down',
    severity: 'warning',
    actual: current('aov'),
    comparison: 'lt',
    thresholds: [{ base: previous('aov'), scale: { by: setting('aovDropRatio'), as: 'one-minus' } }],
    explanation: {
      key: 'issue-aov-down',
      params: { aov: ACTUAL, previousAov: previous('aov'), aovChange: change('aov') },
    },
    actions: [
      { key: 'action-offer-bundles', params: {}, moves: { metric: 'aov', target: previous('aov') } },
      {
        key: 'action-free-shipping-threshold',
        params: { previousAov: previous('aov') },
        moves: { metric: 'aov', target: previous('aov') },
      },
    ],
  },
  {
    code: 'spend-up-orders-flat',
    severity: 'warning',
    actual: current('adSpend'),
    comparison: 'gt',
    thresholds: [{ base: previous('adSpend'), scale: { by: setting('spendUpRatio'), as: 'one-plus' } }],
    andAlso: [
      {
        value: current('orders'),
        comparison: 'le',
        threshold: { base: previous('orders'), scale: { by: setting('ordersFlatRatio'), as: 'one-plus' } },
      },
      // "Up 25 %" and "orders fell 46,7 %" need a base; a first week of ads is left to the ROAS and profit rules.
      { value: previous('adSpend'), comparison: 'gt', threshold: { base: constant(0) } },
      { value: previous('orders'), comparison: 'gt', threshold: { base: constant(0) } },
    ],
    explanation: {
      key: 'issue-spend-up-orders-flat',
      params: {
        adSpend: ACTUAL,
        previousAdSpend: previous('adSpend'),
        adSpendChange: change('adSpend'),
        orders: current('orders'),
        previousOrders: previous('orders'),
        ordersChange: change('orders'),
      },
    },
    actions: [
      {
        key: 'action-roll-back-ad-budget',
        params: { previousAdSpend: previous('adSpend') },
        moves: { metric: 'adSpend', target: previous('adSpend') },
      },
      { key: 'action-check-new-ads', params: {}, moves: { metric: 'adSpend', target: previous('adSpend') } },
    ],
  },
  {
    code: 'goal-revenue-off-pace',
    severity: 'warning',
    actual: goal('revenueToDate'),
    comparison: 'lt',
    thresholds: [
      { base: goal('proRataRevenueTarget'), scale: { by: setting('goalPaceRatio'), as: 'times' } },
    ],
    explanation: {
      key: 'issue-goal-revenue-off-pace',
      params: {
        revenueToDate: ACTUAL,
        proRataRevenueTarget: THRESHOLD_BASE,
        revenueTarget: goal('revenueTarget'),
        revenuePace: goal('revenuePace'),
      },
    },
    // The pace to hold is shown with the goal; an item is something to do, and a goal off pace asks to
    // review the plan.
    actions: [{ key: 'action-review-goal-plan', params: {} }],
  },
  {
    code: 'goal-profit-off-pace',
    severity: 'warning',
    actual: goal('profitToDate'),
    comparison: 'lt',
    thresholds: [{ base: goal('proRataProfitTarget'), scale: { by: setting('goalPaceRatio'), as: 'times' } }],
    andAlso: [{ value: goal('proRataProfitTarget'), comparison: 'gt', threshold: { base: constant(0) } }],
    explanation: {
      key: 'issue-goal-profit-off-pace',
      params: {
        profitToDate: ACTUAL,
        proRataProfitTarget: THRESHOLD_BASE,
        profitTarget: goal('profitTarget'),
        profitPace: goal('profitPace'),
      },
    },
    actions: [{ key: 'action-review-goal-plan', params: {} }],
  },
  {
    code: 'data-gap',
    severity: 'info',
    actual: current('daysRecorded'),
    comparison: 'lt',
    thresholds: [{ base: setting('minDaysRecorded') }],
    explanation: {
      key: 'issue-data-gap',
      params: { daysRecorded: ACTUAL, daysInPeriod: current('daysInPeriod'), minDaysRecorded: THRESHOLD },
    },
    actions: [
      { key: 'action-fill-missing-days', params: {} },
      { key: 'action-turn-on-reminders', params: {} },
    ],
  },
];

/** Every Fluent key the weekly rules reference (explanations and actions), e.g. for a locale completeness test. */
export const DIAGNOSIS_TEMPLATE_KEYS: readonly string[] = [
  ...new Set(
    DIAGNOSIS_RULES.flatMap((rule) => [
      rule.explanation.key,
      ...rule.thresholds.flatMap((t) => (t.explanation ? [t.explanation.key] : [])),
      ...rule.actions.map((a) => a.key),
    ]),
  ),
];
