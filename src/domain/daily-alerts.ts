import type { DailyMetrics, DayInput } from './daily-metrics.js';
import {
  ACTUAL,
  applyThresholdRule,
  type RuleValue,
  type TemplateRef,
  type TemplateSpec,
  THRESHOLD,
  type ThresholdRule,
} from './threshold-rule.js';
import type { MetricUnit } from './week-totals.js';

/** The shop_settings thresholds the daily alerts read. */
export interface DailyAlertSettings {
  /** CVR as a fraction (0.1 = 10 %). */
  minCvr: number;
  /** VND; null = the owner set none, so the CPL alert is off. */
  maxCpl: number | null;
}

export type DailyAlertCode =
  | 'zero-orders-with-spend'
  | 'roas-below-break-even'
  | 'cpl-above-max'
  | 'cvr-below-min';

/** Figures of one day that alert rules can name. */
export type DayMetric = 'orders' | 'revenue' | 'adSpend' | 'leads' | 'roas' | 'breakEvenRoas' | 'cpl' | 'cvr';

interface Day {
  input: DayInput;
  metrics: DailyMetrics;
}

/** Each day figure's unit and exact value (CPL is ad spend / leads here, not the rounded metric). */
const DAY_METRICS: Readonly<Record<DayMetric, { unit: MetricUnit; exact: (day: Day) => number | null }>> = {
  orders: { unit: 'count', exact: (d) => d.input.orders },
  revenue: { unit: 'vnd', exact: (d) => d.input.revenue },
  adSpend: { unit: 'vnd', exact: (d) => d.input.adSpend },
  leads: { unit: 'count', exact: (d) => d.input.leads },
  roas: { unit: 'ratio', exact: (d) => d.metrics.roas },
  breakEvenRoas: { unit: 'ratio', exact: (d) => d.metrics.breakEvenRoas },
  cpl: { unit: 'vnd', exact: (d) => (d.input.leads > 0 ? d.input.adSpend / d.input.leads : null) },
  cvr: { unit: 'fraction', exact: (d) => d.metrics.cvr },
};

/** Where an alert's number comes from. */
export type DayValueSource =
  | { from: 'day'; metric: DayMetric }
  | { from: 'setting'; key: keyof DailyAlertSettings }
  | { from: 'constant'; value: number };

/**
 * One daily alert, a threshold rule over the day's figures (src/domain/threshold-rule.ts) that is its own
 * explanation (`key` and `params`); an alert it `supersedes` is dropped as saying the same thing less plainly.
 */
export interface DailyAlertRule extends ThresholdRule<DayValueSource>, TemplateSpec<DayValueSource> {
  code: DailyAlertCode;
  supersedes?: readonly DailyAlertCode[];
}

const day = (metric: DayMetric) => ({ from: 'day', metric }) as const;
const setting = (key: keyof DailyAlertSettings) => ({ from: 'setting', key }) as const;
const ZERO = { base: { from: 'constant', value: 0 } } as const;

/** The daily alerts, most important first: money spent for nothing, then losing ads, then dear or idle leads. */
export const DAILY_ALERT_RULES: readonly DailyAlertRule[] = [
  {
    code: 'zero-orders-with-spend',
    key: 'alert-zero-orders-with-spend',
    actual: day('orders'),
    comparison: 'le',
    thresholds: [ZERO],
    andAlso: [{ value: day('adSpend'), comparison: 'gt', threshold: ZERO }],
    params: { adSpend: day('adSpend'), leads: day('leads') },
    // With no order, ROAS below break-even and a low CVR are the same news.
    supersedes: ['roas-below-break-even', 'cvr-below-min'],
  },
  {
    code: 'roas-below-break-even',
    key: 'alert-roas-below-break-even',
    actual: day('roas'),
    comparison: 'lt',
    thresholds: [{ base: day('breakEvenRoas') }],
    params: { roas: ACTUAL, breakEvenRoas: THRESHOLD, adSpend: day('adSpend'), revenue: day('revenue') },
  },
  {
    code: 'cpl-above-max',
    key: 'alert-cpl-above-max',
    actual: day('cpl'),
    comparison: 'gt',
    thresholds: [{ base: setting('maxCpl') }],
    params: { cpl: ACTUAL, maxCpl: THRESHOLD, leads: day('leads'), adSpend: day('adSpend') },
  },
  {
    code: 'cvr-below-min',
    key: 'alert-cvr-below-min',
    actual: day('cvr'),
    comparison: 'lt',
    thresholds: [{ base: setting('minCvr') }],
    params: { cvr: ACTUAL, minCvr: THRESHOLD, orders: day('orders'), leads: day('leads') },
  },
];

/** Alert codes from most to least important, the order the bot lists them in its one alert message. */
export const DAILY_ALERT_ORDER: readonly DailyAlertCode[] = DAILY_ALERT_RULES.map((rule) => rule.code);

/** One alert line: a Fluent key and its plain-number params (VND integers, fractions, ratios, counts). */
export interface DailyAlert extends TemplateRef {
  code: DailyAlertCode;
}

/** Thresholds crossed by a day just saved (ROAS only with ad spend, CVR only with leads), most important first. */
export function detectDailyAlerts(
  input: DayInput,
  metrics: DailyMetrics,
  settings: DailyAlertSettings,
  rules: readonly DailyAlertRule[] = DAILY_ALERT_RULES,
): DailyAlert[] {
  const resolve = (source: DayValueSource) => resolveDayValue(source, { input, metrics }, settings);
  const fired = rules.flatMap((rule) => {
    const applied = applyThresholdRule(rule, rule, resolve);
    return applied === null ? [] : [{ rule, alert: { code: rule.code, ...applied.explanation } }];
  });
  const superseded = new Set(fired.flatMap(({ rule }) => rule.supersedes ?? []));
  return fired.filter(({ rule }) => !superseded.has(rule.code)).map(({ alert }) => alert);
}

function resolveDayValue(source: DayValueSource, d: Day, settings: DailyAlertSettings): RuleValue | null {
  switch (source.from) {
    case 'day': {
      const { unit, exact } = DAY_METRICS[source.metric];
      const value = exact(d);
      return value === null ? null : { exact: value, unit };
    }
    case 'setting': {
      const value = settings[source.key];
      return value === null ? null : { exact: value, unit: source.key === 'maxCpl' ? 'vnd' : 'fraction' };
    }
    case 'constant':
      return { exact: source.value, unit: 'ratio' };
  }
}
