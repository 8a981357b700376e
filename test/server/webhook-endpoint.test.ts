import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { startHttpServer, stopHttpServer } from '../../src/server/http-server.js';
import { WebhookEndpoint, type WebhookEndpointOptions } from '../../src/server/webhook-endpoint.js';

const SECRET = 'webhook-secret-0123456789';
const PATH = '/telegram/webhook';
const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await stopHttpServer(server);
});

/** The endpoint on a real HTTP server, open, handing updates to `handle` (which records them). */
async function serve(
  handle: (update: Update) => Promise<void> = async () => {},
  options: Partial<WebhookEndpointOptions> = {},
) {
  const handled: Update[] = [];
  const endpoint = new WebhookEndpoint({ secretToken: SECRET, logger: createLogger('silent'), ...options });
  endpoint.open(async (update) => {
    await handle(update);
    handled.push(update);
  });
  const server = await startHttpServer({
    host: '127.0.0.1',
    port: 0,
    logger: createLogger('silent'),
    readiness: async () => {},
    webhook: { path: PATH, handle: endpoint.handle },
  });
  servers.push(server);
  const port = (server.address() as AddressInfo).port;
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`http://127.0.0.1:${port}${PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET, ...headers },
      body,
    });
  return { endpoint, handled, port, post };
}

const update = (id: number, chat = 7) =>
  JSON.stringify({
    update_id: id,
    message: { message_id: 1, date: 0, chat: { id: chat, type: 'private', first_name: 'An' }, text: 'hi' },
  });

/** A promise the test resolves when it wants. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { wait, open };
}

/** A raw request, to control Content-Length and streaming; resolves with the status (or the error). */
function rawPost(
  port: number,
  headers: Record<string, string | number>,
  write: (req: ReturnType<typeof request>) => void,
): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: PATH,
        method: 'POST',
        headers: { 'x-telegram-bot-api-secret-token': SECRET, ...headers },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    write(req);
  });
}

describe('webhook endpoint', () => {
  it('hands a JSON update to the bot and answers 200 once it has been handled', async () => {
    const { handled, post } = await serve(() => new Promise((resolve) => setTimeout(resolve, 100)));
    const response = await post(update(10));
    expect(response.status).toBe(200);
    expect(handled.map((u) => u.update_id)).toEqual([10]);
  });

  it.each([
    ['malformed JSON', '{"update_id": 1,'],
    ['null', 'null'],
    ['an empty body', ''],
    ['an array', '[{"update_id": 1}]'],
    ['a number', '42'],
    ['an object without update_id', '{"message": {}}'],
    ['a string update_id', '{"update_id": "1"}'],
  ])('answers 400, not 500, to %s (Telegram would retry a 5xx)', async (_, body) => {
    const { handled, post } = await serve();
    expect((await post(body)).status).toBe(400);
    expect(handled).toEqual([]);
  });

  it('refuses a body announced over 1 MB with 413 before reading it', async () => {
    const { handled, port } = await serve();
    // Only the headers are sent: an answer proves the body was not waited for.
    const status = await rawPost(
      port,
      { 'content-type': 'application/json', 'content-length': 2_000_000 },
      (req) => req.flushHeaders(),
    );
    expect(status).toBe(413);
    expect(handled).toEqual([]);
  });

  it('refuses a streamed body (no Content-Length) as soon as it passes 1 MB', async () => {
    const { handled, port } = await serve();
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const status = await rawPost(port, { 'content-type': 'application/json' }, (req) => {
      req.write('{"update_id": 1, "pad": "');
      // Streams a little past the cap and never ends the body: only a cap on the stream answers it.
      const pump = () => {
        while (sent < 1024 * 1024 + chunk.length) {
          sent += chunk.length;
          if (!req.write(chunk)) {
            req.once('drain', pump);
            return;
          }
        }
      };
      req.on('response', () => req.off('drain', pump));
      pump();
    });
    expect(status).toBe(413);
    expect(handled).toEqual([]);
  });

  it('accepts a body just under 1 MB', async () => {
    const { handled, post } = await serve();
    const body = JSON.stringify({ update_id: 3, pad: ' '.repeat(1024 * 1024 - 40) });
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(1024 * 1024);
    expect((await post(body)).status).toBe(200);
    expect(handled).toHaveLength(1);
  });

  it('answers 401 without the right secret token, and does not hand the update on', async () => {
    const { handled, post } = await serve();
    expect((await post(update(1), { 'x-telegram-bot-api-secret-token': 'wrong' })).status).toBe(401);
    expect((await post(update(2), { 'x-telegram-bot-api-secret-token': `${SECRET}x` })).status).toBe(401);
    expect(handled).toEqual([]);
  });

  it('answers 200 after answerWithinMs when handling takes longer; drained() still waits for the handling', async () => {
    let finish!: () => void;
    const slow = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const { endpoint, handled, post } = await serve(() => slow, { answerWithinMs: 100 });
    const started = Date.now();
    expect((await post(update(5))).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(handled).toEqual([]);
    let drained = false;
    const draining = endpoint.drained().then(() => {
      drained = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(drained).toBe(false);
    finish();
    await draining;
    expect(handled.map((u) => u.update_id)).toEqual([5]);
  });

  it('once closed answers 503 (Telegram resends later), while the updates accepted before finish with 200', async () => {
    let finish!: () => void;
    const slow = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const { endpoint, handled, post } = await serve((u) => (u.update_id === 1 ? slow : Promise.resolve()));
    const inHand = post(update(1));
    await until(() => endpoint.inFlightCount === 1);
    endpoint.close();
    expect((await post(update(2))).status).toBe(503);
    finish();
    await endpoint.drained();
    expect((await inHand).status).toBe(200);
    expect(handled.map((u) => u.update_id)).toEqual([1]);
  });

  it('on abandon answers 503 at once to the posts still being handled, never 200 once they end', async () => {
    let finish!: () => void;
    const slow = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const { endpoint, post } = await serve((u) => (u.update_id === 1 ? slow : Promise.resolve()));
    expect((await post(update(2))).status).toBe(200);
    const inHand = post(update(1));
    await until(() => endpoint.inFlightCount === 1);
    await endpoint.abandon();
    expect((await inHand).status).toBe(503);
    expect((await post(update(3))).status).toBe(503);
    finish();
    await endpoint.drained();
  });
});

describe('webhook endpoint: chats', () => {
  it("handles one chat's posts one after another in their order, another chat's meanwhile", async () => {
    const first = gate();
    const events: string[] = [];
    const { post } = await serve(async (u) => {
      events.push(`${u.update_id} start`);
      if (u.update_id === 20) await first.wait;
      events.push(`${u.update_id} end`);
    });
    const a1 = post(update(20, 7));
    await until(() => events.includes('20 start'));
    const a2 = post(update(21, 7));
    const b = post(update(22, 8));
    expect((await b).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Chat 8 went on; chat 7's second post waits for its first.
    expect(events).toEqual(['20 start', '22 start', '22 end']);
    first.open();
    expect((await a1).status).toBe(200);
    expect((await a2).status).toBe(200);
    expect(events).toEqual(['20 start', '22 start', '22 end', '20 end', '21 start', '21 end']);
  });

  it("a post whose handling throws does not hold up its chat's next one", async () => {
    const failing = gate();
    const events: string[] = [];
    const { post } = await serve(async (u) => {
      events.push(`${u.update_id} start`);
      if (u.update_id === 25) {
        await failing.wait;
        throw new Error('handler failed');
      }
    });
    const first = post(update(25, 7));
    await until(() => events.includes('25 start'));
    const next = post(update(26, 7));
    failing.open();
    expect((await first).status).toBe(200);
    expect((await next).status).toBe(200);
    expect(events).toEqual(['25 start', '26 start']);
  });

  it('closed while a post waits for its chat: that one is answered 503 and not started, the one in hand 200', async () => {
    const first = gate();
    const started: number[] = [];
    const { endpoint, handled, post } = await serve(async (u) => {
      started.push(u.update_id);
      if (u.update_id === 30) await first.wait;
    });
    const inHand = post(update(30, 7));
    await until(() => started.includes(30));
    const waiting = post(update(31, 7));
    await until(() => endpoint.inFlightCount === 2);
    endpoint.close();
    first.open();
    expect((await inHand).status).toBe(200);
    expect((await waiting).status).toBe(503);
    await endpoint.drained();
    expect(started).toEqual([30]);
    expect(handled.map((u) => u.update_id)).toEqual([30]);
  });

  it('closed while a post already answered (after answerWithinMs) waits for its chat: it is still handled', async () => {
    const first = gate();
    const { endpoint, handled, post } = await serve(
      async (u) => {
        if (u.update_id === 40) await first.wait;
      },
      { answerWithinMs: 100 },
    );
    const inHand = post(update(40, 7));
    await until(() => endpoint.inFlightCount === 1);
    // Both answered 200 after 100 ms; the second still waits behind the first.
    expect((await post(update(41, 7))).status).toBe(200);
    expect((await inHand).status).toBe(200);
    endpoint.close();
    first.open();
    await endpoint.drained();
    expect(handled.map((u) => u.update_id)).toEqual([40, 41]);
  });

  it('after abandon starts no post waiting for its chat', async () => {
    const first = gate();
    const started: number[] = [];
    const { endpoint, post } = await serve(async (u) => {
      started.push(u.update_id);
      if (u.update_id === 50) await first.wait;
    });
    const inHand = post(update(50, 7));
    await until(() => started.includes(50));
    const waiting = post(update(51, 7));
    await until(() => endpoint.inFlightCount === 2);
    await endpoint.abandon();
    expect((await inHand).status).toBe(503);
    expect((await waiting).status).toBe(503);
    first.open();
    await endpoint.drained();
    expect(started).toEqual([50]);
  });
});

async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
