import { daysInMonth, monthBounds, requireIsoDate } from './iso-date.js';
import { roundHalfAwayFromZero } from './rounding.js';
import { crossesThreshold } from './threshold-comparison.js';
import type { MetricUnit } from './week-totals.js';

/** Default share of the pro-rata target below which a goal is off pace (shop_settings.goal_pace_ratio). */
export const DEFAULT_GOAL_PACE_RATIO = 0.9;

/** A monthly goal and what has been achieved so far (money in whole VND). */
export interface GoalPaceInput {
  /** 'YYYY-MM'. */
  month: string;
  revenueTarget: number;
  profitTarget: number | null;
  /** The last day counted, 'YYYY-MM-DD' (e.g. the Sunday of the diagnosed week). */
  asOf: string;
  /** Sums of the month's records from its first day through `asOf`. */
  revenueToDate: number;
  profitToDate: number;
  daysRecorded: number;
  /** Fraction of the pro-rata target that still counts as on track; defaults to 0.9. */
  goalPaceRatio?: number;
}

/** Progress towards one target: money in whole VND, `pace` a fraction of the pro-rata target (0.8 = 80 %). */
export interface TargetPace {
  target: number;
  toDate: number;
  /** target × days elapsed / days in month, rounded. */
  proRataTarget: number;
  /** toDate / pro-rata target (exact); null when the pro-rata target is not positive. */
  pace: number | null;
  /**
   * Month-end forecast on the basis of `pace`: the month-to-date daily average over the days elapsed (a day
   * not recorded counts as nothing) carried to the month's end, so forecast / target = pace; null when no day
   * has elapsed or none is recorded.
   */
  forecast: number | null;
  /** target − toDate; negative once the target is beaten. */
  remaining: number;
  /** VND per day still needed for the rest of the month, rounded up; 0 once reached; null when the month is over. */
  requiredDailyRunRate: number | null;
  /** toDate ≥ goal pace ratio × pro-rata target. */
  onTrack: boolean;
}

/** Where a month stands against its goal as of a day. */
export interface GoalPace {
  month: string;
  asOf: string;
  daysInMonth: number;
  /** Days of the month up to and including `asOf` (0 before the month, all after it). */
  daysElapsed: number;
  daysRemaining: number;
  daysRecorded: number;
  /** Days elapsed without a record: they count as nothing in both `pace` and `forecast`. */
  daysNotRecorded: number;
  goalPaceRatio: number;
  revenue: TargetPace;
  /** Null when the goal has no profit target. */
  profit: TargetPace | null;
}

function parseMonth(month: string): { year: number; month: number } {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) throw new RangeError(`Not a month (YYYY-MM): ${month}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** The first and last day ('YYYY-MM-DD') of a 'YYYY-MM' month to sum up to `asOf`; null when `asOf` is before the month. */
export function monthToDate(month: string, asOf: string): { start: string; end: string } | null {
  const { year, month: m } = parseMonth(month);
  requireIsoDate(asOf);
  const { start, end: last } = monthBounds(year, m);
  if (asOf < start) return null;
  return { start, end: asOf < last ? asOf : last };
}

/** Computes progress, pace, month-end forecast and the daily run-rate (VND) still needed for a monthly goal. */
export function computeGoalPace(input: GoalPaceInput): GoalPace {
  const { year, month } = parseMonth(input.month);
  const total = daysInMonth(year, month);
  const period = monthToDate(input.month, input.asOf);
  const daysElapsed = period === null ? 0 : requireIsoDate(period.end).day;
  const goalPaceRatio = input.goalPaceRatio ?? DEFAULT_GOAL_PACE_RATIO;
  const days = { total, elapsed: daysElapsed, recorded: input.daysRecorded };
  return {
    month: input.month,
    asOf: input.asOf,
    daysInMonth: total,
    daysElapsed,
    daysRemaining: total - daysElapsed,
    daysRecorded: input.daysRecorded,
    daysNotRecorded: Math.max(0, daysElapsed - input.daysRecorded),
    goalPaceRatio,
    revenue: targetPace(input.revenueTarget, input.revenueToDate, days, goalPaceRatio),
    profit:
      input.profitTarget === null
        ? null
        : targetPace(input.profitTarget, input.profitToDate, days, goalPaceRatio),
  };
}

function targetPace(
  target: number,
  toDate: number,
  days: { total: number; elapsed: number; recorded: number },
  goalPaceRatio: number,
): TargetPace {
  const proRata = (target * days.elapsed) / days.total;
  const daysRemaining = days.total - days.elapsed;
  const remaining = target - toDate;
  // One basis with `pace`: the average over the days elapsed, unrecorded days counted as nothing, carries
  // the rest of the month, so forecast / target = toDate / pro-rata target.
  const forecast = days.recorded > 0 && days.elapsed > 0 ? (toDate * days.total) / days.elapsed : null;
  return {
    target,
    toDate,
    proRataTarget: roundHalfAwayFromZero(proRata),
    pace: proRata > 0 ? toDate / proRata : null,
    forecast: forecast === null ? null : roundHalfAwayFromZero(forecast),
    remaining,
    requiredDailyRunRate: daysRemaining === 0 ? null : Math.max(0, Math.ceil(remaining / daysRemaining)),
    // A negative profit target (planned loss) is not loosened by the ratio.
    onTrack: !crossesThreshold(toDate, 'lt', proRata > 0 ? goalPaceRatio * proRata : proRata),
  };
}

/** Goal figures that diagnosis rules and messages can name. */
export type GoalMetric =
  | 'revenueToDate'
  | 'revenueTarget'
  | 'proRataRevenueTarget'
  | 'revenuePace'
  | 'revenueForecast'
  | 'requiredDailyRevenue'
  | 'profitToDate'
  | 'profitTarget'
  | 'proRataProfitTarget'
  | 'profitPace'
  | 'profitForecast'
  | 'requiredDailyProfit'
  | 'daysElapsed'
  | 'daysInMonth';

/** The exact value of a goal figure: pro-rata targets unrounded here; null when unknown or without a profit target. */
export const GOAL_METRICS: Readonly<
  Record<GoalMetric, { unit: MetricUnit; exact: (g: GoalPace) => number | null }>
> = {
  revenueToDate: { unit: 'vnd', exact: (g) => g.revenue.toDate },
  revenueTarget: { unit: 'vnd', exact: (g) => g.revenue.target },
  proRataRevenueTarget: { unit: 'vnd', exact: (g) => exactProRata(g, g.revenue) },
  revenuePace: { unit: 'fraction', exact: (g) => g.revenue.pace },
  revenueForecast: { unit: 'vnd', exact: (g) => g.revenue.forecast },
  requiredDailyRevenue: { unit: 'vnd', exact: (g) => g.revenue.requiredDailyRunRate },
  profitToDate: { unit: 'vnd', exact: (g) => g.profit?.toDate ?? null },
  profitTarget: { unit: 'vnd', exact: (g) => g.profit?.target ?? null },
  proRataProfitTarget: { unit: 'vnd', exact: (g) => exactProRata(g, g.profit) },
  profitPace: { unit: 'fraction', exact: (g) => g.profit?.pace ?? null },
  profitForecast: { unit: 'vnd', exact: (g) => g.profit?.forecast ?? null },
  requiredDailyProfit: { unit: 'vnd', exact: (g) => g.profit?.requiredDailyRunRate ?? null },
  daysElapsed: { unit: 'days', exact: (g) => g.daysElapsed },
  daysInMonth: { unit: 'days', exact: (g) => g.daysInMonth },
};

function exactProRata(goal: GoalPace, pace: TargetPace | null): number | null {
  return pace === null ? null : (pace.target * goal.daysElapsed) / goal.daysInMonth;
}
