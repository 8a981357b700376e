import { describe, expect, it } from 'vitest';
import type { ChartRecord } from '../../src/charts/chart-record.js';
import { ChartRenderer } from '../../src/charts/chart-renderer.js';
import { CHART_COLORS, CHART_HEIGHT, CHART_WIDTH } from '../../src/charts/chart-theme.js';
import { buildWeekChartModel, type WeekChartText, weekChartConfig } from '../../src/charts/week-chart.js';
import {
  computeDailyMetrics,
  DEFAULT_COST_SETTINGS,
  toStoredMetrics,
} from '../../src/domain/daily-metrics.js';
import { weekDates } from '../../src/domain/local-date.js';
import { barCoverage, decodePng, layoutOf, pngSize, tickCallback } from './chart-pixels.js';

const settings = { ...DEFAULT_COST_SETTINGS, targetRoas: null };

function day(date: string, orders: number, revenue: number, adSpend: number, leads: number): ChartRecord {
  const m = computeDailyMetrics({ orders, revenue, adSpend, leads }, settings);
  return { date, orders, revenue, adSpend, leads, ...toStoredMetrics(m) };
}

// 2026-W47: Monday 16/11 … Sunday 22/11. Wednesday and Saturday have no record.
const dates = weekDates('2026-W47');
const records = [
  day('2026-11-16', 15, 8_500_000, 2_000_000, 85),
  day('2026-11-17', 8, 4_000_000, 2_500_000, 90),
  day('2026-11-19', 20, 12_000_000, 3_000_000, 100),
  day('2026-11-20', 3, 1_500_000, 2_000_000, 40),
  day('2026-11-22', 10, 6_000_000, 1_000_000, 50),
];

const text: WeekChartText = {
  title: 'Hoa Mai Shop · 16/11 – 22/11/2026',
  subtitle: 'Doanh thu 32tr',
  revenue: 'Doanh thu',
  adSpend: 'Chi phí quảng cáo',
  netProfit: 'Lãi ròng',
  breakEven: 'Doanh thu hòa vốn',
  moneyAxis: 'VNĐ',
  missingDay: 'chưa nhập',
  weekdays: ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'],
};

describe('buildWeekChartModel', () => {
  it('leaves days without a record as gaps, not zeros', () => {
    const model = buildWeekChartModel(dates, records, settings, '2026-11-24');
    expect(model.revenue).toEqual([8_500_000, 4_000_000, null, 12_000_000, 1_500_000, null, 6_000_000]);
    expect(model.adSpend[2]).toBeNull();
    expect(model.netProfit).toEqual([3_100_000, -100_000, null, 4_200_000, -1_100_000, null, 2_600_000]);
    expect(model.missing).toEqual([2, 5]);
  });

  it('marks the revenue each day needed to break even on its ads: ad spend × break-even ROAS', () => {
    const model = buildWeekChartModel(dates, records, settings, '2026-11-24');
    expect(model.breakEvenRoas).toBeCloseTo(1 / 0.6, 10);
    // 2.000.000 × 1,6667 = 3.333.333 ₫: Monday's 8.500.000 clears it, Friday's 1.500.000 does not.
    expect(model.breakEvenRevenue).toEqual([
      3_333_333,
      4_166_667,
      null,
      5_000_000,
      3_333_333,
      null,
      1_666_667,
    ]);
  });

  it('sums the week exactly and charges fixed costs for past days without a record', () => {
    const withFixed = { ...settings, dailyFixedCost: 100_000 };
    // Each recorded day stored the 100.000 of fixed cost it was saved with.
    const fixedRecords = records.map((r) => ({ ...r, netProfit: r.netProfit - 100_000, fixedCost: 100_000 }));
    const model = buildWeekChartModel(dates, fixedRecords, withFixed, '2026-11-24');
    expect(model.pnl).toMatchObject({
      revenue: 32_000_000,
      adSpend: 10_500_000,
      daysRecorded: 5,
      daysInPeriod: 7,
    });
    expect(model.pnl.roas).toBeCloseTo(32 / 10.5, 10);
    // 8.700.000 before fixed costs, 7 × 100.000 of fixed costs.
    expect(model.pnl.netProfit).toBe(8_700_000 - 700_000);
    // Seen on Thursday, Friday to Sunday have not come yet: no fixed cost charged for them.
    const midWeek = buildWeekChartModel(dates, fixedRecords.slice(0, 3), withFixed, '2026-11-19');
    expect(midWeek.pnl.netProfit).toBe(3_100_000 - 100_000 + 4_200_000 - 400_000);
  });

  it('has no break-even mark when the margin leaves nothing to cover ads', () => {
    // COGS 70 % and a 30 % payment fee as booked: every sale only covers its own costs.
    const booked = records.map((r) => ({ ...r, cogs: r.revenue * 0.7, paymentFees: r.revenue * 0.3 }));
    const model = buildWeekChartModel(
      dates,
      booked,
      { ...settings, cogsRatio: 0.7, paymentFeeRatio: 0.3 },
      '2026-11-24',
    );
    expect(model.breakEvenRoas).toBeNull();
    expect(model.breakEvenRevenue.every((v) => v === null)).toBe(true);
    const config = weekChartConfig(model, text, 'vi');
    expect(config.data.datasets.map((d) => d.label)).toEqual(['Doanh thu', 'Chi phí quảng cáo', 'Lãi ròng']);
  });
});

describe('weekChartConfig', () => {
  const model = buildWeekChartModel(dates, records, settings, '2026-11-24');

  it('labels each day with its weekday and local date, and writes VND ticks short', () => {
    const vi = weekChartConfig(model, text, 'vi');
    expect(vi.data.labels?.[0]).toEqual(['T2', '16/11']);
    expect(vi.data.labels?.[6]).toEqual(['CN', '22/11']);
    const viTick = tickCallback(vi, 'y');
    expect(viTick(8_500_000)).toBe('8,5tr');
    const en = weekChartConfig(
      model,
      { ...text, weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] },
      'en',
    );
    expect(en.data.labels?.[0]).toEqual(['Mon', '16 Nov']);
    const enTick = tickCallback(en, 'y');
    expect(enTick(8_500_000)).toBe('8.5M');
  });

  it('draws at device pixel ratio 1 with the title and dataset labels it was given', () => {
    const config = weekChartConfig(model, text, 'vi');
    expect(config.options?.devicePixelRatio).toBe(1);
    expect(config.options?.plugins?.title?.text).toBe(text.title);
    expect(config.data.datasets.map((d) => d.label)).toEqual([
      'Doanh thu',
      'Chi phí quảng cáo',
      'Doanh thu hòa vốn',
      'Lãi ròng',
    ]);
  });
});

describe('week chart rendering', () => {
  const renderer = new ChartRenderer();
  const model = buildWeekChartModel(dates, records, settings, '2026-11-24');

  it('renders a 1280×720 PNG', async () => {
    const png = await renderer.render(weekChartConfig(model, text, 'vi'));
    expect(pngSize(png)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
  });

  it('draws the revenue and ad spend bars where Chart.js lays them out, and nothing on days without a record', async () => {
    const png = await renderer.render(weekChartConfig(model, text, 'vi'));
    const pixels = await decodePng(png);
    const layout = layoutOf(weekChartConfig(model, text, 'vi'));
    const [revenueBars, adSpendBars] = layout.datasets;
    for (const index of [0, 1, 3, 4, 6]) {
      expect(barCoverage(pixels, revenueBars![index]!, CHART_COLORS.revenue)).toBeGreaterThanOrEqual(0.8);
      expect(barCoverage(pixels, adSpendBars![index]!, CHART_COLORS.adSpend)).toBeGreaterThanOrEqual(0.8);
      // Just above the bar's top the bar colour stops: the bar has the right height.
      const bar = revenueBars![index]!;
      expect(pixels.hex(bar.x, bar.y - 6)).not.toBe(CHART_COLORS.revenue);
    }
    // Thursday's 12tr bar is three times Tuesday's 4tr bar.
    const height = (i: number) => revenueBars![i]!.base - revenueBars![i]!.y;
    expect(height(3) / height(1)).toBeCloseTo(3, 1);
    const { top, bottom } = layout.chartArea;
    for (const index of [2, 5]) {
      const x = revenueBars![index]!.x;
      for (let y = top + 5; y < bottom - 40; y += 10) {
        expect([CHART_COLORS.revenue, CHART_COLORS.adSpend]).not.toContain(pixels.hex(x, y));
      }
    }
  });
});
