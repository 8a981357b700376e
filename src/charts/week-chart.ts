import type { ChartConfiguration, ScriptableContext } from 'chart.js';
import { formatShortDate } from '../domain/format.js';
import { isoWeekday, requireIsoDate } from '../domain/iso-date.js';
import type { Locale } from '../domain/locale.js';
import { roundHalfAwayFromZero } from '../domain/rounding.js';
import type { WeekCostSettings, WeekPnl } from '../domain/week-totals.js';
import { type ChartRecord, periodPnl, recordsByDate } from './chart-record.js';
import { baseChartOptions, CHART_COLORS, dateAxis, missingDaysPlugin, moneyAxis } from './chart-theme.js';

/** A week chart needs at least this many recorded days; with fewer the owner gets a text instead. */
export const WEEK_CHART_MIN_DAYS = 2;

/** One week's figures, one slot per day; null slots are days without a record. */
export interface WeekChartModel {
  dates: string[];
  revenue: (number | null)[];
  adSpend: (number | null)[];
  /** The day's stored net profit (VND). */
  netProfit: (number | null)[];
  /**
   * Revenue the day needed for its ads to break even: ad spend × the week's break-even ROAS (VND). A revenue
   * bar reaching above this mark means the day's ROAS beat break-even. Null without a record or ad spend.
   */
  breakEvenRevenue: (number | null)[];
  breakEvenRoas: number | null;
  /** The week's P&L from exact sums, fixed costs of every past day included. */
  pnl: WeekPnl;
  /** Indices of the days up to today without a record (a day after today has not come: not missing). */
  missing: number[];
}

/** The labels of a week chart, already translated. */
export interface WeekChartText {
  title: string;
  subtitle: string;
  revenue: string;
  adSpend: string;
  netProfit: string;
  breakEven: string;
  moneyAxis: string;
  missingDay: string;
  /** Short weekday names, Monday first. */
  weekdays: readonly string[];
}

/**
 * Lays a week's records (any 7 consecutive `dates`) out for the chart; `today` (the shop's books day) bounds
 * the fixed costs and the days marked missing.
 */
export function buildWeekChartModel(
  dates: readonly string[],
  records: readonly ChartRecord[],
  settings: WeekCostSettings,
  today: string,
): WeekChartModel {
  const days = recordsByDate(dates, records);
  const pnl = periodPnl(dates, days, settings, today);
  const { breakEvenRoas } = pnl;
  return {
    dates: [...dates],
    revenue: days.map((day) => day?.revenue ?? null),
    adSpend: days.map((day) => day?.adSpend ?? null),
    netProfit: days.map((day) => day?.netProfit ?? null),
    breakEvenRevenue: days.map((day) =>
      day && day.adSpend > 0 && breakEvenRoas !== null
        ? roundHalfAwayFromZero(day.adSpend * breakEvenRoas)
        : null,
    ),
    breakEvenRoas,
    pnl,
    missing: days.flatMap((day, index) => (day === null && dates[index]! <= today ? [index] : [])),
  };
}

type WeekConfig = ChartConfiguration<'bar' | 'line', (number | null)[], string[]>;

/** The week chart: revenue and ad spend bars, the break-even revenue mark over them, net profit as a line. */
export function weekChartConfig(model: WeekChartModel, text: WeekChartText, locale: Locale): WeekConfig {
  const labels = model.dates.map((date) => [
    text.weekdays[isoWeekday(requireIsoDate(date)) - 1] ?? '',
    formatShortDate(date, locale),
  ]);
  // The mark spans both bars of a day: 80 % of the day's slot, as wide as the bar pair.
  const markRadius = (ctx: ScriptableContext<'line'>) =>
    ((ctx.chart.chartArea?.width ?? 1100) / Math.max(1, model.dates.length)) * 0.4;
  const datasets: WeekConfig['data']['datasets'] = [
    {
      type: 'bar',
      label: text.revenue,
      data: model.revenue,
      backgroundColor: CHART_COLORS.revenue,
      order: 3,
    },
    {
      type: 'bar',
      label: text.adSpend,
      data: model.adSpend,
      backgroundColor: CHART_COLORS.adSpend,
      order: 3,
    },
  ];
  if (model.breakEvenRoas !== null) {
    datasets.push({
      type: 'line',
      label: text.breakEven,
      data: model.breakEvenRevenue,
      showLine: false,
      pointStyle: 'line',
      pointRadius: markRadius,
      pointBorderWidth: 4,
      borderColor: CHART_COLORS.breakEven,
      backgroundColor: CHART_COLORS.breakEven,
      order: 1,
    });
  }
  datasets.push({
    type: 'line',
    label: text.netProfit,
    data: model.netProfit,
    borderColor: CHART_COLORS.profit,
    backgroundColor: CHART_COLORS.profit,
    borderWidth: 4,
    pointRadius: 6,
    spanGaps: false,
    order: 0,
  });

  return {
    type: 'bar',
    data: { labels, datasets },
    options: {
      ...baseChartOptions(text.title, text.subtitle),
      scales: { x: dateAxis(), y: moneyAxis(locale, text.moneyAxis) },
    },
    plugins: [missingDaysPlugin(model.missing, text.missingDay)],
  };
}
