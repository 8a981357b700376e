import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BotApiHttp } from '../../src/dev/bot-api-http.js';
import { BotProcess } from './support/bot-process.js';
import { createProcessDatabase, type ProcessDatabase } from './support/process-database.js';

// A normal start probed by /readyz from its first moment: the probes before the database is open and
// before getMe answers get 503, each logged as "not ready yet" at debug, never a warning with a stack.

let api: BotApiHttp;
let database: ProcessDatabase;
const processes: BotProcess[] = [];

beforeAll(async () => {
  api = await BotApiHttp.start();
  database = await createProcessDatabase('readiness');
}, 120_000);
afterEach(() => {
  api.setDelay('getMe', 0);
  for (const bot of processes.splice(0)) bot.kill();
});
afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

/** Probes /readyz every 10 ms until it answers 200; the statuses seen, in order. */
async function probeUntilReady(bot: BotProcess, timeoutMs = 60_000): Promise<number[]> {
  const statuses: number[] = [];
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await bot.get('/readyz').then(
      (res) => res.status,
      () => undefined,
    );
    if (status !== undefined) statuses.push(status);
    if (status === 200) return statuses;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`not ready within ${timeoutMs} ms\n${bot.describe()}`);
}

describe('readiness probes during a normal start', () => {
  it('are answered 503 until the bot is ready, logged at debug without a stack; nothing above info', async () => {
    api.setDelay('getMe', 1000);
    const bot = await BotProcess.start({
      token: api.token,
      apiRoot: api.apiRoot,
      env: { ...database.env, LOG_LEVEL: 'debug' },
    });
    processes.push(bot);
    const statuses = await probeUntilReady(bot);
    await bot.waitForLog('long polling started');

    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0);
    const notReady = bot.logs.filter((l) => l.msg === 'not ready yet');
    expect(notReady.length).toBe(statuses.filter((s) => s === 503).length);
    for (const line of notReady) {
      expect(line.level).toBe(20);
      expect(line).not.toHaveProperty('err');
      expect(JSON.stringify(line)).not.toContain('stack');
    }
    const reasons = new Set(notReady.map((l) => l.reason));
    expect(reasons).toContain('opening the database');
    expect(reasons).toContain('waiting for the Telegram Bot API (getMe)');
    expect(bot.hasLog('readiness check failed')).toBe(false);
    // The only line above info on a normal test start is the pinned clock's notice.
    const loud = bot.logs.filter((l) => l.level >= 40).map((l) => l.msg);
    expect(loud).toEqual(['clock pinned by SHOPPULSE_NOW (development and tests only)']);

    expect((await bot.stop('SIGTERM')).code).toBe(0);
  }, 120_000);
});
