import type { ChartOptions, FontSpec, Plugin } from 'chart.js';
import type { Locale } from '../domain/locale.js';
import { abbreviateMoney } from '../domain/money-abbreviation.js';
import { formatTickRatio } from './chart-format.js';

/** The family every chart label is drawn in (DejaVu Sans has every Vietnamese letter and ₫). */
export const CHART_FONT_FAMILY = 'DejaVu Sans';

/** Image size: Telegram recompresses photos to at most 1280 px on the long side, so larger buys nothing. */
export const CHART_WIDTH = 1280;
export const CHART_HEIGHT = 720;

/** Opaque colours only: overlaps stay readable and tests can sample exact pixels. */
export const CHART_COLORS = {
  revenue: '#2f80ed',
  revenueLight: '#a9c9f6',
  revenueDark: '#174a91',
  adSpend: '#f2994a',
  adSpendLight: '#f8cba4',
  adSpendDark: '#a85a14',
  profit: '#219653',
  breakEven: '#d62d2d',
  roas: '#6b3fa0',
  roasLight: '#b9a2d8',
  target: '#8a8a8a',
  forecast: '#6b3fa0',
  text: '#222222',
  muted: '#8a8a8a',
  grid: '#e6e6e6',
} as const;

const font = (size: number, weight: FontSpec['weight'] = 'normal'): Partial<FontSpec> => ({
  family: CHART_FONT_FAMILY,
  size,
  weight,
});

/** Sizes chosen for a phone screen, where a 1280 px image is shown about 400 px wide. */
export const CHART_FONTS = {
  title: font(32, 'bold'),
  subtitle: font(22),
  legend: font(20),
  tick: font(18),
  axisTitle: font(18),
  note: font(18),
} as const;

/** Options every ShopPulse chart shares: size-independent layout, fonts, title and legend. */
export function baseChartOptions(title: string, subtitle: string): ChartOptions<'bar' | 'line'> {
  return {
    devicePixelRatio: 1,
    responsive: false,
    animation: false,
    color: CHART_COLORS.text,
    font: font(18),
    layout: { padding: { top: 12, right: 24, bottom: 8, left: 16 } },
    plugins: {
      title: {
        display: true,
        text: title,
        font: CHART_FONTS.title,
        color: CHART_COLORS.text,
        padding: { bottom: 4 },
      },
      subtitle: {
        display: subtitle !== '',
        text: subtitle,
        font: CHART_FONTS.subtitle,
        color: CHART_COLORS.text,
        padding: { bottom: 12 },
      },
      legend: {
        position: 'bottom',
        labels: {
          font: CHART_FONTS.legend,
          color: CHART_COLORS.text,
          boxWidth: 28,
          padding: 18,
          // In dataset order: `order` only decides what is drawn on top.
          sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0),
        },
      },
      tooltip: { enabled: false },
    },
  };
}

/** A category axis of dates: no grid lines between days, labels kept horizontal. */
export function dateAxis() {
  return {
    grid: { display: false },
    ticks: { font: CHART_FONTS.tick, color: CHART_COLORS.text, maxRotation: 0, autoSkipPadding: 12 },
  };
}

/** A VND axis with ticks written short (`8,5tr` / `8.5M`). */
export function moneyAxis(locale: Locale, title: string, position: 'left' | 'right' = 'left') {
  return {
    position,
    beginAtZero: true,
    grace: '5%',
    grid: { color: CHART_COLORS.grid },
    border: { display: false },
    title: { display: title !== '', text: title, font: CHART_FONTS.axisTitle, color: CHART_COLORS.text },
    ticks: {
      font: CHART_FONTS.tick,
      color: CHART_COLORS.text,
      callback: (value: string | number) => abbreviateMoney(Number(value), locale),
    },
  };
}

/** A ratio axis (ROAS), on the right, without grid lines of its own. */
export function ratioAxis(locale: Locale, title: string) {
  return {
    position: 'right' as const,
    beginAtZero: true,
    grid: { display: false },
    border: { display: false },
    title: { display: title !== '', text: title, font: CHART_FONTS.axisTitle, color: CHART_COLORS.text },
    ticks: {
      font: CHART_FONTS.tick,
      color: CHART_COLORS.text,
      callback: (value: string | number) => formatTickRatio(Number(value), locale),
    },
  };
}

/**
 * Writes `text` under the plot at each category index listed (days without a record), so a gap is told
 * apart from a day recorded as zero.
 */
export function missingDaysPlugin(indices: readonly number[], text: string): Plugin<'bar' | 'line'> {
  return {
    id: 'shoppulse-missing-days',
    afterDatasetsDraw(chart) {
      if (indices.length === 0 || text === '') return;
      const { ctx, chartArea } = chart;
      const x = chart.scales.x;
      if (!x) return;
      ctx.save();
      ctx.font = `${CHART_FONTS.note.size}px "${CHART_FONT_FAMILY}"`;
      ctx.fillStyle = CHART_COLORS.muted;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      for (const index of indices) ctx.fillText(text, x.getPixelForValue(index), chartArea.bottom - 6);
      ctx.restore();
    },
  };
}
