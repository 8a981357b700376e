import type { ChartConfiguration, ScriptableContext, ScriptableLineSegmentContext } from 'chart.js';
import { formatShortDate } from '../domain/format.js';
import { computeGoalPace } from '../domain/goal-pacing.js';
import { daysInMonth, toIsoDate } from '../domain/iso-date.js';
import type { Locale } from '../domain/locale.js';
import { roundHalfAwayFromZero } from '../domain/rounding.js';
import { type ChartRecord, recordsByDate } from './chart-record.js';
import { baseChartOptions, CHART_COLORS, dateAxis, moneyAxis } from './chart-theme.js';

/** A goal chart needs at least this many recorded days in the month, or its forecast would be a guess. */
export const GOAL_CHART_MIN_DAYS = 2;

/** A month's revenue against its target, one slot per calendar day of the month. */
export interface GoalChartModel {
  /** 'YYYY-MM'. */
  month: string;
  dates: string[];
  /** Revenue summed from the 1st through each recorded day up to today; null on other days (VND). */
  cumulative: (number | null)[];
  /** The straight path from 0 to the target on the last day: target × day / days in month (VND). */
  targetPath: number[];
  /** From the last recorded day to month end, straight to the forecast; null before (VND). */
  forecastLine: (number | null)[];
  monthToDate: number;
  target: number;
  /** Month-end revenue at the month-to-date average over the days elapsed, as the goal pacing's (VND). */
  forecast: number;
  /** The straight path's value today: where revenue should stand by now (VND). */
  targetToDate: number;
  daysRecorded: number;
}

/** The labels of a goal chart, already translated. */
export interface GoalChartText {
  title: string;
  subtitle: string;
  cumulative: string;
  targetPath: string;
  forecast: string;
  moneyAxis: string;
}

/**
 * Lays out a month (`YYYY-MM`) of `records` against a revenue `target` (VND), as seen on `today`. Pace and
 * forecast are the goal pacing's, on one basis: the average over the days elapsed carries the month to its
 * end; past days without a record count as nothing until the owner enters them.
 */
export function buildGoalChartModel(
  month: string,
  records: readonly ChartRecord[],
  target: number,
  today: string,
): GoalChartModel {
  const [year = 0, monthNumber = 0] = month.split('-').map(Number);
  const length = daysInMonth(year, monthNumber);
  const dates = Array.from({ length }, (_, i) => toIsoDate({ year, month: monthNumber, day: i + 1 }));
  const days = recordsByDate(dates, records).map((day, i) => (dates[i]! <= today ? day : null));

  let running = 0;
  let daysRecorded = 0;
  let lastRecorded = -1;
  const cumulative = days.map((day, i) => {
    if (!day) return null;
    running += day.revenue;
    daysRecorded += 1;
    lastRecorded = i;
    return running;
  });
  const pace = computeGoalPace({
    month,
    revenueTarget: target,
    profitTarget: null,
    asOf: today,
    revenueToDate: running,
    profitToDate: 0,
    daysRecorded,
  }).revenue;
  const forecast = pace.forecast ?? running;

  const last = length - 1;
  const forecastLine = dates.map((_, i) => {
    if (lastRecorded < 0 || i < lastRecorded) return null;
    if (lastRecorded === last) return forecast;
    return roundHalfAwayFromZero(
      running + ((forecast - running) * (i - lastRecorded)) / (last - lastRecorded),
    );
  });

  return {
    month,
    dates,
    cumulative,
    targetPath: dates.map((_, i) => roundHalfAwayFromZero((target * (i + 1)) / length)),
    forecastLine,
    monthToDate: running,
    target,
    forecast,
    targetToDate: pace.proRataTarget,
    daysRecorded,
  };
}

type GoalConfig = ChartConfiguration<'line', (number | null)[], string>;

/**
 * The goal chart: cumulative revenue (dashed where it spans days without a record) against the straight
 * path to the target, and the dashed forecast to month end with its end point marked.
 */
export function goalChartConfig(model: GoalChartModel, text: GoalChartText, locale: Locale): GoalConfig {
  const last = model.dates.length - 1;
  const spansGap = (ctx: ScriptableLineSegmentContext) => Boolean(ctx.p0.skip || ctx.p1.skip);
  return {
    type: 'line',
    data: {
      labels: model.dates.map((date) => formatShortDate(date, locale)),
      datasets: [
        {
          label: text.cumulative,
          data: model.cumulative,
          borderColor: CHART_COLORS.revenue,
          backgroundColor: CHART_COLORS.revenue,
          borderWidth: 5,
          pointRadius: 5,
          spanGaps: true,
          segment: { borderDash: (ctx) => (spansGap(ctx) ? [6, 6] : undefined) },
          order: 0,
        },
        {
          label: text.targetPath,
          data: model.targetPath,
          borderColor: CHART_COLORS.target,
          backgroundColor: CHART_COLORS.target,
          borderWidth: 3,
          borderDash: [14, 8],
          pointRadius: 0,
          order: 2,
        },
        {
          label: text.forecast,
          data: model.forecastLine,
          borderColor: CHART_COLORS.forecast,
          backgroundColor: CHART_COLORS.forecast,
          borderWidth: 3,
          borderDash: [4, 6],
          pointRadius: (ctx: ScriptableContext<'line'>) => (ctx.dataIndex === last ? 8 : 0),
          order: 1,
        },
      ],
    },
    options: {
      ...baseChartOptions(text.title, text.subtitle),
      scales: { x: dateAxis(), y: moneyAxis(locale, text.moneyAxis) },
    },
  };
}
