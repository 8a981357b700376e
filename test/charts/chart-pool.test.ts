import { threadId as mainThreadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { type ChartJob, chartJobConfig } from '../../src/charts/chart-job.js';
import { ChartPool } from '../../src/charts/chart-pool.js';
import type { ChartRecord } from '../../src/charts/chart-record.js';
import { ChartRenderer } from '../../src/charts/chart-renderer.js';
import { CHART_HEIGHT, CHART_WIDTH } from '../../src/charts/chart-theme.js';
import { buildGoalChartModel } from '../../src/charts/goal-chart.js';
import { buildMonthChartModel } from '../../src/charts/month-chart.js';
import { buildWeekChartModel } from '../../src/charts/week-chart.js';
import {
  computeDailyMetrics,
  DEFAULT_COST_SETTINGS,
  toStoredMetrics,
} from '../../src/domain/daily-metrics.js';
import { addDays } from '../../src/domain/local-date.js';
import { pngSize } from './chart-pixels.js';

const settings = { ...DEFAULT_COST_SETTINGS, targetRoas: null };
const today = '2026-11-24';

function day(date: string, i: number): ChartRecord {
  const revenue = 4_000_000 + ((i * 1_300_000) % 7_000_000);
  const adSpend = 1_200_000 + ((i * 450_000) % 1_800_000);
  const m = computeDailyMetrics({ orders: 10, revenue, adSpend, leads: 60 }, settings);
  return { date, orders: 10, revenue, adSpend, leads: 60, ...toStoredMetrics(m) };
}

const lastDays = (n: number) => Array.from({ length: n }, (_, i) => addDays(today, i - n + 1));
// 36 days ending 24/11/2026, every fifth day without a record.
const records = lastDays(36)
  .map((date, i) => day(date, i))
  .filter((_, i) => i % 5 !== 3);

const JOBS: Record<ChartJob['kind'], ChartJob> = {
  week: {
    kind: 'week',
    model: buildWeekChartModel(lastDays(7), records, settings, today),
    text: {
      title: 'Hoa Mai Shop · 18/11 – 24/11/2026',
      subtitle: 'Doanh thu 42,3tr',
      revenue: 'Doanh thu',
      adSpend: 'Chi phí quảng cáo',
      netProfit: 'Lãi ròng',
      breakEven: 'Doanh thu hòa vốn',
      moneyAxis: 'VNĐ',
      missingDay: 'chưa nhập',
      weekdays: ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'],
    },
    locale: 'vi',
  },
  month: {
    kind: 'month',
    model: buildMonthChartModel(lastDays(30), records, settings),
    text: {
      title: 'Hoa Mai Shop · 30 days',
      subtitle: 'Revenue 180M',
      revenue: 'Revenue',
      adSpend: 'Ad spend',
      revenueAverage: 'Revenue, 7-day average',
      adSpendAverage: 'Ad spend, 7-day average',
      roas: 'Daily ROAS',
      roasAverage: '7-day ROAS',
      breakEven: 'Break-even ROAS 1.67',
      moneyAxis: 'VND',
      roasAxis: 'ROAS',
    },
    locale: 'en',
  },
  goal: {
    kind: 'goal',
    model: buildGoalChartModel(
      '2026-11',
      records.filter((r) => r.date >= '2026-11-01'),
      300_000_000,
      today,
    ),
    text: {
      title: 'Hoa Mai Shop · Mục tiêu tháng 11/2026',
      subtitle: 'Đã đạt 150tr / 300tr',
      cumulative: 'Doanh thu cộng dồn',
      targetPath: 'Đường tới mục tiêu 300tr',
      forecast: 'Dự báo cuối tháng',
      moneyAxis: 'VNĐ',
    },
    locale: 'vi',
  },
};

// Two workers, whatever the machine: enough to see renders spread, few enough for a shared test machine.
const pool = new ChartPool(2);
afterAll(() => pool.close());

describe('ChartPool', () => {
  it('draws on its worker threads, never on the calling thread', async () => {
    const burst = [...Object.values(JOBS), ...Object.values(JOBS)];
    const rendered = await Promise.all(burst.map((job) => pool.render(job)));
    const workers = pool.threads.map((worker) => worker.threadId);
    expect(workers).toHaveLength(2);
    expect(workers).not.toContain(mainThreadId);
    for (const { png, threadId } of rendered) {
      expect(threadId).not.toBe(mainThreadId);
      expect(workers).toContain(threadId);
      expect(pngSize(png)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
    }
  });

  it('draws the same PNG, byte for byte, as the renderer on this thread', async () => {
    const here = new ChartRenderer();
    for (const job of Object.values(JOBS)) {
      const { png } = await pool.render(job);
      expect(png.equals(await here.render(chartJobConfig(job))), job.kind).toBe(true);
    }
  });

  it('rejects a render whose worker dies, and draws the next one on a fresh worker', async () => {
    await pool.render(JOBS.week);
    const dying = pool.threads.map((worker) => worker.threadId);
    // 200,000 day labels keep the worker building the config (plain JavaScript) for a second or more. A worker
    // ended while canvas draws would abort this whole process, so the crash must come before the drawing.
    const week = JOBS.week as Extract<ChartJob, { kind: 'week' }>;
    const dates = Array.from({ length: 200_000 }, (_, i) => week.model.dates[i % 7]!);
    const rejected = expect(pool.render({ ...week, model: { ...week.model, dates } })).rejects.toThrow(
      /worker exited/,
    );
    // End every worker, as a crash would, while the job is on one of them.
    await new Promise((resolve) => setImmediate(resolve));
    await Promise.all(pool.threads.map((worker) => worker.terminate()));
    await rejected;

    const next = await pool.render(JOBS.goal);
    expect(pngSize(next.png)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
    expect(dying).not.toContain(next.threadId);
  });

  it('rejects a job the worker cannot draw, and keeps drawing the others', async () => {
    const broken = { ...JOBS.week, kind: 'year' } as unknown as ChartJob;
    await expect(pool.render(broken)).rejects.toThrow('unknown chart kind: year');
    expect(pngSize((await pool.render(JOBS.week)).png)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
  });
});
