import type { Locale } from '../domain/locale.js';
import type { ChartConfig } from './chart-renderer.js';
import { type GoalChartModel, type GoalChartText, goalChartConfig } from './goal-chart.js';
import { type MonthChartModel, type MonthChartText, monthChartConfig } from './month-chart.js';
import { type WeekChartModel, type WeekChartText, weekChartConfig } from './week-chart.js';

/**
 * A chart to draw, as plain data that can be posted to a worker thread: the model, its translated labels
 * and the locale of its ticks. The Chart.js config holds functions (tick callbacks, plugins), which cannot
 * be posted, so it is built where the chart is drawn.
 */
export type ChartJob =
  | { kind: 'week'; model: WeekChartModel; text: WeekChartText; locale: Locale }
  | { kind: 'month'; model: MonthChartModel; text: MonthChartText; locale: Locale }
  | { kind: 'goal'; model: GoalChartModel; text: GoalChartText; locale: Locale };

/** The Chart.js config of a job; a fresh one on each call, as Chart.js changes a config it draws. */
export function chartJobConfig(job: ChartJob): ChartConfig {
  switch (job.kind) {
    case 'week':
      return weekChartConfig(job.model, job.text, job.locale);
    case 'month':
      return monthChartConfig(job.model, job.text, job.locale);
    case 'goal':
      return goalChartConfig(job.model, job.text, job.locale);
    default:
      throw new Error(`unknown chart kind: ${String((job as { kind: unknown }).kind)}`);
  }
}
