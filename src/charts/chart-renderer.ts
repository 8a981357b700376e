import type { Chart, ChartConfiguration } from 'chart.js';
import { ChartJSNodeCanvas } from 'chartjs-node-canvas';
import { type ChartFontStatus, registerChartFont } from './chart-font.js';
import { CHART_COLORS, CHART_FONT_FAMILY, CHART_HEIGHT, CHART_WIDTH } from './chart-theme.js';

/** A config of any ShopPulse chart. */
export type ChartConfig = ChartConfiguration<'bar' | 'line', (number | null)[], unknown>;

/** Defaults for anything a chart config leaves unset; applied to every Chart.js instance that draws ours. */
export function applyChartDefaults(chartJs: typeof Chart): void {
  chartJs.defaults.font.family = CHART_FONT_FAMILY;
  chartJs.defaults.color = CHART_COLORS.text;
  chartJs.defaults.devicePixelRatio = 1;
}

/**
 * Draws chart configs as 1280×720 PNGs on a white background. One instance serves a whole thread (each
 * worker of the chart pool has its own): each ChartJSNodeCanvas loads its own copy of Chart.js, and creating
 * one per chart leaks memory.
 */
export class ChartRenderer {
  readonly fontStatus: ChartFontStatus;
  private readonly canvas: ChartJSNodeCanvas;

  constructor() {
    this.fontStatus = registerChartFont();
    this.canvas = new ChartJSNodeCanvas({
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
      backgroundColour: 'white',
      chartCallback: (chartJs) => applyChartDefaults(chartJs as unknown as typeof Chart),
    });
  }

  /** The PNG of a config. Chart.js keeps state on the config it draws: pass a fresh one each time. */
  render(config: ChartConfig): Promise<Buffer> {
    return this.canvas.renderToBuffer(config as ChartConfiguration, 'image/png');
  }
}
