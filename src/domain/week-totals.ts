import { periodBreakEvenRoas } from './break-even.js';
import { settingsMargin, TARGET_ROAS_FACTOR } from './daily-metrics.js';
import { divideRounded, roundHalfAwayFromZero } from './rounding.js';

/**
 * Exact sums of a week's daily records (money in whole VND, all integers): the inputs and the costs each day
 * stored when it was saved, so a later change of the settings rewrites nothing.
 */
export interface WeekTotals extends DayCosts {
  daysRecorded: number;
  /** Calendar days the week covers: 7, or fewer for the running week. */
  daysInPeriod: number;
}

/**
 * The cost settings a week's P&L needs: ratios are fractions 0..1, money in whole VND. Recorded days carry
 * their own costs; the ratios only give the margin of a week without revenue, and the daily fixed cost
 * counts for the calendar days not recorded.
 */
export interface WeekCostSettings {
  cogsRatio: number;
  paymentFeeRatio: number;
  shippingCostPerOrder: number;
  dailyFixedCost: number;
  /** The owner's target ROAS; null means break-even ROAS × 1.3. */
  targetRoas: number | null;
  /** Share of COD parcels refused or returned (0.15 = 15 %); 0 when absent. */
  codReturnRate?: number;
}

/** A week's P&L: money in whole VND, CVR and margin as fractions, ROAS unrounded, all from exact sums. */
export interface WeekPnl {
  revenue: number;
  adSpend: number;
  orders: number;
  leads: number;
  /** Revenue of the parcels returned (never collected). */
  returnedRevenue: number;
  cogs: number;
  shippingCost: number;
  paymentFees: number;
  /** COGS + shipping + payment fees. */
  variableCosts: number;
  /** Revenue − returned revenue − variable costs, what is left to pay for ads and fixed costs. */
  contribution: number;
  /** The recorded days' stored fixed costs + today's daily fixed cost × each calendar day not recorded. */
  fixedCosts: number;
  /** The part of fixedCosts the recorded days stored (what a stored week sums). */
  recordedFixedCost: number;
  netProfit: number;
  /** Rounded VND for display; rules use revenue / orders (see WEEK_METRICS). */
  aov: number | null;
  /** Rounded VND for display; rules use adSpend / leads (see WEEK_METRICS). */
  cpl: number | null;
  cvr: number | null;
  /** Revenue / ad spend for the whole week, i.e. MER. */
  roas: number | null;
  grossMarginRatio: number;
  breakEvenRoas: number | null;
  targetRoas: number | null;
  daysRecorded: number;
  daysInPeriod: number;
}

/** The sums of no recorded day. */
export const NO_DAYS: Omit<WeekTotals, 'daysInPeriod'> = {
  orders: 0,
  revenue: 0,
  adSpend: 0,
  leads: 0,
  cogs: 0,
  returnedRevenue: 0,
  shippingCost: 0,
  paymentFees: 0,
  fixedCost: 0,
  daysRecorded: 0,
};

/** A recorded day as a week sums it: its inputs and the costs stored with it (VND). */
export interface DayCosts {
  orders: number;
  revenue: number;
  adSpend: number;
  leads: number;
  cogs: number;
  returnedRevenue: number;
  shippingCost: number;
  paymentFees: number;
  fixedCost: number;
}

/** The exact sums of recorded days (inputs and each day's stored costs); `daysInPeriod` calendar days. */
export function sumDays(days: readonly DayCosts[], daysInPeriod: number): WeekTotals {
  const totals: WeekTotals = { ...NO_DAYS, daysInPeriod };
  for (const day of days) {
    totals.orders += day.orders;
    totals.revenue += day.revenue;
    totals.adSpend += day.adSpend;
    totals.leads += day.leads;
    totals.cogs += day.cogs;
    totals.returnedRevenue += day.returnedRevenue;
    totals.shippingCost += day.shippingCost;
    totals.paymentFees += day.paymentFees;
    totals.fixedCost += day.fixedCost;
    totals.daysRecorded += 1;
  }
  return totals;
}

/** Computes a week's P&L (docs/product.md "Formulas") from exact week sums, never from daily ratios. */
export function computeWeekPnl(totals: WeekTotals, settings: WeekCostSettings): WeekPnl {
  const { orders, revenue, adSpend, leads, cogs, returnedRevenue, shippingCost, paymentFees } = totals;
  const { daysRecorded, daysInPeriod } = totals;
  // Every recorded day counts the costs it was saved with; only the days not recorded take today's fixed cost.
  const variableCosts = cogs + shippingCost + paymentFees;
  const contribution = revenue - returnedRevenue - variableCosts;
  const fixedCosts = totals.fixedCost + settings.dailyFixedCost * (daysInPeriod - daysRecorded);
  const netProfit = contribution - adSpend - fixedCosts;
  const grossMarginRatio = revenue > 0 ? contribution / revenue : settingsMargin(settings);
  const breakEvenRoas = periodBreakEvenRoas(revenue, contribution, grossMarginRatio);
  return {
    revenue,
    adSpend,
    orders,
    leads,
    returnedRevenue,
    cogs,
    shippingCost,
    paymentFees,
    variableCosts,
    contribution,
    fixedCosts,
    recordedFixedCost: totals.fixedCost,
    netProfit,
    aov: orders > 0 ? divideRounded(revenue, orders) : null,
    cpl: leads > 0 ? divideRounded(adSpend, leads) : null,
    cvr: leads > 0 ? orders / leads : null,
    roas: adSpend > 0 ? revenue / adSpend : null,
    grossMarginRatio,
    breakEvenRoas,
    targetRoas: settings.targetRoas ?? (breakEvenRoas === null ? null : breakEvenRoas * TARGET_ROAS_FACTOR),
    daysRecorded,
    daysInPeriod,
  };
}

/** What a metric's number is: whole VND, a count, a fraction (0.1 = 10 %), a ratio (ROAS 1.6) or days. */
export type MetricUnit = 'vnd' | 'count' | 'fraction' | 'ratio' | 'days';

/** Week metrics that rules, deltas and messages can name. */
export type WeekMetric =
  | 'revenue'
  | 'orders'
  | 'leads'
  | 'adSpend'
  | 'returnedRevenue'
  | 'cogs'
  | 'shippingCost'
  | 'paymentFees'
  | 'variableCosts'
  | 'contribution'
  | 'fixedCosts'
  | 'netProfit'
  | 'aov'
  | 'cpl'
  | 'cvr'
  | 'roas'
  | 'grossMarginRatio'
  | 'breakEvenRoas'
  | 'targetRoas'
  | 'breakEvenCpl'
  | 'daysRecorded'
  | 'daysInPeriod';

/** A metric's unit and its exact (unrounded) value in a week; null when undefined (e.g. AOV with 0 orders). */
export interface WeekMetricDefinition {
  unit: MetricUnit;
  exact: (week: WeekPnl) => number | null;
}

/** Every week metric with its exact value: AOV is revenue / orders here, never the rounded `aov` field. */
export const WEEK_METRICS: Readonly<Record<WeekMetric, WeekMetricDefinition>> = {
  revenue: { unit: 'vnd', exact: (w) => w.revenue },
  orders: { unit: 'count', exact: (w) => w.orders },
  leads: { unit: 'count', exact: (w) => w.leads },
  adSpend: { unit: 'vnd', exact: (w) => w.adSpend },
  returnedRevenue: { unit: 'vnd', exact: (w) => w.returnedRevenue },
  cogs: { unit: 'vnd', exact: (w) => w.cogs },
  shippingCost: { unit: 'vnd', exact: (w) => w.shippingCost },
  paymentFees: { unit: 'vnd', exact: (w) => w.paymentFees },
  variableCosts: { unit: 'vnd', exact: (w) => w.variableCosts },
  contribution: { unit: 'vnd', exact: (w) => w.contribution },
  fixedCosts: { unit: 'vnd', exact: (w) => w.fixedCosts },
  netProfit: { unit: 'vnd', exact: (w) => w.netProfit },
  aov: { unit: 'vnd', exact: (w) => (w.orders > 0 ? w.revenue / w.orders : null) },
  cpl: { unit: 'vnd', exact: (w) => (w.leads > 0 ? w.adSpend / w.leads : null) },
  cvr: { unit: 'fraction', exact: (w) => w.cvr },
  roas: { unit: 'ratio', exact: (w) => w.roas },
  grossMarginRatio: { unit: 'fraction', exact: (w) => w.grossMarginRatio },
  breakEvenRoas: { unit: 'ratio', exact: (w) => w.breakEvenRoas },
  targetRoas: { unit: 'ratio', exact: (w) => w.targetRoas },
  // AOV × margin × CVR = contribution / leads: the most a lead may cost before ads lose money.
  breakEvenCpl: {
    unit: 'vnd',
    exact: (w) => (w.leads > 0 && w.contribution > 0 ? w.contribution / w.leads : null),
  },
  daysRecorded: { unit: 'days', exact: (w) => w.daysRecorded },
  daysInPeriod: { unit: 'days', exact: (w) => w.daysInPeriod },
};

/** A week metric's value as shown to people: money rounded to whole VND, other units unchanged. */
export function displayValue(unit: MetricUnit, exact: number | null): number | null {
  if (exact === null) return null;
  return unit === 'vnd' ? roundHalfAwayFromZero(exact) : exact;
}

/**
 * Relative change from `previous` to `current` as a fraction (−0.529 = down 52,9 %), measured against
 * |previous| so a loss growing deeper reads as a fall; null when either is null or previous is 0.
 */
export function relativeChange(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / Math.abs(previous);
}

/** One metric's week-over-week change: `change` in the metric's unit (whole VND for money), `relative` a fraction. */
export interface MetricDelta {
  change: number | null;
  relative: number | null;
}

/** Week-over-week changes of every week metric. */
export type WeekDeltas = Record<WeekMetric, MetricDelta>;

/** Compares a week with the one before, metric by metric, on exact values (all null without a previous week). */
export function compareWeeks(current: WeekPnl, previous: WeekPnl | null): WeekDeltas {
  const deltas = {} as WeekDeltas;
  for (const metric of Object.keys(WEEK_METRICS) as WeekMetric[]) {
    const { unit, exact } = WEEK_METRICS[metric];
    const now = exact(current);
    const before = previous === null ? null : exact(previous);
    deltas[metric] = {
      change: now === null || before === null ? null : displayValue(unit, now - before),
      relative: relativeChange(now, before),
    };
  }
  return deltas;
}
