import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BotApiHttp } from '../../src/dev/bot-api-http.js';
import { BotApiStandIn } from '../../src/dev/bot-api-stand-in.js';
import { BotProcess, freePort, waitUntil } from './support/bot-process.js';
import { createProcessDatabase, type ProcessDatabase } from './support/process-database.js';

// A real bot process facing a Bot API it cannot use: unreachable at start, or taken by another poller.

const WAITING = 'waiting for the Telegram Bot API: getMe failed, will retry';

let database: ProcessDatabase;
const cleanup: (() => unknown)[] = [];

beforeAll(async () => {
  database = await createProcessDatabase('start_up');
}, 120_000);
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});
afterAll(async () => {
  await database?.dispose();
});

describe('start-up', () => {
  it('says what it waits for while the Bot API is unreachable, serves health meanwhile, then gets ready', async () => {
    const port = await freePort();
    const token = new BotApiStandIn().token;
    const bot = await BotProcess.start({ token, apiRoot: `http://127.0.0.1:${port}`, env: database.env });
    cleanup.push(() => bot.kill());

    const waiting = await bot.waitForLog(WAITING);
    expect(waiting).toMatchObject({ api_root: `http://127.0.0.1:${port}`, reason: 'network: ECONNREFUSED' });
    expect((await bot.get('/healthz')).status).toBe(200);
    const notReady = await bot.get('/readyz');
    expect(notReady.status).toBe(503);

    const api = await BotApiHttp.start({ port });
    cleanup.push(() => api.close());
    await bot.waitForLog('long polling started');
    await waitUntil(() => bot.hasLog('bot identified'), 'identified');
    expect((await bot.get('/readyz')).status).toBe(200);
    // Retried with back-off, not in a tight loop.
    expect(bot.logs.filter((l) => l.msg === WAITING).length).toBeLessThan(10);
    expect(JSON.stringify(bot.logs) + bot.stderr).not.toContain(token);

    expect((await bot.stop('SIGTERM')).code).toBe(0);
  }, 120_000);

  it('stops with a clear message and a non-zero code when another instance polls the same token', async () => {
    const api = await BotApiHttp.start();
    cleanup.push(() => api.close());
    api.conflict = true;
    const bot = await BotProcess.start({ token: api.token, apiRoot: api.apiRoot, env: database.env });
    cleanup.push(() => bot.kill());

    const exit = await bot.exited;
    expect(exit.code).not.toBe(0);
    expect(exit.code).not.toBeNull();
    expect(bot.logs.find((l) => l.msg === 'another instance is polling this bot')).toMatchObject({
      level: 60,
    });
    expect(bot.hasLog('start-up failed')).toBe(false);
    expect(bot.stderr).toContain('Another instance is polling this bot');
    // It let go of the database: the next instance can open it.
    expect(bot.hasLog('stopped')).toBe(true);
  }, 120_000);
});
