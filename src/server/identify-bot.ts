import { setTimeout as sleep } from 'node:timers/promises';
import { type Api, GrammyError } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Logger } from '../logger.js';
import { apiSignal } from './api-signal.js';
import { describeApiError } from './describe-api-error.js';

export interface IdentifyOptions {
  /** A client without retries, so each failure is seen (and logged) here. */
  api: Api;
  logger: Logger;
  /** The Bot API server being waited for, for the log (never the token). */
  apiRoot: string;
  /** Ends the wait (shutdown): resolves undefined. */
  signal: AbortSignal;
  /** Back-off between attempts: first and longest wait (default 500 ms and 30 s). */
  retry?: { firstMs: number; maxMs: number };
  /** Bound of one getMe attempt (default 10 s): an unanswered connection must not stall start-up. */
  attemptTimeoutMs?: number;
}

/**
 * getMe until the Bot API answers, logging each failure and the next attempt, with back-off. A 401 (the
 * token was revoked or mistyped) throws: waiting cannot help.
 */
export async function identifyBot(options: IdentifyOptions): Promise<UserFromGetMe | undefined> {
  const { api, logger, signal } = options;
  const retry = options.retry ?? { firstMs: 500, maxMs: 30_000 };
  let delayMs = retry.firstMs;
  for (let attempt = 1; !signal.aborted; attempt++) {
    try {
      return await api.getMe(apiSignal(signal, AbortSignal.timeout(options.attemptTimeoutMs ?? 10_000)));
    } catch (error) {
      if (signal.aborted) return undefined;
      if (error instanceof GrammyError && error.error_code === 401) {
        throw new Error('Telegram refused the bot token (401 Unauthorized): check BOT_TOKEN', {
          cause: error,
        });
      }
      logger.warn(
        { api_root: options.apiRoot, attempt, retry_in_ms: delayMs, reason: describeApiError(error) },
        'waiting for the Telegram Bot API: getMe failed, will retry',
      );
      await sleep(delayMs, undefined, { signal }).catch(() => undefined);
      delayMs = Math.min(retry.maxMs, delayMs * 2);
    }
  }
  return undefined;
}
