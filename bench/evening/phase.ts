// One phase of load: arrivals on a schedule (Poisson, open loop: nothing waits for answers) at a given
// rate for a given time, then a wait for the answers still out. The bot's event-loop delay and memory are
// read from the child at the start, at each window's end and after the wait.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { BotChild } from './bot-child.js';
import type { StatsReply } from './child-stats-protocol.js';
import { distribution, type Sample } from './figures.js';
import type { Recorder, Traffic } from './traffic.js';

export interface PhaseOptions {
  rate: number;
  seconds: number;
  /** Child stats every this many seconds (default: once, at the end). */
  windowSeconds?: number;
  /** Called once, this many ms after the phase starts. */
  event?: { afterMs: number; run: () => void };
  random: () => number;
  /** After the answers are back, a pause this long when any post timed out (the bot's backlog clears). */
  quietAfterTimeoutsMs?: number;
  /**
   * Each window's memory is read after a full garbage collection in the bot (one short pause a window), so
   * windows compare what is still referenced: the leak test.
   */
  collectEachWindow?: boolean;
}

export interface PhaseResult {
  samples: Sample[];
  seconds: number;
  /** The child's stats when the phase began. */
  start: StatsReply;
  /** One per window, each with the loop delay of that window; the last one ends after the wait. */
  windows: StatsReply[];
  /** Arrivals sent late by the bench's own event loop, ms (p99). */
  sendLagP99: number;
  /** The bench process's own event-loop delay p99, ms: high values make every latency suspect. */
  benchLoopP99: number;
  /** CPU used over the phase (the wait included), as % of one core: the bot's and the bench's own. */
  botCpuPercent: number;
  benchCpuPercent: number;
  noOwner: number;
  /** How long the answers still out at the end took to come back, ms (capped). */
  drainMs: number;
}

const DRAIN_LIMIT_MS = 60_000;
const benchLoop = monitorEventLoopDelay({ resolution: 10 });
benchLoop.enable();

export async function runPhase(
  traffic: Traffic,
  recorder: Recorder,
  child: BotChild,
  options: PhaseOptions,
): Promise<PhaseResult> {
  const start = await child.stats(true);
  const startedAt = performance.now();
  const benchCpu = process.cpuUsage();
  benchLoop.reset();
  const samples = recorder.begin();
  const windows: StatsReply[] = [];
  const pending: Promise<void>[] = [];
  const lags = await arrivals(
    options,
    () => traffic.arrive(),
    () => {
      pending.push(child.stats(true, options.collectEachWindow).then((s) => void windows.push(s)));
    },
  );
  await Promise.all(pending);
  const drainStarted = performance.now();
  while (traffic.inFlight > 0 && performance.now() - drainStarted < DRAIN_LIMIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const drainMs = performance.now() - drainStarted;
  // The last window ends after the wait for the answers still out.
  windows.push(await child.stats(true, options.collectEachWindow));
  const wallMicros = (performance.now() - startedAt) * 1000;
  const benchUsed = process.cpuUsage(benchCpu);
  // Outside every figure: a pause for the bot's backlog, when this phase left one.
  if (options.quietAfterTimeoutsMs && samples.some((s) => s.outcome === 'timeout')) {
    await new Promise((resolve) => setTimeout(resolve, options.quietAfterTimeoutsMs));
  }
  return {
    samples,
    seconds: options.seconds,
    start,
    windows,
    sendLagP99: distribution(lags).p99,
    benchLoopP99: benchLoop.percentile(99) / 1e6,
    botCpuPercent: ((windows.at(-1)!.cpuMicros - start.cpuMicros) / wallMicros) * 100,
    benchCpuPercent: ((benchUsed.user + benchUsed.system) / wallMicros) * 100,
    noOwner: recorder.noOwner,
    drainMs,
  };
}

/**
 * Calls `arrive` at Poisson arrival times of `rate` per second for `seconds`, and `windowEnds` at each
 * window boundary before the end; returns each arrival's lateness.
 */
function arrivals(options: PhaseOptions, arrive: () => void, windowEnds: () => void): Promise<number[]> {
  const { rate, seconds, random, event } = options;
  const gap = () => (-Math.log(1 - random()) / rate) * 1000;
  const started = performance.now();
  const end = started + seconds * 1000;
  let next = started + gap();
  let eventDue = event ? started + event.afterMs : Number.POSITIVE_INFINITY;
  const windowMs = (options.windowSeconds ?? seconds) * 1000;
  let windowDue = started + windowMs;
  const lags: number[] = [];
  return new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      if (event && eventDue <= now) {
        eventDue = Number.POSITIVE_INFINITY;
        event.run();
      }
      if (windowDue <= now && windowDue < end) {
        windowDue += windowMs;
        windowEnds();
      }
      while (next <= now && next < end) {
        lags.push(now - next);
        arrive();
        next += gap();
      }
      if (next >= end) {
        resolve(lags);
        return;
      }
      setTimeout(tick, Math.max(0, Math.min(next, eventDue, windowDue) - performance.now()));
    };
    tick();
  });
}
