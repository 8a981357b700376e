// A real evening, as a soak benchmark (`npm run bench:evening`; not in CI, not in `npm run bench`): the bot
// started as in production (dist/src/main.js in a child process, webhook mode, PostgreSQL, a Bot API
// stand-in over HTTP in this process) and driven by owners posting updates on an open-loop schedule that
// ramps up; then a burst of charts, then a soak at 85 updates/s. A bare grammY webhook bot (one upsert,
// one reply per update) takes the same ramp in the same run, for the ratio of sustainable rates.
//
// Knobs: EVENING_STEP_S (seconds per step, default 20), EVENING_SOAK_S (default 600), EVENING_SHOPS (owners
// seeded, default 10000), EVENING_RATES (the steps), EVENING_BOT_DIR (the repository whose built
// dist/src/main.js runs: default this one), EVENING_JOBS=1 (reminders and weekly pushes on),
// EVENING_LOG_LEVEL (the bot's, default info), EVENING_CPU_PROF (a directory: our bot writes a V8 CPU profile
// there when it stops, for `--cpu-prof`'s usual tools), BENCH_DATABASE_URL (the PostgreSQL server; a new database
// BENCH_DB_NAME, default shoppulse_bench_evening, is made on it).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BotApiHttp } from '../src/dev/bot-api-http.js';
import { projectRoot } from '../src/paths.js';
import { BotChild } from './evening/bot-child.js';
import { ChatWatch, readBotTexts } from './evening/chats.js';
import {
  distribution,
  held,
  kindsLine,
  slope,
  type WindowFigures,
  windowFigures,
} from './evening/figures.js';
import { type PhaseResult, runPhase } from './evening/phase.js';
import { WebhookPoster } from './evening/poster.js';
import { createBenchDatabase, seedOwners } from './evening/seed.js';
import { SHARE, seededRandom } from './evening/sessions.js';
import {
  distributionLine,
  errorCell,
  goal,
  mb,
  memoryLine,
  rampHeader,
  rampRow,
  soakHeader,
  soakRow,
} from './evening/tables.js';
import { BareTraffic, EveningTraffic, Recorder, type Traffic } from './evening/traffic.js';

/** EVENING_RATES (a comma-separated list) replaces the steps, for a development run. */
const RATES = (process.env.EVENING_RATES ?? '25,50,85,120,170,250,350').split(',').map(Number);
if (RATES.some((rate) => !(rate > 0))) throw new Error('EVENING_RATES must list positive numbers');
const GOAL_RATE = 85;
const BURST_CHARTS = 50;
const BURST_AFTER_MS = 3000;

function numberFrom(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

const STEP_S = numberFrom('EVENING_STEP_S', 20);
const SOAK_S = numberFrom('EVENING_SOAK_S', 600);
const SHOPS = numberFrom('EVENING_SHOPS', 10_000);
const WARMUP_S = Math.min(10, STEP_S);
// Below the first step, so the ramp does not start with a backlog.
const WARMUP_RATE = Math.min(10, RATES[0]! / 2);
/** After a phase with timeouts, updates the bot abandoned may still hold its connections for a while. */
const QUIET_AFTER_TIMEOUTS_MS = 15_000;
// The full run prints the soak minute by minute; a short one in six windows.
const SOAK_WINDOW_S = SOAK_S >= 360 ? 60 : Math.max(5, Math.round(SOAK_S / 6));
const BOT_DIR = resolve(process.env.EVENING_BOT_DIR ?? projectRoot);
const BARE_ENTRY = fileURLToPath(new URL('./evening/bare-bot.js', import.meta.url));

interface StepOutcome {
  rate: number;
  figures: WindowFigures;
  held: boolean;
}

function describeCommit(dir: string): string {
  try {
    const commit = execFileSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
    }).trim();
    const changed = execFileSync('git', ['-C', dir, 'status', '--porcelain', '--untracked-files=no'], {
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean).length;
    return changed ? `${commit} + ${changed} changed files (working tree)` : commit;
  } catch {
    return 'unknown commit';
  }
}

/** Past holding: answers fall behind the arrivals, time out, or take over a second. */
function overloaded(f: WindowFigures): boolean {
  return f.handledPerS < 0.9 * f.offeredPerS || f.errors.timeout > 0 || f.text.p99 > 1000;
}

function printLogCounts(child: BotChild): void {
  for (const [message, count] of child.takeLogCounts()) console.log(`  bot logged ${count}× ${message}`);
}

function phaseNotes(result: PhaseResult): void {
  const notes = [];
  if (result.noOwner > 0) notes.push(`${result.noOwner} arrivals found no idle owner`);
  if (result.sendLagP99 > 20)
    notes.push(`arrivals sent late by up to ${result.sendLagP99.toFixed(0)} ms (p99)`);
  if (result.drainMs > 2000) notes.push(`answers still out took ${(result.drainMs / 1000).toFixed(1)} s`);
  if (notes.length) console.log(`  (${notes.join('; ')})`);
}

function cpuLine(result: PhaseResult): string {
  return `CPU over the phase: bot ${result.botCpuPercent.toFixed(0)} % of a core, bench (load and stand-in) ${result.benchCpuPercent.toFixed(0)} %`;
}

/** Ramps the rate step by step; stops after the first step the bot is overloaded at. */
async function ramp(
  traffic: Traffic,
  recorder: Recorder,
  child: BotChild,
  withCharts: boolean,
  seed: number,
): Promise<StepOutcome[]> {
  const warmup = await runPhase(traffic, recorder, child, {
    rate: WARMUP_RATE,
    seconds: WARMUP_S,
    random: seededRandom(seed),
    quietAfterTimeoutsMs: QUIET_AFTER_TIMEOUTS_MS,
  });
  const warm = windowFigures(warmup.samples, warmup.seconds);
  console.log(
    `warm-up ${WARMUP_S} s at ${WARMUP_RATE}/s (not counted): ${warm.sent} updates, text p99 ${warm.text.p99.toFixed(0)} ms, errors ${errorCell(warm)}`,
  );
  printLogCounts(child);
  console.log(memoryLine('bot at the start of the ramp', warmup.windows.at(-1)!));
  console.log(`\n${rampHeader(withCharts)}`);
  const steps: StepOutcome[] = [];
  let last = warmup.windows.at(-1)!;
  for (const [i, rate] of RATES.entries()) {
    const result = await runPhase(traffic, recorder, child, {
      rate,
      seconds: STEP_S,
      random: seededRandom(seed + 1 + i),
      quietAfterTimeoutsMs: QUIET_AFTER_TIMEOUTS_MS,
    });
    const figures = windowFigures(result.samples, result.seconds);
    const ok = held(figures);
    last = result.windows.at(-1)!;
    steps.push({ rate, figures, held: ok });
    console.log(rampRow(rate, figures, last, withCharts, ok, result));
    if (withCharts) console.log(`  p50/p99 ms by kind: ${kindsLine(result.samples)}`);
    phaseNotes(result);
    printLogCounts(child);
    if (overloaded(figures)) {
      const skipped = RATES.slice(i + 1);
      if (skipped.length) console.log(`(steps ${skipped.join(', ')} not run: overloaded at ${rate}/s)`);
      break;
    }
  }
  console.log(memoryLine('\nbot at the end of the ramp', last));
  return steps;
}

function highestHeld(steps: StepOutcome[]): number {
  let best = 0;
  for (const step of steps) {
    if (!step.held) break;
    best = step.rate;
  }
  return best;
}

async function burst(traffic: EveningTraffic, recorder: Recorder, child: BotChild): Promise<boolean> {
  const seconds = Math.max(10, STEP_S);
  console.log(
    `\n## Burst: ${BURST_CHARTS} /chart at once, ${BURST_AFTER_MS / 1000} s into ${seconds} s of ${GOAL_RATE} updates/s`,
  );
  const result = await runPhase(traffic, recorder, child, {
    rate: GOAL_RATE,
    seconds,
    random: seededRandom(900),
    quietAfterTimeoutsMs: QUIET_AFTER_TIMEOUTS_MS,
    event: { afterMs: BURST_AFTER_MS, run: () => traffic.burstCharts(BURST_CHARTS) },
  });
  const charts = result.samples.filter((s) => s.kind === 'burst-chart');
  if (charts.length === 0) {
    console.log('no owner was idle to send the burst');
    return false;
  }
  const burstAt = Math.min(...charts.map((s) => s.at));
  const burstEnd = Math.max(...charts.map((s) => s.at + s.ms));
  const others = result.samples.filter((s) => s.kind !== 'burst-chart');
  const during = others.filter((s) => s.at >= burstAt && s.at <= burstEnd);
  const duringFigures = windowFigures(during, (burstEnd - burstAt) / 1000, burstAt);
  console.log(distributionLine('burst charts', distribution(charts.map((s) => s.ms))));
  console.log(
    `burst charts answered ok: ${charts.filter((s) => s.outcome === 'ok').length} of ${charts.length}; the last after ${((burstEnd - burstAt) / 1000).toFixed(1)} s`,
  );
  const text = (from: number, to: number) =>
    distribution(others.filter((s) => s.cls === 'text' && s.at >= from && s.at < to).map((s) => s.ms));
  console.log(distributionLine('text updates before the burst', text(0, burstAt)));
  console.log(distributionLine('text updates while the burst was out', duringFigures.text));
  console.log(distributionLine('text updates after it', text(burstEnd, Number.POSITIVE_INFINITY)));
  console.log(`errors while the burst was out: ${errorCell(duringFigures)}`);
  console.log(
    `bot loop delay p99 over the phase ${result.windows.at(-1)!.loopDelay.p99.toFixed(0)} ms, max ${result.windows.at(-1)!.loopDelay.max.toFixed(0)} ms; ${cpuLine(result)}`,
  );
  phaseNotes(result);
  printLogCounts(child);
  return duringFigures.text.n > 0 && duringFigures.text.p99 < 100;
}

async function soak(
  traffic: EveningTraffic,
  recorder: Recorder,
  child: BotChild,
): Promise<{ flat: boolean; p99: number; errors: number }> {
  console.log(`\n## Soak: ${SOAK_S} s at ${GOAL_RATE} updates/s, the same evening mix`);
  const result = await runPhase(traffic, recorder, child, {
    rate: GOAL_RATE,
    seconds: SOAK_S,
    windowSeconds: SOAK_WINDOW_S,
    random: seededRandom(1000),
    collectEachWindow: true,
  });
  console.log(memoryLine('bot at the start of the soak', result.start));
  console.log(`\n${soakHeader()}`);
  const windowMs = SOAK_WINDOW_S * 1000;
  const points: { x: number; y: number }[] = [];
  for (const [i, stats] of result.windows.entries()) {
    const lastWindow = i === result.windows.length - 1;
    const samples = result.samples.filter((s) => {
      const w = Math.floor(s.at / windowMs);
      return lastWindow ? w >= i : w === i;
    });
    const until = Math.min(SOAK_S, (i + 1) * SOAK_WINDOW_S);
    const seconds = until - i * SOAK_WINDOW_S;
    console.log(soakRow(until, windowFigures(samples, seconds, i * windowMs), stats));
    points.push({ x: until / 60, y: stats.rss / 1024 / 1024 });
  }
  const all = windowFigures(result.samples, result.seconds);
  console.log(`\nwhole soak: text ${distributionLine('', all.text).slice(2)}; errors ${errorCell(all)}`);
  console.log(`p50/p99 ms by kind: ${kindsLine(result.samples)}`);
  console.log(cpuLine(result));
  phaseNotes(result);
  printLogCounts(child);
  const reference = result.windows[0]!.rss;
  const end = result.windows.at(-1)!.rss;
  const growth = (end - reference) / reference;
  console.log(memoryLine('bot at the end of the soak', result.windows.at(-1)!));
  console.log(
    `RSS after the first ${SOAK_WINDOW_S} s ${mb(reference)} MB → end ${mb(end)} MB: ${(growth * 100).toFixed(1)} %; heap used ${mb(result.windows[0]!.heapUsed)} → ${mb(result.windows.at(-1)!.heapUsed)} MB; RSS slope ${slope(points).toFixed(2)} MB/min (least squares over the windows)`,
  );
  console.log(
    `criterion: flat when the end RSS is less than 10 % above the RSS after the first ${SOAK_WINDOW_S} s, each read after a full collection in the bot${SOAK_S < 600 ? ` (a ${SOAK_S} s soak can only hint at a leak)` : ''}`,
  );
  return { flat: growth < 0.1, p99: all.text.p99, errors: all.errorTotal };
}

async function main(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
  if (adminUrl === 'pglite')
    throw new Error('the evening bench needs PostgreSQL (the bot runs in another process)');
  const database = await createBenchDatabase(
    adminUrl,
    process.env.BENCH_DB_NAME ?? 'shoppulse_bench_evening',
  );
  const api = await BotApiHttp.start({ recordRequests: false });
  const watch = new ChatWatch(api.standIn, readBotTexts(BOT_DIR));
  const secret = `evening-${randomBytes(12).toString('hex')}`;
  const botEnv = {
    BOT_TOKEN: api.token,
    TELEGRAM_API_ROOT: api.apiRoot,
    DATABASE_URL: database.url,
    WEBHOOK_SECRET: secret,
  };

  console.log(`\n## An evening of ShopPulse — PostgreSQL ${database.version}, webhook mode, child processes`);
  console.log(`bot: ${join(BOT_DIR, 'dist/src/main.js')} at ${describeCommit(BOT_DIR)}`);
  console.log(
    `machine: ${cpus().length} cores, shared with other work (load average ${loadavg()[0]!.toFixed(2)} at the start); Node ${process.version}`,
  );
  console.log(
    `traffic: Poisson arrivals; each owner a quick entry + Save, also /week ${SHARE.week * 100} %, /chart ${SHARE.chart * 100} %, guided /today ${SHARE.today * 100} %; steps ${RATES.join(', ')} updates/s × ${STEP_S} s`,
  );
  console.log(
    'errors: non-200 / error reply ("common-error") / timeout (not answered within 10 s) / wrong answer (no card to Save, Save not confirmed)',
  );
  console.log('held: text p99 < 100 ms and no error\n');

  const ours = await BotChild.start({
    entry: join(BOT_DIR, 'dist/src/main.js'),
    cwd: BOT_DIR,
    // --expose-gc: the soak reads memory after a full collection at the end of each window.
    nodeArgs: [
      '--expose-gc',
      ...(process.env.EVENING_CPU_PROF
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.EVENING_CPU_PROF}`]
        : []),
    ],
    env: {
      ...botEnv,
      WEBHOOK_URL: 'https://evening.bench.invalid',
      LOG_LEVEL: process.env.EVENING_LOG_LEVEL ?? 'info',
      DEFAULT_TIMEZONE: 'Asia/Ho_Chi_Minh',
    },
    readyLog: 'webhook set',
  });
  const seeding = performance.now();
  const bareShopId = await seedOwners(database.url, { shops: SHOPS, jobs: process.env.EVENING_JOBS === '1' });
  console.log(
    `seeded ${SHOPS.toLocaleString('en')} onboarded owners with 8 weeks of history in ${((performance.now() - seeding) / 1000).toFixed(1)} s (reminders and weekly pushes ${process.env.EVENING_JOBS === '1' ? 'on' : 'off'})`,
  );
  printLogCounts(ours);

  const recorder = new Recorder();
  let oursSteps: StepOutcome[];
  let burstMet: boolean;
  let soakResult: Awaited<ReturnType<typeof soak>>;
  const poster = new WebhookPoster(ours.webhookUrl, secret);
  try {
    const traffic = new EveningTraffic(
      { standIn: api.standIn, watch, poster, recorder, random: seededRandom(7) },
      SHOPS,
    );
    console.log('\n## Ramp: ShopPulse');
    oursSteps = await ramp(traffic, recorder, ours, true, 100);
    burstMet = await burst(traffic, recorder, ours);
    soakResult = await soak(traffic, recorder, ours);
  } finally {
    poster.close();
    const code = await ours.stop();
    console.log(`\nShopPulse stopped (exit code ${code})`);
    printLogCounts(ours);
  }

  const bare = await BotChild.start({
    entry: BARE_ENTRY,
    cwd: projectRoot,
    env: { ...botEnv, BARE_SHOP_ID: bareShopId },
    readyLog: 'webhook set',
  });
  let bareSteps: StepOutcome[];
  const barePoster = new WebhookPoster(bare.webhookUrl, secret);
  try {
    const traffic = new BareTraffic({ standIn: api.standIn, watch, poster: barePoster, recorder }, SHOPS);
    console.log('\n## Ramp: bare grammY webhook bot (one upsert, one reply per update; text messages only)');
    bareSteps = await ramp(traffic, recorder, bare, false, 100);
  } finally {
    barePoster.close();
    await bare.stop();
    watch.close();
    await api.close();
  }

  const atGoal = oursSteps.find((s) => s.rate === GOAL_RATE);
  const oursBest = highestHeld(oursSteps);
  const bareBest = highestHeld(bareSteps);
  console.log('\n## Goals');
  console.log(
    goal(
      `at ${GOAL_RATE} updates/s, text p99 < 100 ms and no error (${atGoal ? `p99 ${atGoal.figures.text.p99.toFixed(0)} ms, errors ${errorCell(atGoal.figures)}` : 'step not run: overloaded below it'})`,
      atGoal ? atGoal.held : false,
    ),
  );
  console.log(
    goal(
      `highest step held ≥ half the bare bot's (ShopPulse ${oursBest}/s, bare ${bareBest}/s, ratio ${bareBest ? (oursBest / bareBest).toFixed(2) : '–'})`,
      bareBest ? oursBest >= bareBest / 2 : undefined,
    ),
  );
  console.log(goal(`${BURST_CHARTS} charts at once keep text p99 < 100 ms`, burstMet));
  console.log(
    goal(
      `RSS flat over ${SOAK_S} s at ${GOAL_RATE}/s (< 10 % growth, each measured after a full collection)`,
      soakResult.flat,
    ),
  );
  console.log(
    `(the soak itself: text p99 ${soakResult.p99.toFixed(0)} ms, ${soakResult.errors} errors; machine load average ${loadavg()[0]!.toFixed(2)} at the end)`,
  );
}

await main();
process.exit(0);
