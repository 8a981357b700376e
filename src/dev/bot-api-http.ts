import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';
import { type ApiFault, BotApiStandIn } from './bot-api-stand-in.js';

const CONFLICT = {
  ok: false,
  error_code: 409,
  description:
    'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
};

interface Poll {
  offset: number;
  limit: number;
  respond: (updates: Update[]) => void;
  conflict: () => void;
}

/**
 * The stand-in over HTTP, for a bot running in another process: serves `POST /bot<token>/<method>` from a
 * BotApiStandIn, plus getUpdates with Telegram's semantics over a queue of pending updates — long poll up to
 * `timeout` seconds; an offset confirms (drops for good) every update below it; a new getUpdates ends a
 * pending one with 409. Per-method delays make handling slow (before a call is carried out, or after it,
 * before the bot hears back; a call aborted during the first is not carried out); faults and `conflict`
 * make calls fail.
 */
export class BotApiHttp {
  private conflicting = false;
  private readonly faults: { method: string; chatId?: number; fault: ApiFault; remaining: number }[] = [];
  private readonly received: { method: string; chatId: unknown }[] = [];
  private readonly drops = new Map<string, number>();
  private readonly pending: Update[] = [];
  private confirmedBelow = 0;
  private poll: Poll | undefined;
  private readonly delays = new Map<string, number>();
  private readonly answerDelays = new Map<string, number>();
  private readonly confirmListeners = new Set<(updates: Update[]) => void>();

  private constructor(
    private readonly server: Server,
    readonly standIn: BotApiStandIn,
    private readonly recordRequests: boolean,
  ) {}

  /**
   * Listens on 127.0.0.1 (port 0: any free port). `recordRequests: false` keeps no list of the calls (so
   * `requests()` counts none): a long benchmark's memory stays bounded.
   */
  static async start(
    options: { port?: number; standIn?: BotApiStandIn; recordRequests?: boolean } = {},
  ): Promise<BotApiHttp> {
    const standIn = options.standIn ?? new BotApiStandIn();
    let api: BotApiHttp | undefined;
    const server = createServer((req, res) => {
      api?.serve(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500).end(String(error));
      });
    });
    api = new BotApiHttp(server, standIn, options.recordRequests ?? true);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    return api;
  }

  /** The value of TELEGRAM_API_ROOT for the bot. */
  get apiRoot(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get token(): string {
    return this.standIn.token;
  }

  /** Every update below this id has been confirmed by the bot (and dropped). */
  get confirmedOffset(): number {
    return this.confirmedBelow;
  }

  /** Updates delivered or waiting, not confirmed yet. */
  get unconfirmed(): readonly Update[] {
    return this.pending;
  }

  /** Calls `listener` with the updates each getUpdates confirms, at the moment it does. */
  onConfirm(listener: (updates: Update[]) => void): () => void {
    this.confirmListeners.add(listener);
    return () => this.confirmListeners.delete(listener);
  }

  /** Queues updates for getUpdates, as Telegram does for a bot that polls. */
  enqueue(...updates: Update[]): void {
    this.pending.push(...updates);
    this.wakePoll();
  }

  /**
   * While set, every getUpdates (the pending long poll too) is answered 409 Conflict, as Telegram does when
   * another instance polls the same token.
   */
  set conflict(on: boolean) {
    this.conflicting = on;
    if (on) this.poll?.conflict();
  }

  get conflict(): boolean {
    return this.conflicting;
  }

  /**
   * Makes the next `times` calls of `method` (getUpdates included) fail with the given Telegram error; with
   * `chatId`, only the calls to that chat.
   */
  failNext(method: string, fault: ApiFault, times = 1, chatId?: number): void {
    this.faults.push({ method, fault, remaining: times, ...(chatId !== undefined && { chatId }) });
  }

  /**
   * Makes the next `times` calls of `method` end with the connection closed before any answer: the bot's
   * fetch fails on the network ("socket hang up"), as when Telegram's servers reset or time out.
   */
  dropNext(method: string, times = 1): void {
    this.drops.set(method, (this.drops.get(method) ?? 0) + times);
  }

  /** How many calls of `method` (to `chatId`, if given) have arrived, counted before any delay. */
  requests(method: string, chatId?: number): number {
    return this.received.filter((r) => r.method === method && (chatId === undefined || r.chatId === chatId))
      .length;
  }

  /** Answers every later call of `method` after `ms` milliseconds (0: at once again). */
  setDelay(method: string, ms: number): void {
    if (ms > 0) this.delays.set(method, ms);
    else this.delays.delete(method);
  }

  /**
   * Carries out every later call of `method` at once (a sent message is in the chat), but answers the bot
   * `ms` milliseconds later (0: at once again): the user can react before the bot hears back.
   */
  delayAnswer(method: string, ms: number): void {
    if (ms > 0) this.answerDelays.set(method, ms);
    else this.answerDelays.delete(method);
  }

  async close(): Promise<void> {
    this.poll?.respond([]);
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec((req.url ?? '').split('?')[0] ?? '');
    const body = await readAll(req);
    if (!match) return send(res, { ok: false, error_code: 404, description: 'Not Found' });
    const [, token, method = ''] = match;
    if (token !== this.standIn.token) {
      return send(res, { ok: false, error_code: 401, description: 'Unauthorized' });
    }
    const headers = { 'content-type': req.headers['content-type'] ?? 'application/json' };
    const isJson = headers['content-type'].startsWith('application/json');
    const payload = isJson && body.length > 0 ? (JSON.parse(body.toString('utf8')) as Payload) : {};
    const chatId = payload.chat_id;
    if (this.recordRequests) this.received.push({ method, chatId });
    const delay = this.delays.get(method);
    if (delay) {
      let gone = false;
      res.once('close', () => {
        gone = true;
      });
      await new Promise((resolve) => setTimeout(resolve, delay));
      // A caller that aborted while the call waited never sent it: it is not carried out.
      if (gone) return;
    }
    const drops = this.drops.get(method) ?? 0;
    if (drops > 0) {
      this.drops.set(method, drops - 1);
      req.socket.destroy();
      return;
    }
    const fault = this.takeFault(method, chatId);
    if (fault) return send(res, { ok: false, ...fault });
    if (method === 'getUpdates') return this.getUpdates(payload, res);
    const init = {
      headers,
      body: body.length === 0 ? undefined : isJson ? body.toString('utf8') : chunksOf(body),
    };
    const answer = await this.standIn.fetch(`${this.apiRoot}/bot${token}/${method}`, init);
    const result = (await answer.json()) as ApiAnswer;
    const answerDelay = this.answerDelays.get(method);
    if (answerDelay) await new Promise((resolve) => setTimeout(resolve, answerDelay));
    send(res, result);
  }

  private getUpdates(params: Payload, res: ServerResponse): void {
    if (this.conflicting) {
      send(res, CONFLICT);
      return;
    }
    // Telegram ends the older of two concurrent long polls of one token.
    this.poll?.conflict();
    const offset = params.offset ?? 0;
    if (offset > this.confirmedBelow) {
      this.confirmedBelow = offset;
      const confirmed = this.pending.filter((u) => u.update_id < offset);
      const kept = this.pending.filter((u) => u.update_id >= offset);
      this.pending.splice(0, this.pending.length, ...kept);
      for (const listener of this.confirmListeners) listener(confirmed);
    }
    const limit = Math.min(Math.max(params.limit ?? 100, 1), 100);
    const ready = this.pending.slice(0, limit);
    const timeoutMs = (params.timeout ?? 0) * 1000;
    if (ready.length > 0 || timeoutMs === 0) {
      send(res, { ok: true, result: ready });
      return;
    }
    const poll: Poll = {
      offset,
      limit,
      respond: (updates) => finish({ ok: true, result: updates }),
      conflict: () => finish(CONFLICT),
    };
    const timer = setTimeout(() => poll.respond([]), timeoutMs);
    const finish = (answer: ApiAnswer | undefined) => {
      clearTimeout(timer);
      if (this.poll === poll) this.poll = undefined;
      if (answer && !res.writableEnded && !res.destroyed) send(res, answer);
    };
    // The bot aborted its long poll.
    res.once('close', () => finish(undefined));
    this.poll = poll;
  }

  private takeFault(method: string, chatId: unknown): ApiFault | undefined {
    const entry = this.faults.find(
      (f) => f.method === method && f.remaining > 0 && (f.chatId === undefined || f.chatId === chatId),
    );
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining === 0) this.faults.splice(this.faults.indexOf(entry), 1);
    return entry.fault;
  }

  private wakePoll(): void {
    const poll = this.poll;
    if (!poll) return;
    const ready = this.pending.filter((u) => u.update_id >= poll.offset).slice(0, poll.limit);
    if (ready.length > 0) poll.respond(ready);
  }
}

interface Payload {
  chat_id?: unknown;
  offset?: number;
  limit?: number;
  timeout?: number;
}

interface ApiAnswer {
  ok: boolean;
  result?: unknown;
  error_code?: number;
  description?: string;
}

/** Telegram answers an error with its error code as the HTTP status too. */
function send(res: ServerResponse, answer: ApiAnswer): void {
  const status = answer.ok ? 200 : (answer.error_code ?? 500);
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function* chunksOf(body: Buffer): AsyncIterable<Uint8Array> {
  yield body;
}
