import type { Update } from 'grammy/types';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_LOCK_NAMESPACE, chatLockKey } from '../../src/db/queries/processed-updates.js';
import { BotApiHttp } from '../../src/dev/bot-api-http.js';
import { testDriver } from '../support/test-db.js';
import { BotProcess, waitUntil } from './support/bot-process.js';
import { createProcessDatabase, type ProcessDatabase } from './support/process-database.js';
import { RemoteChat } from './support/remote-chat.js';
import { handledUpdateIds } from './support/stored-rows.js';

// SIGTERM while a reply hangs far longer than SHUTDOWN_TIMEOUT_MS: at the bound the calls in flight are
// aborted, the update rolls back and stays unconfirmed, the process exits within the bound plus a second,
// and the next process handles the update once.

const ASK_NAME = 'Cửa hàng của bạn tên gì?';
const ASK_LANGUAGE = 'Bạn muốn dùng ngôn ngữ nào?';
const ASK_COGS = 'Giá vốn hàng bán chiếm bao nhiêu %';
const FAILED = 'Có lỗi xảy ra';
// The first answer to a flow after a restart names the question it answered.
const RESUMED = '(Bot vừa khởi động lại.)';
const CUT_OFF = 'update cut off by the shutdown after its commit; its answers wait in the outbox';
const TIMEOUT_MS = 2000;
const HANG_MS = 30_000;
const SECRET = 'process-test-secret-bound';

let api: BotApiHttp;
let database: ProcessDatabase;
const processes: BotProcess[] = [];

beforeAll(async () => {
  api = await BotApiHttp.start();
  database = await createProcessDatabase('shutdown_bound');
}, 120_000);
afterEach(() => {
  api.setDelay('sendMessage', 0);
  for (const bot of processes.splice(0)) bot.kill();
});
afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

async function startBot(env: Record<string, string> = {}): Promise<BotProcess> {
  const bot = await BotProcess.start({
    token: api.token,
    apiRoot: api.apiRoot,
    env: { ...database.env, SHUTDOWN_TIMEOUT_MS: String(TIMEOUT_MS), ...env },
  });
  processes.push(bot);
  await bot.waitForLog(env.WEBHOOK_URL ? 'webhook set' : 'long polling started');
  return bot;
}

async function handled(ids: number[]): Promise<number[]> {
  const handle = await database.open();
  try {
    return await handledUpdateIds(handle.db, ids);
  } finally {
    await handle.close();
  }
}

describe('SIGTERM while a reply hangs, long polling', () => {
  it('exits within the bound plus a second; the update stays unconfirmed, its answer is kept, and the next process sends it and skips the update', async () => {
    const owner = new RemoteChat(api, { id: 860_001, first_name: 'Giang', language_code: 'vi' });
    const other = new RemoteChat(api, { id: 860_011, first_name: 'Lan', language_code: 'vi' });
    const first = await startBot();
    owner.send('/start');
    await waitUntil(() => owner.has(ASK_NAME), 'the name is asked');

    const sent = api.requests('sendMessage', owner.user.id);
    api.setDelay('sendMessage', HANG_MS);
    const name = owner.send('Shop Giang');
    // Outside a flow too: a command whose reply hangs, or waits behind the other update.
    const help = other.send('/help');
    await waitUntil(() => api.requests('sendMessage', owner.user.id) > sent, 'the question is on its way');
    const stopped = await first.stop('SIGTERM');

    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThanOrEqual(TIMEOUT_MS + 1000);
    expect(
      first.hasLog(
        'shutdown timeout: gave up on the updates still being handled (unconfirmed ones come again)',
      ),
    ).toBe(true);
    expect(first.hasLog(CUT_OFF)).toBe(true);
    // What was sent is confirmed to Telegram, the rest is not. The name committed, its answer in the outbox;
    // /help either did too or was cut off before it began.
    expect(api.confirmedOffset).toBe(name.update_id);
    expect(api.unconfirmed.map((u) => u.update_id)).toEqual([name.update_id, help.update_id]);
    expect(await handled([name.update_id])).toEqual([name.update_id]);
    expect(other.messages()).toHaveLength(0);

    api.setDelay('sendMessage', 0);
    await startBot();
    await waitUntil(() => owner.has(ASK_LANGUAGE), 'the next process handles the name');
    // The flow goes on from the name: the update was handled once, on the state it was sent to.
    owner.press('Tiếng Việt');
    await waitUntil(() => owner.has(ASK_COGS), 'the flow goes on');
    const asked = (question: string) =>
      owner.texts().filter((text) => !text.startsWith(RESUMED) && text.includes(question)).length;
    expect(asked(ASK_NAME)).toBe(1);
    expect(asked(ASK_LANGUAGE)).toBe(1);
    expect(owner.count(FAILED)).toBe(0);
    expect(other.texts()).toEqual([expect.stringContaining('ShopPulse')]);
    await waitUntil(() => api.confirmedOffset > help.update_id, 'both are confirmed');
  }, 120_000);
});

describe('SIGTERM while a reply hangs, webhook', () => {
  it('answers the post 503 at the bound, exits within a second more; the answer is kept and a resend is skipped', async () => {
    const env = { WEBHOOK_URL: 'https://bot.example.test', WEBHOOK_SECRET: SECRET };
    const owner = new RemoteChat(api, { id: 860_002, first_name: 'Hoa', language_code: 'vi' });
    const post = (bot: BotProcess, update: Update) =>
      fetch(`http://127.0.0.1:${bot.port}/telegram/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        body: JSON.stringify(update),
      });
    const first = await startBot(env);
    expect((await post(first, api.standIn.textUpdate(owner.user, '/start'))).status).toBe(200);
    expect(owner.has(ASK_NAME)).toBe(true);

    const sent = api.requests('sendMessage', owner.user.id);
    api.setDelay('sendMessage', HANG_MS);
    const name = api.standIn.textUpdate(owner.user, 'Shop Hoa');
    const answer = post(first, name).then(
      (res) => res.status,
      () => 'connection lost',
    );
    await waitUntil(() => api.requests('sendMessage', owner.user.id) > sent, 'the question is on its way');
    const stopped = await first.stop('SIGTERM');

    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThanOrEqual(TIMEOUT_MS + 1000);
    // Anything but a 2xx makes Telegram deliver the update again.
    expect(await answer).toBe(503);
    expect(first.hasLog(CUT_OFF)).toBe(true);
    expect(await handled([name.update_id])).toEqual([name.update_id]);

    api.setDelay('sendMessage', 0);
    const second = await startBot(env);
    expect((await post(second, name)).status).toBe(200);
    expect((await post(second, name)).status).toBe(200);
    expect(owner.count(ASK_LANGUAGE)).toBe(1);
    expect(owner.count(FAILED)).toBe(0);
    expect(await second.stop('SIGTERM')).toMatchObject({ code: 0 });
    expect(await handled([name.update_id])).toEqual([name.update_id]);
  }, 120_000);
});

describe.skipIf(testDriver !== 'pg')('SIGTERM while an update waits on the database', () => {
  it('exits within the bound plus a second all the same; the update is not kept and is handled once later', async () => {
    const owner = new RemoteChat(api, { id: 860_003, first_name: 'Khanh', language_code: 'vi' });
    // Another session holds the chat's lock, so the update's first statement waits.
    const holder = await database.open();
    if (holder.driver !== 'pg') throw new Error('PostgreSQL only');
    const lock = await holder.pool.connect();
    const botId = Number(api.token.split(':')[0]);
    await lock.query('select pg_advisory_lock($1::int, $2::int)', [
      CHAT_LOCK_NAMESPACE,
      chatLockKey(botId, owner.user.id),
    ]);
    const help = owner.send('/help');
    try {
      const first = await startBot();
      // The update is taken (the lock wait shows in pg_stat_activity), then the signal.
      await waitUntil(() => first.logs.length > 0, 'the bot runs');
      for (let waiting = false; !waiting; ) {
        const rows = await holder.pool.query(
          "select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like '%chat_lock%'",
        );
        waiting = (rows.rows[0] as { n: number }).n > 0;
        if (!waiting) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const stopped = await first.stop('SIGTERM');

      expect(stopped.code).toBe(0);
      expect(stopped.ms).toBeLessThanOrEqual(TIMEOUT_MS + 1000);
      expect(first.hasLog('shutdown timeout: the database did not close in time; exiting anyway')).toBe(true);
      expect(api.confirmedOffset).toBeLessThanOrEqual(help.update_id);
      expect(owner.messages()).toHaveLength(0);
      // The exit ended its connection: the server rolled the update back.
      expect(await handled([help.update_id])).toEqual([]);
    } finally {
      lock.release();
      await holder.close();
    }
    await startBot();
    await waitUntil(() => owner.messages().length > 0, 'the next process answers');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(owner.messages()).toHaveLength(1);
    expect(owner.count(FAILED)).toBe(0);
    expect(await handled([help.update_id])).toEqual([help.update_id]);
  }, 120_000);
});
