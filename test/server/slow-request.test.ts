import type { Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import type { Update } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import {
  REQUEST_TIMEOUTS,
  type RequestTimeouts,
  startHttpServer,
  stopHttpServer,
} from '../../src/server/http-server.js';
import { WebhookEndpoint } from '../../src/server/webhook-endpoint.js';

// A client that sends its request a byte at a time (headers or body) is answered 408 and cut off within the
// request timeouts, instead of holding a connection for minutes; a slow update is not.

const SECRET = 'webhook-secret-0123456789';
const PATH = '/telegram/webhook';
const SHORT: RequestTimeouts = { headersMs: 300, requestMs: 600, checkEveryMs: 100 };
const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await stopHttpServer(server);
});

async function serve(timeouts?: RequestTimeouts, handle: (update: Update) => Promise<void> = async () => {}) {
  const handled: Update[] = [];
  const endpoint = new WebhookEndpoint({ secretToken: SECRET, logger: createLogger('silent') });
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
    ...(timeouts && { timeouts }),
  });
  servers.push(server);
  return { port: (server.address() as AddressInfo).port, handled };
}

const body = JSON.stringify({
  update_id: 5,
  message: { message_id: 1, date: 0, chat: { id: 7, type: 'private', first_name: 'An' }, text: 'hi' },
});

interface Trickled {
  /** From the first byte sent until the server closed the connection. */
  closedAfterMs: number;
  /** What the server answered, raw. */
  answer: string;
  /** How many of the trickled bytes went out before the close. */
  sent: number;
}

/**
 * Sends `head` at once, then `rest` one byte every `everyMs`, until the server closes the connection (or
 * `giveUpMs` passes, which the caller's assertion then reports).
 */
function trickle(port: number, head: string, rest: string, everyMs: number, giveUpMs = 20_000) {
  return new Promise<Trickled>((resolve) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let sent = 0;
    const timer = setInterval(() => {
      if (sent < rest.length && !socket.destroyed) socket.write(rest[sent++] ?? '');
      if (Date.now() - started > giveUpMs) socket.destroy();
    }, everyMs);
    socket.on('data', (chunk) => {
      answer += chunk.toString('utf8');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ closedAfterMs: Date.now() - started, answer, sent });
    });
    socket.write(head);
  });
}

const headersOf = (length: number) =>
  `POST ${PATH} HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\n` +
  `X-Telegram-Bot-Api-Secret-Token: ${SECRET}\r\nContent-Length: ${length}\r\n\r\n`;

describe('a request that trickles in', () => {
  it('its body: answered 408 and closed once the request timeout passes, the update never handled', async () => {
    const { port, handled } = await serve(SHORT);
    const result = await trickle(port, headersOf(body.length), body, 50);
    expect(result.closedAfterMs).toBeGreaterThanOrEqual(SHORT.requestMs);
    expect(result.closedAfterMs).toBeLessThan(SHORT.requestMs + 3 * SHORT.checkEveryMs + 500);
    expect(result.sent).toBeLessThan(body.length);
    expect(result.answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(handled).toEqual([]);
  });

  it('its headers: answered 408 and closed once the headers timeout passes', async () => {
    const { port } = await serve(SHORT);
    const result = await trickle(
      port,
      `POST ${PATH} HTTP/1.1\r\n`,
      'X-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      50,
    );
    expect(result.closedAfterMs).toBeGreaterThanOrEqual(SHORT.headersMs);
    expect(result.closedAfterMs).toBeLessThan(SHORT.headersMs + 3 * SHORT.checkEveryMs + 500);
    expect(result.answer).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('by default is cut off within a few seconds, not minutes', async () => {
    expect(REQUEST_TIMEOUTS.requestMs).toBeLessThanOrEqual(10_000);
    const { port } = await serve();
    const result = await trickle(port, headersOf(body.length), body, 100);
    expect(result.closedAfterMs).toBeLessThan(
      REQUEST_TIMEOUTS.requestMs + 2 * REQUEST_TIMEOUTS.checkEveryMs + 1000,
    );
    expect(result.answer).toMatch(/^HTTP\/1\.1 408 /);
  }, 30_000);

  it('an update whose handling takes longer than the request timeout is still answered 200', async () => {
    const { port, handled } = await serve(SHORT, () => new Promise((resolve) => setTimeout(resolve, 1000)));
    const answer = await fetch(`http://127.0.0.1:${port}${PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body,
    });
    expect(answer.status).toBe(200);
    expect(handled.map((u) => u.update_id)).toEqual([5]);
  });
});
