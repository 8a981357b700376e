// Not grammY's bot.start(): it handles one update at a time for every chat, and its stop() confirms the
// update in hand (offset = last tried + 1) before that is handled. Nor @grammyjs/runner's run(): its next
// getUpdates moves the offset past every update it fetched (last update_id + 1), handled or not, so a crash
// or the shutdown's cut-off loses those in hand; it cannot give them up at the bound nor confirm only the
// handled ones at the end, and keeps no per-chat order of its own (its sequentialize middleware sits in the
// bot, so an update waiting for its chat still starts after stop()).
import { setTimeout as sleep } from 'node:timers/promises';
import { type Api, BotError, GrammyError } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from '../logger.js';
import { apiSignal } from './api-signal.js';
import { ChatLanes, chatOf } from './chat-lanes.js';
import { describeApiError } from './describe-api-error.js';

type UpdateKind = Exclude<keyof Update, 'update_id'>;

export interface LongPollingOptions {
  /** A client without retries: this loop handles getUpdates errors itself and must be abortable. */
  api: Api;
  handleUpdate: (update: Update) => Promise<void>;
  allowedUpdates: readonly UpdateKind[];
  logger: Logger;
  /** Seconds Telegram holds an empty getUpdates open (default 30). */
  timeoutSeconds?: number;
  /** Back-off after a failed getUpdates: first and longest wait (default 1 s and 30 s). */
  retry?: { firstMs: number; maxMs: number };
  /** At most this many updates taken and not handled yet, 1 to 100 (default 100). */
  maxInFlight?: number;
  /** While updates are in flight, how often Telegram is asked for new ones (default 500 ms). */
  busyPollMs?: number;
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
 * Long polling that confirms only what was handled. Updates of different chats are handled concurrently,
 * those of one chat one after another in Telegram's order, across batches too. The offset of each
 * getUpdates (which is what confirms updates to Telegram) is the watermark: the lowest update taken and not
 * handled yet, so a crash loses nothing; Telegram then returns the unconfirmed ones again, and those in
 * flight or handled are skipped. getUpdates returns at most `maxInFlight` updates from the watermark on,
 * which bounds the updates in flight; while some are, the next getUpdates waits for the watermark to move,
 * or `busyPollMs` when the window is not full (Telegram answers at once while there are unconfirmed
 * updates, so a long poll is not possible then). stop() aborts the pending long poll, starts no update
 * and lets those being handled finish; confirm() then tells Telegram the watermark.
 */
export class LongPolling {
  private readonly stopped = new AbortController();
  /** Set by abandon(): updates that end from now on are not recorded as handled. */
  private abandoned = false;
  /** Taken and not handled yet: being handled, or waiting for an earlier update of their chat. */
  private readonly unhandled = new Set<number>();
  /** Handled, at or above the watermark: Telegram may return them again. */
  private readonly handledAbove = new Set<number>();
  private highestTaken: number | undefined;
  /** A chat's next update waits for the ones taken before it. */
  private readonly lanes = new ChatLanes();
  private readonly tasks = new Set<Promise<void>>();
  /** The offset Telegram last received: updates below it are confirmed. */
  private sentOffset: number | undefined;
  private wakeOnAdvance: (() => void) | undefined;
  private readonly timeoutSeconds: number;
  private readonly retry: { firstMs: number; maxMs: number };
  private readonly limit: number;
  private readonly busyPollMs: number;

  constructor(private readonly options: LongPollingOptions) {
    this.timeoutSeconds = options.timeoutSeconds ?? 30;
    this.retry = options.retry ?? { firstMs: 1000, maxMs: 30_000 };
    this.limit = Math.min(100, Math.max(1, options.maxInFlight ?? 100));
    this.busyPollMs = options.busyPollMs ?? 500;
  }

  /** The lowest update not handled yet (every one below it is handled); undefined before the first. */
  get watermark(): number | undefined {
    if (this.highestTaken === undefined) return undefined;
    let lowest = this.highestTaken + 1;
    for (const id of this.unhandled) if (id < lowest) lowest = id;
    return lowest;
  }

  get inFlightCount(): number {
    return this.unhandled.size;
  }

  /**
   * Polls and handles updates until stop(); resolves once the updates being handled are. Rejects with
   * PollingConflictError on 409 and with the GrammyError on 401 (a revoked token), also once those are
   * handled: retrying cannot help.
   */
  async run(): Promise<void> {
    try {
      await this.poll();
    } catch (error) {
      this.stopped.abort();
      await this.settled();
      throw error;
    }
    await this.settled();
  }

  /** Takes no more updates: aborts the pending long poll; the updates being handled still finish. */
  stop(): void {
    this.stopped.abort();
  }

  /**
   * Gives up the updates being handled (the shutdown's bound passed, their work is cut off): whatever they
   * end as, none is recorded as handled, so the watermark stays and confirm() leaves them for Telegram to
   * deliver again.
   */
  abandon(): void {
    this.stop();
    this.abandoned = true;
  }

  /** Tells Telegram the watermark (offset of the lowest update not handled, nothing fetched). */
  async confirm(signal?: AbortSignal): Promise<void> {
    const offset = this.watermark;
    if (offset === undefined || this.sentOffset === offset) return;
    await this.options.api.getUpdates({ offset, limit: 1, timeout: 0 }, signal && apiSignal(signal));
    this.sentOffset = offset;
  }

  private async poll(): Promise<void> {
    let delayMs = this.retry.firstMs;
    while (!this.stopped.signal.aborted) {
      const offset = this.watermark;
      let updates: Update[];
      try {
        updates = await this.fetchUpdates(offset);
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
      if (this.stopped.signal.aborted) return;
      for (const update of updates) this.take(update);
      // A watermark that moved while getUpdates was pending slid the window already: poll at once.
      const slid = this.watermark !== (offset ?? updates[0]?.update_id);
      if (this.unhandled.size > 0 && !slid) await this.untilWorthPolling(updates.length >= this.limit);
    }
  }

  private async fetchUpdates(offset: number | undefined): Promise<Update[]> {
    // The client's own timeout is minutes long: a silently dropped connection must not stall polling.
    const signal = apiSignal(this.stopped.signal, AbortSignal.timeout((this.timeoutSeconds + 15) * 1000));
    const updates = await this.options.api.getUpdates(
      {
        ...(offset !== undefined && { offset }),
        limit: this.limit,
        // While updates are in flight Telegram answers at once anyway (they are unconfirmed).
        timeout: this.unhandled.size > 0 ? 0 : this.timeoutSeconds,
        allowed_updates: this.options.allowedUpdates,
      },
      signal,
    );
    this.sentOffset = offset;
    return updates;
  }

  /** Starts an update (after the earlier ones of its chat), unless it is in flight or handled already. */
  private take(update: Update): void {
    const id = update.update_id;
    // Below the watermark means handled, even when it moved while the getUpdates that returned it was pending.
    const watermark = this.watermark;
    if (watermark !== undefined && id < watermark) return;
    if (this.unhandled.has(id) || this.handledAbove.has(id)) return;
    this.unhandled.add(id);
    if (this.highestTaken === undefined || id > this.highestTaken) this.highestTaken = id;
    const task = this.lanes.run(chatOf(update), () => this.handleInTurn(update));
    this.tasks.add(task);
    void task.then(() => this.tasks.delete(task));
  }

  private async handleInTurn(update: Update): Promise<void> {
    // After stop() an update not started yet stays unhandled, holding the watermark at or below it: it comes again.
    if (this.stopped.signal.aborted) return;
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
    if (this.abandoned) return;
    const before = this.watermark ?? 0;
    this.unhandled.delete(update.update_id);
    this.handledAbove.add(update.update_id);
    const watermark = this.watermark ?? 0;
    for (const id of this.handledAbove) if (id < watermark) this.handledAbove.delete(id);
    if (watermark > before) this.wakeOnAdvance?.();
  }

  /**
   * Waits until a getUpdates can bring something new: the watermark moved (the window slid), or, when the
   * window was not full, `busyPollMs` passed; or stop().
   */
  private untilWorthPolling(windowFull: boolean): Promise<void> {
    const signal = this.stopped.signal;
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.wakeOnAdvance = undefined;
        resolve();
      };
      const timer = windowFull ? undefined : setTimeout(done, this.busyPollMs);
      this.wakeOnAdvance = done;
      if (signal.aborted) done();
      else signal.addEventListener('abort', done);
    });
  }

  private async settled(): Promise<void> {
    while (this.tasks.size > 0) await Promise.all(this.tasks);
  }
}
