import { DrizzleQueryError } from 'drizzle-orm';
import { GrammyError, HttpError } from 'grammy';
import type { BotContext } from '../context.js';

// The first error an update met, kept while the clean-up after it (the conversations' state write in a
// transaction that already failed) may throw another: the log and the decision name the first one.

const failures = new WeakMap<BotContext, unknown>();
const endedFlows = new WeakMap<BotContext, string[]>();

/** Keeps the first error this update met; a later one (a clean-up's 25P02) does not replace it. */
export function noteFailure(ctx: BotContext, error: unknown): void {
  if (!failures.has(ctx)) failures.set(ctx, error);
}

/** Whether this update already met an error: its transaction takes no more statements. */
export function updateFailed(ctx: BotContext): boolean {
  return failures.has(ctx);
}

/** The first error the update met, or `error` when none was noted. */
export function firstFailure(ctx: BotContext, error: unknown): unknown {
  return failures.has(ctx) ? failures.get(ctx) : error;
}

/** SQLSTATE classes of failures that pass: connection (08), rollback (40), resources (53, 58), shutdown (57). */
const PASSING_SQLSTATE = /^(08|40|53|57|58)/;
const PASSING_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * A failure that handling the update again later could get past: Telegram or the database unreachable, a
 * call aborted at shutdown, a serialization failure, Telegram's 429 or 5xx. Any other failure would repeat.
 */
export function isPassingFailure(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 6; e = e.cause, depth++) {
    if (e instanceof HttpError || e.name === 'AbortError') return true;
    if (e instanceof GrammyError) return e.error_code === 429 || e.error_code >= 500;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (PASSING_NODE_CODES.has(code) || /^[0-9A-Z]{5}$/.test(code)))
      return PASSING_NODE_CODES.has(code) || PASSING_SQLSTATE.test(code);
  }
  return false;
}

/** Records the flows ended because this update failed (their name keys). */
export function noteEndedFlows(ctx: BotContext, flows: string[]): void {
  endedFlows.set(ctx, flows);
}

/** The name keys of the flows this update's failure ended; empty when it ended none. */
export function flowsEndedByFailure(ctx: BotContext): string[] {
  return endedFlows.get(ctx) ?? [];
}

/** Whether a statement failed (a database error in the chain): its transaction takes no more statements. */
export function isStatementFailure(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 6; e = e.cause, depth++) {
    const { code, severity } = e as { code?: unknown; severity?: unknown };
    if (e instanceof DrizzleQueryError) return true;
    if (typeof severity === 'string' && typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return true;
  }
  return false;
}
