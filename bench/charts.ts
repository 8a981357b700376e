// Chart rendering: median and p95 per chart kind through ShopPulse's renderer (config built from the model
// plus render), beside a bare Chart.js render of the same config on the same canvas library, interleaved in
// the same run; then RSS over 2,000 renders on the one shared renderer; then a burst of 50 charts asked for
// at once, drawn on this thread vs on the worker pool: time until all are drawn, and this thread's
// event-loop delay (p99, max) meanwhile — what every other owner's update waits behind.
// Goals: ours ≤ 1.2× bare per chart; RSS grows < 30 MB from render 200 to render 2,000.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createCanvas } from 'canvas';
import { Chart, type ChartConfiguration } from 'chart.js/auto';
import { type ChartJob, chartJobConfig } from '../src/charts/chart-job.js';
import { ChartPool } from '../src/charts/chart-pool.js';
import type { ChartRecord } from '../src/charts/chart-record.js';
import { applyChartDefaults, ChartRenderer } from '../src/charts/chart-renderer.js';
import { CHART_HEIGHT, CHART_WIDTH } from '../src/charts/chart-theme.js';
import { buildGoalChartModel, type GoalChartText } from '../src/charts/goal-chart.js';
import { buildMonthChartModel, type MonthChartText } from '../src/charts/month-chart.js';
import { buildWeekChartModel, type WeekChartText } from '../src/charts/week-chart.js';
import { computeDailyMetrics, DEFAULT_COST_SETTINGS, toStoredMetrics } from '../src/domain/daily-metrics.js';
import { addDays } from '../src/domain/local-date.js';
import { percentiles } from './bench-database.js';

const WARMUP = Number(process.env.BENCH_CHART_WARMUP ?? 15);
const SAMPLES = Number(process.env.BENCH_CHART_SAMPLES ?? 60);
const MEMORY_RENDERS = Number(process.env.BENCH_CHART_MEMORY_RENDERS ?? 2000);
const RSS_FROM = 200;
const BURST = Number(process.env.BENCH_CHART_BURST ?? 50);
const BURST_ROUNDS = Number(process.env.BENCH_CHART_BURST_ROUNDS ?? 3);

type AnyConfig = ChartConfiguration<'bar' | 'line', (number | null)[], unknown>;

const settings = { ...DEFAULT_COST_SETTINGS, targetRoas: null };
const today = '2026-11-24';

function day(date: string, i: number): ChartRecord {
  const orders = 8 + (i % 9);
  const revenue = 4_000_000 + ((i * 1_300_000) % 7_000_000);
  const adSpend = 1_200_000 + ((i * 450_000) % 1_800_000);
  const m = computeDailyMetrics({ orders, revenue, adSpend, leads: 60 }, settings);
  return { date, orders, revenue, adSpend, leads: 60, ...toStoredMetrics(m) };
}

// 36 days ending today, every fifth day missing: gaps in every chart.
const records = Array.from({ length: 36 }, (_, i) => addDays(today, i - 35))
  .map((date, i) => day(date, i))
  .filter((_, i) => i % 5 !== 3);
const lastDays = (n: number) => Array.from({ length: n }, (_, i) => addDays(today, i - n + 1));

const weekText: WeekChartText = {
  title: 'Hoa Mai Shop · 18/11 – 24/11/2026',
  subtitle: 'Doanh thu 42,3tr · Quảng cáo 14,1tr · ROAS 3 (hòa vốn 1,67) · Lãi ròng 11,2tr',
  revenue: 'Doanh thu',
  adSpend: 'Chi phí quảng cáo',
  netProfit: 'Lãi ròng',
  breakEven: 'Doanh thu hòa vốn (= quảng cáo × ROAS hòa vốn 1,67)',
  moneyAxis: 'VNĐ',
  missingDay: 'chưa nhập',
  weekdays: ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'],
};
const monthText: MonthChartText = {
  title: 'Hoa Mai Shop · 30 ngày 26/10 – 24/11/2026',
  subtitle: 'Doanh thu 180tr · Quảng cáo 55tr · ROAS 3,27 (hòa vốn 1,67) · 24/30 ngày có số liệu',
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
const goalText: GoalChartText = {
  title: 'Hoa Mai Shop · Mục tiêu tháng 11/2026',
  subtitle: 'Đã đạt 150tr / 300tr (50 %) · Dự báo cuối tháng 190tr (63 %)',
  cumulative: 'Doanh thu cộng dồn',
  targetPath: 'Đường tới mục tiêu 300tr',
  forecast: 'Dự báo cuối tháng',
  moneyAxis: 'VNĐ',
};

/** Each kind: the plain data a worker gets, from the model up. */
const JOBS: { name: string; job: () => ChartJob }[] = [
  {
    name: 'week',
    job: () => ({
      kind: 'week',
      model: buildWeekChartModel(lastDays(7), records, settings, today),
      text: weekText,
      locale: 'vi',
    }),
  },
  {
    name: 'month',
    job: () => ({
      kind: 'month',
      model: buildMonthChartModel(lastDays(30), records, settings),
      text: monthText,
      locale: 'vi',
    }),
  },
  {
    name: 'goal',
    job: () => ({
      kind: 'goal',
      model: buildGoalChartModel(
        '2026-11',
        records.filter((r) => r.date >= '2026-11-01'),
        300_000_000,
        today,
      ),
      text: goalText,
      locale: 'vi',
    }),
  },
];

/** Each kind: how ShopPulse makes its config from plain data (timed in "ours"). */
const KINDS: { name: string; config: () => AnyConfig }[] = JOBS.map(({ name, job }) => ({
  name,
  config: () => chartJobConfig(job()),
}));

/** The bare render: Chart.js straight on a node-canvas canvas, PNG encoded the same way. */
function renderBare(config: AnyConfig): Promise<Buffer> {
  const canvas = createCanvas(CHART_WIDTH, CHART_HEIGHT) as ReturnType<typeof createCanvas> & {
    style?: object;
  };
  canvas.style = {};
  const chart = new Chart(canvas.getContext('2d') as never, config as ChartConfiguration);
  return new Promise((resolve, reject) => {
    canvas.toBuffer((error, png) => {
      chart.destroy();
      if (error) reject(error);
      else resolve(png);
    }, 'image/png');
  });
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

const mb = (bytes: number) => bytes / 1024 / 1024;
/** A table cell: text left-aligned, numbers right-aligned with one decimal. */
const cell = (value: string | number, width: number) =>
  typeof value === 'number' ? value.toFixed(1).padStart(width) : value.padEnd(width);

export async function benchCharts(): Promise<void> {
  applyChartDefaults(Chart);
  const renderer = new ChartRenderer();
  if (!renderer.fontStatus.ok)
    console.log('WARNING: DejaVu Sans not found; figures are without the chart font');

  console.log('\n## Chart rendering — 1280×720 PNG, device pixel ratio 1, one shared renderer');
  console.log(
    `${SAMPLES} renders per kind and variant after ${WARMUP} warm-up renders, ours and bare interleaved\n`,
  );
  console.log(
    '| chart | ours p50 ms | ours p95 ms | bare p50 ms | bare p95 ms | ours / bare (p50) | goal ≤ 1.2× |',
  );
  console.log(
    '|-------|-------------|-------------|-------------|-------------|-------------------|-------------|',
  );
  let allMet = true;
  for (const kind of KINDS) {
    const ours: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < WARMUP + SAMPLES; i += 1) {
      // The bare side gets a ready-made config (Chart.js changes a config it draws, so a fresh one each time).
      const config = kind.config();
      const [first, second] = i % 2 === 0 ? ['ours', 'bare'] : ['bare', 'ours'];
      for (const variant of [first, second]) {
        const ms =
          variant === 'ours'
            ? await time(() => renderer.render(kind.config()))
            : await time(() => renderBare(config));
        if (i >= WARMUP) (variant === 'ours' ? ours : bare).push(ms);
      }
    }
    const o = percentiles(ours);
    const b = percentiles(bare);
    const ratio = o.median / b.median;
    const met = ratio <= 1.2;
    allMet &&= met;
    const cells = [
      cell(kind.name, 5),
      cell(o.median, 11),
      cell(o.p95, 11),
      cell(b.median, 11),
      cell(b.p95, 11),
      `${ratio.toFixed(2)}×`.padStart(17),
      cell(met ? 'MET' : 'NOT MET', 11),
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
  console.log(`\nspeed goal: ${allMet ? 'MET' : 'NOT MET'} for every kind`);

  console.log(
    `\n## Chart memory — RSS over ${MEMORY_RENDERS} renders (week, month, goal in turn) on the one renderer\n`,
  );
  console.log('| render | RSS MB  | heap used MB |');
  console.log('|--------|---------|--------------|');
  const checkpoints = new Set([1, RSS_FROM, 500, 1000, 1500, MEMORY_RENDERS]);
  const rss = new Map<number, number>();
  for (let n = 1; n <= MEMORY_RENDERS; n += 1) {
    await renderer.render(KINDS[n % KINDS.length]!.config());
    if (checkpoints.has(n)) {
      const usage = process.memoryUsage();
      rss.set(n, usage.rss);
      console.log(
        `| ${String(n).padStart(6)} | ${cell(mb(usage.rss), 7)} | ${cell(mb(usage.heapUsed), 12)} |`,
      );
    }
  }
  const growth = mb((rss.get(MEMORY_RENDERS) ?? 0) - (rss.get(RSS_FROM) ?? 0));
  const memoryMet = growth < 30;
  console.log(
    `\nRSS growth from render ${RSS_FROM} to ${MEMORY_RENDERS}: ${growth.toFixed(1)} MB (goal < 30 MB) ${memoryMet ? 'MET' : 'NOT MET'}`,
  );

  await benchBurst(renderer);
}

interface BurstFigures {
  totalMs: number;
  p99Ms: number;
  maxMs: number;
}

/** Asks for `BURST` charts at once (kinds in turn) and waits for all, watching this thread's event loop. */
async function burst(render: (job: ChartJob) => Promise<Buffer>): Promise<BurstFigures> {
  const jobs = Array.from({ length: BURST }, (_, i) => JOBS[i % JOBS.length]!.job());
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const started = performance.now();
  await Promise.all(jobs.map(render));
  const totalMs = performance.now() - started;
  delay.disable();
  return { totalMs, p99Ms: delay.percentile(99) / 1e6, maxMs: delay.max / 1e6 };
}

async function benchBurst(renderer: ChartRenderer): Promise<void> {
  const pool = new ChartPool();
  // Start every worker and load its renderer before timing.
  await Promise.all(
    Array.from({ length: pool.size * 2 }, (_, i) => pool.render(JOBS[i % JOBS.length]!.job())),
  );
  const variants: { name: string; render: (job: ChartJob) => Promise<Buffer> }[] = [
    { name: 'this thread', render: (job) => renderer.render(chartJobConfig(job)) },
    { name: `pool of ${pool.size}`, render: async (job) => (await pool.render(job)).png },
  ];
  const figures = new Map(variants.map((v) => [v.name, [] as BurstFigures[]]));
  for (let round = 0; round < BURST_ROUNDS; round += 1) {
    for (const variant of round % 2 === 0 ? variants : [...variants].reverse()) {
      figures.get(variant.name)!.push(await burst(variant.render));
    }
  }
  const rss = process.memoryUsage().rss;
  await pool.close();

  console.log(
    `\n## Chart burst — ${BURST} charts asked for at once (week, month, goal in turn), ${BURST_ROUNDS} rounds, medians\n`,
  );
  console.log('| drawn on      | all done ms | event-loop delay p99 ms | event-loop delay max ms |');
  console.log('|---------------|-------------|-------------------------|-------------------------|');
  for (const [name, rounds] of figures) {
    const median = (pick: (f: BurstFigures) => number) => percentiles(rounds.map(pick)).median;
    const cells = [
      cell(name, 13),
      cell(
        median((f) => f.totalMs),
        11,
      ),
      cell(
        median((f) => f.p99Ms),
        23,
      ),
      cell(
        median((f) => f.maxMs),
        23,
      ),
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
  console.log(`\nRSS with the pool's ${pool.size} workers started: ${mb(rss).toFixed(1)} MB (whole process)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchCharts();
}
