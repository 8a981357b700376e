import { describe, expect, it } from 'vitest';
import type { ChartRecord } from '../../src/charts/chart-record.js';
import { ChartRenderer } from '../../src/charts/chart-renderer.js';
import { CHART_COLORS, CHART_HEIGHT, CHART_WIDTH } from '../../src/charts/chart-theme.js';
import { buildGoalChartModel, type GoalChartText, goalChartConfig } from '../../src/charts/goal-chart.js';
import { NO_DAYS } from '../../src/domain/week-totals.js';
import { decodePng, layoutOf, pngSize } from './chart-pixels.js';

function day(date: string, revenue: number): ChartRecord {
  return {
    ...NO_DAYS,
    date,
    orders: 10,
    revenue,
    adSpend: 1_000_000,
    leads: 50,
    cogs: revenue * 0.4,
    netProfit: 0,
  };
}

const text: GoalChartText = {
  title: 'Hoa Mai Shop · Mục tiêu tháng 11/2026',
  subtitle: '',
  cumulative: 'Doanh thu cộng dồn',
  targetPath: 'Đường tới mục tiêu 300tr',
  forecast: 'Dự báo cuối tháng',
  moneyAxis: 'VNĐ',
};

// November 2026 has 30 days; seen on the 10th, the 3rd and the 10th itself have no record.
const records = ['01', '02', '04', '05', '06', '07', '08', '09'].map((d) => day(`2026-11-${d}`, 10_000_000));
const target = 300_000_000;

describe('buildGoalChartModel', () => {
  const model = buildGoalChartModel('2026-11', records, target, '2026-11-10');

  it('adds revenue up day by day, with gaps on days without a record and after today', () => {
    expect(model.dates).toHaveLength(30);
    expect(model.cumulative.slice(0, 10)).toEqual([
      10_000_000,
      20_000_000,
      null,
      30_000_000,
      40_000_000,
      50_000_000,
      60_000_000,
      70_000_000,
      80_000_000,
      null,
    ]);
    expect(model.cumulative.slice(10).every((v) => v === null)).toBe(true);
    expect(model.monthToDate).toBe(80_000_000);
    expect(model.daysRecorded).toBe(8);
  });

  it('draws the straight path from nothing to the target on the last day', () => {
    expect(model.targetPath[0]).toBe(10_000_000);
    expect(model.targetPath.at(-1)).toBe(target);
    expect(model.targetToDate).toBe(100_000_000);
  });

  it('forecasts month end on the basis of the pace: the average day elapsed, unrecorded days as nothing', () => {
    // 80tr over the 10 days elapsed (2 of them not recorded) = 8tr a day × 30 days.
    expect(model.forecast).toBe(240_000_000);
    expect(model.forecastLine.slice(0, 8).every((v) => v === null)).toBe(true);
    expect(model.forecastLine[8]).toBe(80_000_000);
    expect(model.forecastLine.at(-1)).toBe(240_000_000);
    const withToday = buildGoalChartModel(
      '2026-11',
      [...records, day('2026-11-10', 30_000_000)],
      target,
      '2026-11-10',
    );
    // 110tr over the 10 days elapsed, × 30.
    expect(withToday.forecast).toBe(330_000_000);
  });

  it('ignores records after today', () => {
    const ahead = buildGoalChartModel(
      '2026-11',
      [...records, day('2026-11-20', 99_000_000)],
      target,
      '2026-11-10',
    );
    expect(ahead.monthToDate).toBe(80_000_000);
  });
});

describe('goal chart rendering', () => {
  it('renders a 1280×720 PNG with the cumulative line and the forecast end point drawn', async () => {
    const model = buildGoalChartModel('2026-11', records, target, '2026-11-10');
    const png = await new ChartRenderer().render(goalChartConfig(model, text, 'vi'));
    expect(pngSize(png)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
    const pixels = await decodePng(png);
    const [cumulative, , forecast] = layoutOf(goalChartConfig(model, text, 'vi')).datasets;
    const point = cumulative![5]!;
    expect(pixels.hex(point.x, point.y)).toBe(CHART_COLORS.revenue);
    const end = forecast!.at(-1)!;
    expect(pixels.hex(end.x - 2, end.y)).toBe(CHART_COLORS.forecast);
  });
});
