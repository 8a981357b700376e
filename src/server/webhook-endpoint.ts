// Not grammY's webhookCallback: its answer after 10 s (onTimeout 'return') is all it shares with this. It
// reads any body whole (no 413), hands the bot whatever parses as JSON and leaves a post unparsable as JSON
// unanswered (no 400), cannot be closed (no 503 while starting or stopping), and keeps no per-chat order;
// nor can the shutdown wait for its updates or, at the bound, answer the posts still in hand 503.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Update } from 'grammy/types';
import type { Logger } from '../logger.js';
import { ChatLanes, chatOf } from './chat-lanes.js';
import { settlesWithin } from './deadline.js';
import { describeApiError } from './describe-api-error.js';
import { parseUpdate } from './parse-update.js';
import { readBody } from './read-body.js';

export interface WebhookEndpointOptions {
  secretToken: string;
  logger: Logger;
  /** Larger bodies are refused with 413 (default 1 MiB; Telegram's updates are a few KB). */
  maxBodyBytes?: number;
  /** How long a post waits for its update to be handled before it is answered 200 anyway (default 10 s). */
  answerWithinMs?: number;
}

type HandleUpdate = (update: Update) => Promise<void>;

/**
 * Telegram's webhook posts, handed to the bot. Telegram delivers again whatever is not answered 2xx, so a
 * body that can never be an update is answered 400 (not 500, which would be retried for hours), an
 * oversized one 413, and a post arriving while the bot is not open (starting or shutting down) 503: it
 * comes back later, to this process or the next. A chat's updates are handled one after another, in the
 * order their posts came (Telegram may post several at once). An update is answered 200 once handled, or
 * after `answerWithinMs` if it takes longer (it is still awaited by drained()); one given up by abandon()
 * before that is answered 503. One still waiting for its chat's turn when the endpoint closes is not
 * started: its post is answered 503 (unless it was answered already; then it is handled).
 */
export class WebhookEndpoint {
  private handleUpdate: HandleUpdate | undefined;
  /** Set by abandon(): no update starts from now on. */
  private abandoned = false;
  private readonly lanes = new ChatLanes();
  private readonly inFlight = new Set<Promise<void>>();
  /** Posts whose update is being handled and that were not answered yet. */
  private readonly unanswered = new Set<ServerResponse>();
  private readonly maxBodyBytes: number;
  private readonly answerWithinMs: number;
  private readonly secretDigest: Buffer;

  constructor(private readonly options: WebhookEndpointOptions) {
    this.maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
    this.answerWithinMs = options.answerWithinMs ?? 10_000;
    this.secretDigest = digest(options.secretToken);
  }

  /** Starts handing posted updates to the bot. */
  open(handleUpdate: HandleUpdate): void {
    this.handleUpdate = handleUpdate;
  }

  /** Stops accepting: later posts are answered 503; the ones accepted go on. */
  close(): void {
    this.handleUpdate = undefined;
  }

  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /**
   * Gives up the updates being handled (the shutdown's bound passed, their work is cut off): each post not
   * answered yet is answered 503 now, so Telegram delivers it again; resolves once the answers are out.
   */
  async abandon(): Promise<void> {
    this.close();
    this.abandoned = true;
    const posts = [...this.unanswered];
    this.unanswered.clear();
    await Promise.all(posts.map((res) => answer(res, 503, { error: 'shutting down; send it again' })));
  }

  /** Resolves when every accepted update has been handled and its post answered. */
  async drained(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all(this.inFlight);
  }

  readonly handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { logger } = this.options;
    if (!this.secretMatches(req.headers['x-telegram-bot-api-secret-token'])) {
      logger.warn('webhook post without the right secret token');
      return answer(res, 401, { error: 'unauthorized' });
    }
    if (!this.handleUpdate) return answer(res, 503, { error: 'not accepting updates now' });
    const read = await readBody(req, this.maxBodyBytes);
    if (!read.ok) {
      if (read.reason === 'aborted') return;
      logger.warn({ max_bytes: this.maxBodyBytes }, 'webhook post refused: body too large');
      return answer(res, 413, { error: 'body too large' }, { connection: 'close' });
    }
    const update = parseUpdate(read.body);
    if (!update) {
      logger.warn({ bytes: read.body.length }, 'webhook post refused: not a JSON update');
      return answer(res, 400, { error: 'expected a JSON object with a numeric update_id' });
    }
    // Checked again: the process may have started shutting down while the body was read.
    const handleUpdate = this.handleUpdate;
    if (!handleUpdate) return answer(res, 503, { error: 'not accepting updates now' });
    const task = this.handleAndAnswer(handleUpdate, update, res);
    this.inFlight.add(task);
    try {
      await task;
    } finally {
      this.inFlight.delete(task);
    }
  };

  private async handleAndAnswer(
    handleUpdate: HandleUpdate,
    update: Update,
    res: ServerResponse,
  ): Promise<void> {
    this.unanswered.add(res);
    const handling = this.lanes
      .run(chatOf(update), () => this.handleInTurn(handleUpdate, update, res))
      .catch((error: unknown) => {
        this.options.logger.error(
          { update_id: update.update_id, reason: describeApiError(error) },
          'update could not be handled',
        );
      });
    const inTime = await settlesWithin(handling, this.answerWithinMs);
    // Answered already when abandon() came first.
    if (this.unanswered.delete(res)) {
      if (!inTime) {
        this.options.logger.warn(
          { update_id: update.update_id, after_ms: this.answerWithinMs },
          'update still being handled; answered 200 so Telegram does not wait',
        );
      }
      await answer(res, 200, { ok: true });
    }
    await handling;
  }

  /** Handles the update once its chat's turn came, unless the endpoint closed meanwhile. */
  private async handleInTurn(handleUpdate: HandleUpdate, update: Update, res: ServerResponse): Promise<void> {
    if (this.abandoned) return;
    // Closed while it waited: not started, so Telegram delivers it again; one answered 200 already is owed.
    if (!this.handleUpdate && this.unanswered.delete(res)) {
      await answer(res, 503, { error: 'shutting down; send it again' });
      return;
    }
    await handleUpdate(update);
  }

  private secretMatches(header: string | string[] | undefined): boolean {
    if (typeof header !== 'string') return false;
    // Digests have one length whatever was sent, so the comparison takes the same time for any header.
    return timingSafeEqual(digest(header), this.secretDigest);
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Writes a JSON answer; resolves once it has been handed to the connection (or the connection is gone). */
function answer(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<void> {
  return new Promise((resolve) => {
    if (res.destroyed) return resolve();
    res.once('close', resolve);
    res
      .writeHead(status, { 'content-type': 'application/json', ...headers })
      .end(JSON.stringify(body), resolve);
  });
}
