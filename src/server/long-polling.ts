import { setTimeout as sleep } from 'node:timers/promises';
import { type Api, BotError, GrammyError } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from '../logger.js';
import { apiSignal } from './api-signal.js';
import { describeApiError } from './describe-api-error.js';

type UpdateKind = Exclude<keyof Update, 'update_id'>;

export interface LongPollingOptions {
  /** A client without auto-retry: this loop handles getUpdates errors itself and must be abortable. */
  api: Api;
  handleUpdate: (update: Update) => Promise<void>;
  allowedUpdates: readonly UpdateKind[];
  logger: Logger;
  /** Seconds Telegram holds an empty getUpdates open (default 30). */
  timeoutSeconds?: number;
  /** Back-off after a failed getUpdates: first and longest wait (default 1 s and 30 s). */
  retry?: { firstMs: number; maxMs: number };
}

/** Telegram answered 409: another process polls this token, or a webhook is set. */
export class PollingConflictError extends Error {
  override name = 'PollingConflictError';
  readonly webhookActive: boolean;

  constructor(description: string) {
    super(description);
    this.webhookActive = /webhook/i.test(description);
  }
}

/**
 * Long polling that confirms only what was handled. Updates are handled one at a time, in order; the offset
 * of the next getUpdates (which is what confirms updates to Telegram) moves only past handled ones. stop()
 * aborts the pending long poll and lets the update in hand finish; the rest of its batch stays unconfirmed
 * and comes again on the next start. confirm() then tells Telegram about the last handled update.
 */
export class LongPolling {
  private readonly stopped = new AbortController();
  private lastHandled: number | undefined;
  /** The offset Telegram last received: updates below it are confirmed. */
  private sentOffset: number | undefined;
  private readonly timeoutSeconds: number;
  private readonly retry: { firstMs: number; maxMs: number };

  constructor(private readonly options: LongPollingOptions) {
    this.timeoutSeconds = options.timeoutSeconds ?? 30;
    this.retry = options.retry ?? { firstMs: 1000, maxMs: 30_000 };
  }

  get lastHandledUpdateId(): number | undefined {
    return this.lastHandled;
  }

  /**
   * Polls and handles updates until stop(); resolves once the update in hand is handled. Rejects with
   * PollingConflictError on 409 and with the GrammyError on 401 (a revoked token): retrying cannot help.
   */
  async run(): Promise<void> {
    let delayMs = this.retry.firstMs;
    while (!this.stopped.signal.aborted) {
      let updates: Update[];
      try {
        updates = await this.fetchUpdates();
        delayMs = this.retry.firstMs;
      } catch (error) {
        if (this.stopped.signal.aborted) return;
        if (error instanceof GrammyError && error.error_code === 409)
          throw new PollingConflictError(error.description);
        if (error instanceof GrammyError && error.error_code === 401) throw error;
        const retryAfter = error instanceof GrammyError ? error.parameters.retry_after : undefined;
        const waitMs = retryAfter !== undefined ? retryAfter * 1000 : delayMs;
        this.options.logger.warn(
          { reason: describeApiError(error), retry_in_ms: waitMs },
          'getUpdates failed; retrying',
        );
        delayMs = Math.min(this.retry.maxMs, delayMs * 2);
        await sleep(waitMs, undefined, { signal: this.stopped.signal }).catch(() => undefined);
        continue;
      }
      for (const update of updates) {
        if (this.stopped.signal.aborted) return;
        await this.handle(update);
        this.lastHandled = update.update_id;
      }
    }
  }

  /** Takes no more updates: aborts the pending long poll; the update in hand still finishes. */
  stop(): void {
    this.stopped.abort();
  }

  /** Confirms the updates handled since the last getUpdates (offset past the last handled, nothing fetched). */
  async confirm(signal?: AbortSignal): Promise<void> {
    if (this.lastHandled === undefined || this.sentOffset === this.lastHandled + 1) return;
    const offset = this.lastHandled + 1;
    await this.options.api.getUpdates({ offset, limit: 1, timeout: 0 }, signal && apiSignal(signal));
    this.sentOffset = offset;
  }

  private async fetchUpdates(): Promise<Update[]> {
    const offset = this.lastHandled === undefined ? undefined : this.lastHandled + 1;
    // The client's own timeout is minutes long: a silently dropped connection must not stall polling.
    const signal = apiSignal(this.stopped.signal, AbortSignal.timeout((this.timeoutSeconds + 15) * 1000));
    const updates = await this.options.api.getUpdates(
      {
        ...(offset !== undefined && { offset }),
        timeout: this.timeoutSeconds,
        allowed_updates: this.options.allowedUpdates,
      },
      signal,
    );
    this.sentOffset = offset;
    return updates;
  }

  private async handle(update: Update): Promise<void> {
    try {
      await this.options.handleUpdate(update);
    } catch (error) {
      // The bot's error boundary reports handler errors; this is a failure outside it. Skipping the update
      // (like grammY does) keeps one poisonous update from blocking every chat.
      const reason = describeApiError(error instanceof BotError ? error.error : error);
      this.options.logger.error(
        { update_id: update.update_id, reason },
        'update could not be handled; skipped',
      );
    }
  }
}
