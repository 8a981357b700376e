// One answered post as the bench saw it, and the figures of a window of them.
import type { StepKind } from './sessions.js';

/**
 * ok: answered 200 within 10 s, no error reply. timeout: not answered within 10 s (the bot then answers
 * 200 anyway, with the update still being handled) or not at all. non200: any other status or a failed
 * connection. errorReply: the bot sent the owner its "common-error" text. wrongAnswer: the owner did not
 * get what the step is for (no entry card to press Save on, or Save not answered "saved").
 */
export type Outcome = 'ok' | 'non200' | 'timeout' | 'errorReply' | 'wrongAnswer';

export const OUTCOME_ERRORS = ['non200', 'errorReply', 'timeout', 'wrongAnswer'] as const;

/** Chart updates render a PNG; every other update is a "text" update. */
export type LatencyClass = 'text' | 'chart';

export interface Sample {
  /** When the post was written, ms since the phase began. */
  at: number;
  /** Until its answer was read; NaN when nothing could be sent (a Save with no card to press). */
  ms: number;
  cls: LatencyClass;
  kind: StepKind | 'bare' | 'burst-chart';
  outcome: Outcome;
}

export interface Distribution {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface WindowFigures {
  seconds: number;
  sent: number;
  offeredPerS: number;
  handledPerS: number;
  text: Distribution;
  chart: Distribution;
  errors: Record<(typeof OUTCOME_ERRORS)[number], number>;
  errorTotal: number;
}

/** Nearest-rank percentiles (p99 of 50 samples is the largest but none). */
export function distribution(values: number[]): Distribution {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}

/**
 * Offered: posts sent per second of the window. Handled: posts answered ok or with an error reply (the bot
 * did handle them) per second, from the window's start (`startMs`, on the samples' clock) to its last answer
 * (≥ the window's length).
 */
export function windowFigures(samples: Sample[], seconds: number, startMs = 0): WindowFigures {
  const errors = { non200: 0, errorReply: 0, timeout: 0, wrongAnswer: 0 };
  let handled = 0;
  let lastAnswer = 0;
  for (const s of samples) {
    if (s.outcome !== 'ok') errors[s.outcome] += 1;
    if (s.outcome === 'ok' || s.outcome === 'errorReply' || s.outcome === 'wrongAnswer') handled += 1;
    if (!Number.isNaN(s.ms)) lastAnswer = Math.max(lastAnswer, s.at + s.ms);
  }
  const sent = samples.filter((s) => !Number.isNaN(s.ms)).length;
  const span = Math.max(seconds, (lastAnswer - startMs) / 1000);
  return {
    seconds,
    sent,
    offeredPerS: sent / seconds,
    handledPerS: handled / span,
    text: distribution(samples.filter((s) => s.cls === 'text').map((s) => s.ms)),
    chart: distribution(samples.filter((s) => s.cls === 'chart').map((s) => s.ms)),
    errors,
    errorTotal: errors.non200 + errors.errorReply + errors.timeout + errors.wrongAnswer,
  };
}

/** Held: text p99 under 100 ms and not one error. */
export function held(figures: WindowFigures): boolean {
  return figures.text.n > 0 && figures.text.p99 < 100 && figures.errorTotal === 0;
}

/** Least-squares slope of y over x. */
export function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const mx = points.reduce((a, p) => a + p.x, 0) / n;
  const my = points.reduce((a, p) => a + p.y, 0) / n;
  const sxy = points.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0);
  const sxx = points.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  return sxx === 0 ? Number.NaN : sxy / sxx;
}

/** p50 / p99 of each kind of update, for finding where the time goes. */
export function kindsLine(samples: Sample[]): string {
  const kinds = [...new Set(samples.map((s) => s.kind))];
  return kinds
    .map((kind) => {
      const d = distribution(samples.filter((s) => s.kind === kind).map((s) => s.ms));
      return `${kind} ${d.n}× ${d.p50.toFixed(0)}/${d.p99.toFixed(0)}`;
    })
    .join(' · ');
}
