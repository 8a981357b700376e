import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BotApiHttp } from '../../src/dev/bot-api-http.js';
import { BotProcess, waitUntil } from './support/bot-process.js';
import { createProcessDatabase, type ProcessDatabase } from './support/process-database.js';
import { RemoteChat } from './support/remote-chat.js';

// The real bot process, logging at every level, with the Bot API's connections reset (inside a flow and
// outside one) and then gone: node-fetch's errors quote the whole request URL, token included. Not one line
// on stdout or stderr may carry it.

let api: BotApiHttp;
let database: ProcessDatabase;
let bot: BotProcess | undefined;

beforeAll(async () => {
  database = await createProcessDatabase('token_logs');
}, 120_000);
afterEach(async () => {
  bot?.kill();
  await api?.close();
});
afterAll(async () => {
  await database?.dispose();
});

/** The lines of calls that failed for now and wait in the outbox for a sweep. */
const leftLines = () =>
  (bot?.logs ?? []).filter((line) => line.msg === 'Bot API call failed for now; left for a later sweep');

describe('a bot that cannot reach the Bot API', () => {
  it('logs the method and the reason of each failure, never the token', async () => {
    api = await BotApiHttp.start();
    const token = api.token;
    bot = await BotProcess.start({
      token,
      apiRoot: api.apiRoot,
      env: { ...database.env, LOG_LEVEL: 'trace' },
    });
    await bot.waitForLog('long polling started');

    // Inside a flow: the onboarding's first question cannot be sent.
    api.dropNext('sendMessage', 10);
    new RemoteChat(api, { id: 6100, first_name: 'Hà', language_code: 'vi' }).send('/start');
    await waitUntil(() => leftLines().length > 0, 'the question is left for a sweep');
    const inFlow = leftLines()[0];
    expect(inFlow).toMatchObject({
      level: 40,
      err: {
        type: 'HttpError',
        cause: {
          type: 'FetchError',
          code: 'ECONNRESET',
          message: expect.stringMatching(/\/bot\[redacted\]\/sendMessage failed, reason: socket hang up/),
        },
      },
    });

    // Outside a flow: the answer to /help cannot be sent.
    const before = leftLines().length;
    api.dropNext('sendMessage', 10);
    new RemoteChat(api, { id: 6200, first_name: 'Tú', language_code: 'vi' }).send('/help');
    await waitUntil(() => leftLines().length > before, 'the answer is left for a sweep');
    const outside = leftLines()[before];
    expect(outside).toMatchObject({
      level: 40,
      err: { type: 'HttpError', cause: { type: 'FetchError', code: 'ECONNRESET' } },
    });

    // Then the Bot API is gone altogether: the long poll in flight is reset, the next ones are refused.
    await api.close();
    const pollFailures = () => (bot?.logs ?? []).filter((line) => line.msg === 'getUpdates failed; retrying');
    await waitUntil(
      () => pollFailures().some((line) => line.reason === 'network: ECONNREFUSED'),
      'getUpdates is refused',
    );
    for (const line of pollFailures()) {
      expect(['network: ECONNREFUSED', 'network: ECONNRESET']).toContain(line.reason);
    }

    const secret = token.split(':')[1] ?? token;
    const written = [...bot.logs.map((line) => JSON.stringify(line)), bot.stderr];
    expect(bot.logs.length).toBeGreaterThan(10);
    expect(written.filter((line) => line.includes(secret))).toEqual([]);
    expect((await bot.stop('SIGTERM')).code).toBe(0);
  }, 120_000);
});
