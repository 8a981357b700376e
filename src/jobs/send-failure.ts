import { GrammyError, HttpError } from 'grammy';
import { summarizeError } from '../logging/safe-error.js';

/** Waits before retrying a failed send, by attempt number (1 = the first send failed). */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 15 * 60_000] as const;

/** First send plus one retry per delay. */
export const MAX_SEND_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** When a job that failed on attempt `attempts` may be tried again; null when it is out of attempts. */
export function nextAttemptAfter(attempts: number, failedAt: Date): Date | null {
  const delay = RETRY_DELAYS_MS[attempts - 1];
  return delay === undefined ? null : new Date(failedAt.getTime() + delay);
}

/** A failure to try again later: when (null: out of attempts), and why, fit for the claim and the logs. */
export interface Retry {
  reason: string;
  nextAttemptAt: Date | null;
}

/**
 * The retry of a job that failed on attempt `attempts` at `failedAt`: after the backoff delay, or after
 * Telegram's `retry_after` when that is later.
 */
export function retryOf(cause: unknown, attempts: number, failedAt: Date): Retry {
  let nextAttemptAt = nextAttemptAfter(attempts, failedAt);
  const retryAfter = cause instanceof GrammyError ? cause.parameters.retry_after : undefined;
  if (nextAttemptAt && retryAfter !== undefined) {
    nextAttemptAt = new Date(Math.max(nextAttemptAt.getTime(), failedAt.getTime() + retryAfter * 1000));
  }
  return { reason: describeError(cause), nextAttemptAt };
}

/** What to do about a message Telegram did not take. */
export type SendFailure =
  /** The user blocked the bot (or the account is gone): no retry, and no more jobs until they come back. */
  | { action: 'turn-off'; reason: string; error: GrammyError }
  /** Telegram refused the request itself (chat not found, bad markup…): sending it again changes nothing. */
  | { action: 'give-up'; reason: string; error: GrammyError }
  | ({ action: 'retry' } & Retry);

export function judgeSendFailure(cause: unknown, attempts: number, failedAt: Date): SendFailure {
  if (cause instanceof GrammyError && cause.error_code === 403) {
    return { action: 'turn-off', reason: `blocked: ${cause.description}`, error: cause };
  }
  if (cause instanceof GrammyError && cause.error_code === 400) {
    return { action: 'give-up', reason: `rejected: ${cause.description}`, error: cause };
  }
  return { action: 'retry', ...retryOf(cause, attempts, failedAt) };
}

function describeError(error: unknown): string {
  if (error instanceof GrammyError) return `${error.method}: ${error.error_code} ${error.description}`;
  if (error instanceof HttpError) return `network: ${error.message}`;
  // Never a database error's message: it quotes the values (it is logged and stored as the claim's error).
  return summarizeError(error);
}
