import { randomBytes } from 'node:crypto';
import type { BotDeps } from '../context.js';

// When this bot instance started (epoch ms, sub-millisecond). A flow records the instant it asks a question;
// an answer to a question asked before the instance handling it started is an answer across a restart.
// Another instance that was already running when the question was asked (several instances on one
// database) is not a restart, and says nothing about it. The open question itself lives in the chat's
// conversation state, in the database.

const starts = new WeakMap<BotDeps, number>();

function preciseNow(): number {
  return performance.timeOrigin + performance.now();
}

/** Marks the start of a bot instance built on `deps`; called once when the bot is created. */
export function markInstanceStart(deps: BotDeps): void {
  if (!starts.has(deps)) starts.set(deps, preciseNow());
}

/** The instant a question is asked, to be recorded with the flow's state. */
export function questionAskedAt(): number {
  return preciseNow();
}

/**
 * Whether a question recorded as asked at `askedAt` was asked before this instance started (a recorded
 * value that is not a number cannot be placed, so it counts as asked before).
 */
export function askedBeforeStart(deps: BotDeps, askedAt: unknown): boolean {
  markInstanceStart(deps);
  return typeof askedAt !== 'number' || askedAt < (starts.get(deps) ?? 0);
}

/** A token for one offer button: 8 lower-case letters and digits. */
export function offerToken(): string {
  return randomBytes(6).readUIntBE(0, 6).toString(36).padStart(8, '0').slice(-8);
}
