import { describe, expect, it } from 'vitest';
import type { ChartRecord } from '../../src/charts/chart-record.js';
import { ChartRenderer } from '../../src/charts/chart-renderer.js';
import { CHART_COLORS, CHART_HEIGHT, CHART_WIDTH } from '../../src/charts/chart-theme.js';
import {
  buildMonthChartModel,
  MONTH_CHART_DAYS,
  type MonthChartText,
  monthChartConfig,
} from '../../src/charts/month-chart.js';
import {
  computeDailyMetrics,
  DEFAULT_COST_SETTINGS,
  toStoredMetrics,
} from '../../src/domain/daily-metrics.js';
import { addDays } from '../../src/domain/local-date.js';
import { barCoverage, decodePng, type ElementBox, layoutOf, pngSize, tickCallback } from './chart-pixels.js';

const settings = { ...DEFAULT_COST_SETTINGS, targetRoas: null };

function day(date: string, revenue: number, adSpend: number): ChartRecord {
  const m = computeDailyMetrics({ orders: 10, revenue, adSpend, leads: 50 }, settings);
  return { date, orders: 10, revenue, adSpend, leads: 50, ...toStoredMetrics(m) };
}

const today = '2026-11-24';
const dates = Array.from({ length: MONTH_CHART_DAYS }, (_, i) => addDays(today, i - MONTH_CHART_DAYS + 1));

const text: MonthChartText = {
  title: 'Hoa Mai Shop · 30 ngày',
  subtitle: '',
  revenue: 'Doanh thu',
  adSpend: 'Chi phí quảng cáo',
  revenueAverage: 'Doanh thu TB 7 ngày',
  adSpendAverage: 'Quảng cáo TB 7 ngày',
  roas: 'ROAS từng ngày',
  roasAverage: 'ROAS 7 ngày',
  breakEven: 'ROAS hòa vốn 1,67',
  moneyAxis: 'VNĐ',
  roasAxis: 'ROAS',
};

describe('buildMonthChartModel', () => {
  it('covers 30 days ending today, days without a record as gaps', () => {
    const model = buildMonthChartModel(dates, [day(today, 5_000_000, 1_000_000)], settings);
    expect(model.dates).toHaveLength(30);
    expect(model.dates[0]).toBe('2026-10-26');
    expect(model.dates.at(-1)).toBe(today);
    expect(model.revenue.filter((v) => v !== null)).toEqual([5_000_000]);
    expect(model.missing).toHaveLength(29);
  });

  it('computes the 7-day ROAS from the window sums, not by averaging daily ROAS', () => {
    const records = [
      day('2026-11-22', 10_000_000, 1_000_000), // ROAS 10
      day('2026-11-23', 2_000_000, 2_000_000), // ROAS 1
      day('2026-11-24', 3_000_000, 3_000_000), // ROAS 1
    ];
    const model = buildMonthChartModel(dates, records, settings);
    expect(model.roas.slice(-3)).toEqual([10, 1, 1]);
    // 15.000.000 / 6.000.000 = 2,5 (the mean of the daily ratios would be 4).
    expect(model.roasAverage.at(-1)).toBe(2.5);
    // Mean per recorded day: 15.000.000 / 3.
    expect(model.revenueAverage.at(-1)).toBe(5_000_000);
    expect(model.adSpendAverage.at(-1)).toBe(2_000_000);
  });

  it('draws a moving-average point only when its 7 days hold at least 3 records', () => {
    const records = [day('2026-11-20', 4_000_000, 1_000_000), day('2026-11-24', 6_000_000, 2_000_000)];
    const model = buildMonthChartModel(dates, records, settings);
    expect(model.revenueAverage.every((v) => v === null)).toBe(true);
    const more = buildMonthChartModel(dates, [...records, day('2026-11-22', 5_000_000, 1_000_000)], settings);
    // 22/11 and 23/11 see two records in their window (20 and 22), 24/11 sees three.
    expect(more.revenueAverage.slice(-3)).toEqual([null, null, 5_000_000]);
  });

  it('uses the days before the window for the first averages', () => {
    const before = ['2026-10-21', '2026-10-22', '2026-10-23'].map((d) => day(d, 3_000_000, 1_000_000));
    const model = buildMonthChartModel(dates, before, settings);
    expect(model.revenue.every((v) => v === null)).toBe(true);
    // 26/10 looks back to 20/10: three records in its window.
    expect(model.revenueAverage[0]).toBe(3_000_000);
    expect(model.pnl.daysRecorded).toBe(0);
  });

  it('caps the ROAS axis when one day would flatten the trend', () => {
    const records = dates.slice(-10).map((d) => day(d, 4_000_000, 2_000_000));
    expect(buildMonthChartModel(dates, records, settings).roasAxisMax).toBeNull();
    records[5] = day(records[5]!.date, 40_000_000, 500_000); // ROAS 80
    const model = buildMonthChartModel(dates, records, settings);
    expect(model.roasAxisMax).not.toBeNull();
    expect(model.roasAxisMax!).toBeLessThan(80);
  });
});

describe('month chart rendering', () => {
  const renderer = new ChartRenderer();
  const records = dates
    .filter((_, i) => i % 4 !== 1)
    .map((d, i) => day(d, 5_000_000 + (i % 5) * 1_000_000, 1_500_000));

  it('renders a 1280×720 PNG with its bars drawn, and none on days without a record', async () => {
    const model = buildMonthChartModel(dates, records, settings);
    const png = await renderer.render(monthChartConfig(model, text, 'vi'));
    expect(pngSize(png)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
    const pixels = await decodePng(png);
    const [revenueBars, adSpendBars] = layoutOf(monthChartConfig(model, text, 'vi')).datasets;
    // Sample low in the bars, under the average lines.
    const low = (bar: ElementBox) => ({ ...bar, y: bar.base - (bar.base - bar.y) * 0.3 });
    for (const index of [0, 2, 7, 28]) {
      expect(
        barCoverage(pixels, low(revenueBars![index]!), CHART_COLORS.revenueLight),
      ).toBeGreaterThanOrEqual(0.8);
      expect(
        barCoverage(pixels, low(adSpendBars![index]!), CHART_COLORS.adSpendLight),
      ).toBeGreaterThanOrEqual(0.8);
    }
    const zeroLine = revenueBars![0]!.base;
    for (const index of [1, 5, 29]) {
      expect(pixels.hex(revenueBars![index]!.x, zeroLine - 10)).not.toBe(CHART_COLORS.revenueLight);
    }
  });

  it('shows the ROAS trend against break-even on its own axis', () => {
    const model = buildMonthChartModel(dates, records, settings);
    const config = monthChartConfig(model, text, 'en');
    const roasSets = config.data.datasets.filter((d) => (d as { yAxisID?: string }).yAxisID === 'roas');
    expect(roasSets.map((d) => d.label)).toEqual(['ROAS từng ngày', 'ROAS 7 ngày', 'ROAS hòa vốn 1,67']);
    const tick = tickCallback(config, 'roas');
    expect(tick(1.5)).toBe('1.5');
    expect(config.data.labels?.[0]).toBe('26 Oct');
  });
});
