import type { ChartConfiguration } from 'chart.js';
import { formatShortDate } from '../domain/format.js';
import { addDays } from '../domain/local-date.js';
import type { Locale } from '../domain/locale.js';
import { roundHalfAwayFromZero } from '../domain/rounding.js';
import type { WeekCostSettings, WeekPnl } from '../domain/week-totals.js';
import { type ChartRecord, periodPnl, recordsByDate, sumChartRecords } from './chart-record.js';
import {
  baseChartOptions,
  CHART_COLORS,
  dateAxis,
  missingDaysPlugin,
  moneyAxis,
  ratioAxis,
} from './chart-theme.js';

/** The month chart shows this many days, ending today. */
export const MONTH_CHART_DAYS = 30;
/** Length of the moving average window, in days. */
export const MOVING_AVERAGE_DAYS = 7;
/** A moving-average point needs this many recorded days in its window: one or two days are not a trend. */
export const MOVING_AVERAGE_MIN_DAYS = 3;
/** A month chart needs at least this many recorded days in its 30; with fewer the owner gets a text instead. */
export const MONTH_CHART_MIN_DAYS = 7;

// Marks a day without a record under the plot; 30 slots leave no room for a word.
const MISSING_MARK = '–';

/** Thirty days of figures, one slot per day (null: no record), with 7-day moving averages. */
export interface MonthChartModel {
  dates: string[];
  revenue: (number | null)[];
  adSpend: (number | null)[];
  /** The day's revenue / ad spend; null without a record or without ad spend. */
  roas: (number | null)[];
  /** Mean daily revenue over the recorded days of the 7 days ending on each day (VND). */
  revenueAverage: (number | null)[];
  /** Mean daily ad spend over the recorded days of the 7 days ending on each day (VND). */
  adSpendAverage: (number | null)[];
  /** ROAS of the 7 days ending on each day, from their sums (never an average of daily ratios). */
  roasAverage: (number | null)[];
  breakEvenRoas: number | null;
  /** The 30 days' P&L from exact sums. */
  pnl: WeekPnl;
  /** A cap for the ROAS axis when single days would squash the trend; null lets the axis fit the data. */
  roasAxisMax: number | null;
  missing: number[];
}

/** The labels of a month chart, already translated. */
export interface MonthChartText {
  title: string;
  subtitle: string;
  revenue: string;
  adSpend: string;
  revenueAverage: string;
  adSpendAverage: string;
  roas: string;
  roasAverage: string;
  breakEven: string;
  moneyAxis: string;
  roasAxis: string;
}

/**
 * Lays out the 30 `dates` (oldest first); `records` may also hold the 6 days before them, which the first
 * moving-average points use.
 */
export function buildMonthChartModel(
  dates: readonly string[],
  records: readonly ChartRecord[],
  settings: WeekCostSettings,
): MonthChartModel {
  const byDate = new Map(records.map((r) => [r.date, r]));
  const days = recordsByDate(dates, records);
  const pnl = periodPnl(dates, days, settings, dates.at(-1) ?? '');

  const windows = dates.map((date) => {
    const inWindow: ChartRecord[] = [];
    for (let back = MOVING_AVERAGE_DAYS - 1; back >= 0; back -= 1) {
      const record = byDate.get(addDays(date, -back));
      if (record) inWindow.push(record);
    }
    return inWindow.length >= MOVING_AVERAGE_MIN_DAYS ? sumChartRecords(inWindow) : null;
  });

  const roas = days.map((day) => (day && day.adSpend > 0 ? day.revenue / day.adSpend : null));
  const roasAverage = windows.map((w) => (w && w.adSpend > 0 ? w.revenue / w.adSpend : null));
  const { breakEvenRoas } = pnl;
  return {
    dates: [...dates],
    revenue: days.map((day) => day?.revenue ?? null),
    adSpend: days.map((day) => day?.adSpend ?? null),
    roas,
    revenueAverage: windows.map((w) => (w ? roundHalfAwayFromZero(w.revenue / w.daysRecorded) : null)),
    adSpendAverage: windows.map((w) => (w ? roundHalfAwayFromZero(w.adSpend / w.daysRecorded) : null)),
    roasAverage,
    breakEvenRoas,
    pnl,
    roasAxisMax: roasAxisCap(roas, roasAverage, breakEvenRoas),
    missing: days.flatMap((day, index) => (day === null ? [index] : [])),
  };
}

/**
 * A day with little spend can have a ROAS of 50 and flatten everything else: the axis stops at twice
 * break-even or 1.5 × the highest 7-day ROAS (whichever is higher), and such days are clipped at the top.
 */
function roasAxisCap(
  daily: readonly (number | null)[],
  averages: readonly (number | null)[],
  breakEvenRoas: number | null,
): number | null {
  const highest = (values: readonly (number | null)[]) =>
    Math.max(0, ...values.filter((v): v is number => v !== null));
  const cap = Math.max((breakEvenRoas ?? 0) * 2, highest(averages) * 1.5, 1);
  return highest(daily) > cap ? Math.ceil(cap) : null;
}

type MonthConfig = ChartConfiguration<'bar' | 'line', (number | null)[], string>;

/**
 * The month chart: daily revenue and ad spend as light bars with their 7-day averages as lines (left axis,
 * VND), daily ROAS as dots and its 7-day trend as a line against the break-even ROAS (right axis).
 */
export function monthChartConfig(model: MonthChartModel, text: MonthChartText, locale: Locale): MonthConfig {
  const datasets: MonthConfig['data']['datasets'] = [
    {
      type: 'bar',
      label: text.revenue,
      data: model.revenue,
      backgroundColor: CHART_COLORS.revenueLight,
      order: 4,
    },
    {
      type: 'bar',
      label: text.adSpend,
      data: model.adSpend,
      backgroundColor: CHART_COLORS.adSpendLight,
      order: 4,
    },
    {
      type: 'line',
      label: text.revenueAverage,
      data: model.revenueAverage,
      borderColor: CHART_COLORS.revenueDark,
      backgroundColor: CHART_COLORS.revenueDark,
      borderWidth: 4,
      pointRadius: 0,
      order: 2,
    },
    {
      type: 'line',
      label: text.adSpendAverage,
      data: model.adSpendAverage,
      borderColor: CHART_COLORS.adSpendDark,
      backgroundColor: CHART_COLORS.adSpendDark,
      borderWidth: 4,
      pointRadius: 0,
      order: 2,
    },
    {
      type: 'line',
      label: text.roas,
      data: model.roas,
      yAxisID: 'roas',
      showLine: false,
      pointRadius: 5,
      borderColor: CHART_COLORS.roasLight,
      backgroundColor: CHART_COLORS.roasLight,
      order: 1,
    },
    {
      type: 'line',
      label: text.roasAverage,
      data: model.roasAverage,
      yAxisID: 'roas',
      borderColor: CHART_COLORS.roas,
      backgroundColor: CHART_COLORS.roas,
      borderWidth: 4,
      pointRadius: 0,
      order: 0,
    },
  ];
  if (model.breakEvenRoas !== null) {
    datasets.push({
      type: 'line',
      label: text.breakEven,
      data: model.dates.map(() => model.breakEvenRoas),
      yAxisID: 'roas',
      borderColor: CHART_COLORS.breakEven,
      backgroundColor: CHART_COLORS.breakEven,
      borderWidth: 3,
      borderDash: [12, 8],
      pointRadius: 0,
      order: 0,
    });
  }
  const roasScale = ratioAxis(locale, text.roasAxis);
  return {
    type: 'bar',
    data: { labels: model.dates.map((date) => formatShortDate(date, locale)), datasets },
    options: {
      ...baseChartOptions(text.title, text.subtitle),
      scales: {
        x: dateAxis(),
        y: moneyAxis(locale, text.moneyAxis),
        roas: model.roasAxisMax === null ? roasScale : { ...roasScale, max: model.roasAxisMax },
      },
    },
    plugins: [missingDaysPlugin(model.missing, MISSING_MARK)],
  };
}
