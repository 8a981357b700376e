import type { Update } from 'grammy/types';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dailyRecords, users } from '../../src/db/schema/index.js';
import { BotApiHttp } from '../../src/dev/bot-api-http.js';
import { BotProcess, waitUntil } from './support/bot-process.js';
import { createProcessDatabase, type ProcessDatabase } from './support/process-database.js';
import { RemoteChat } from './support/remote-chat.js';

// SIGTERM to a real bot process while updates are being handled: long polling, then webhook mode.

const ASK_NAME = 'Cửa hàng của bạn tên gì?';
const ASK_LANGUAGE = 'Bạn muốn dùng ngôn ngữ nào?';
const ASK_COGS = 'Giá vốn hàng bán chiếm bao nhiêu %';
const DONE = '✅ Đã tạo cửa hàng';
const ASK_ORDERS = /^Hôm nay \(.*\) có bao nhiêu đơn\?/;
const ASK_REVENUE = 'Doanh thu bao nhiêu?';
const ASK_AD_SPEND = 'Tiền quảng cáo đã chi?';
const ASK_LEADS = 'Bao nhiêu lead';
const CARD = 'Bấm Lưu để ghi sổ.';
const SAVED = '✅ Đã lưu số liệu ngày';
const TRY_AGAIN = 'Vui lòng nhập lại';
const FAILED = 'Có lỗi xảy ra';
// The first answer to a flow after a restart names the question it answered.
const RESUMED = '(Bot vừa khởi động lại.)';

let api: BotApiHttp;
let database: ProcessDatabase;
const processes: BotProcess[] = [];

beforeAll(async () => {
  api = await BotApiHttp.start();
  database = await createProcessDatabase('shutdown');
}, 120_000);
afterEach(() => {
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
    env: { ...database.env, ...env },
  });
  processes.push(bot);
  await bot.waitForLog(env.WEBHOOK_URL ? 'webhook set' : 'long polling started');
  return bot;
}

/** Updates confirmed to Telegram while their reply was not out yet: a shutdown must never do that. */
const confirmedBeforeHandled: number[] = [];

/** Watches an update: when Telegram is told it was handled, the chat must already show its reply. */
function mustBeHandledWhenConfirmed(update: Update, chat: RemoteChat, reply: string | RegExp): Update {
  const stop = api.onConfirm((confirmed) => {
    if (!confirmed.some((u) => u.update_id === update.update_id)) return;
    if (!chat.has(reply)) confirmedBeforeHandled.push(update.update_id);
    stop();
  });
  return update;
}

/** Sends one step to every chat, then waits until every chat shows what the step leads to. */
async function step(chats: RemoteChat[], act: (chat: RemoteChat) => unknown, expected: string | RegExp) {
  for (const chat of chats) act(chat);
  await waitUntil(() => chats.every((chat) => chat.has(expected)), `every chat shows ${String(expected)}`);
}

describe('SIGTERM while long polling', () => {
  it('finishes the updates in hand and confirms only them; the next process carries on; a 429 wait is kept', async () => {
    const owners = Array.from(
      { length: 20 },
      (_, i) => new RemoteChat(api, { id: 810_000 + i, first_name: `Owner ${i}`, language_code: 'vi' }),
    );
    const first = await startBot();
    await step(owners, (chat) => chat.send('/start'), ASK_NAME);
    await step(owners, (chat) => chat.send(`Shop ${chat.user.id}`), ASK_LANGUAGE);
    await step(owners, (chat) => chat.press('Tiếng Việt'), ASK_COGS);
    await step(owners, (chat) => chat.press(/40/), DONE);
    await step(owners, (chat) => chat.send('/today'), ASK_ORDERS);
    await step(owners, (chat) => chat.send(String(21 + (chat.user.id % 100))), ASK_REVENUE);
    await step(owners, (chat) => chat.send('9tr'), ASK_AD_SPEND);

    // Slow replies: each answer now takes a while to handle. Ad spend, then leads, for everyone.
    api.setDelay('sendMessage', 150);
    const adSpendAnswers = owners.map((chat) =>
      mustBeHandledWhenConfirmed(chat.send('3tr'), chat, ASK_LEADS),
    );
    const leadsAnswers = owners.map((chat) =>
      mustBeHandledWhenConfirmed(chat.send(String(70 + (chat.user.id % 100))), chat, CARD),
    );
    await waitUntil(() => owners.filter((chat) => chat.has(ASK_LEADS)).length >= 3, 'three answers handled');
    const stopped = await first.stop('SIGTERM');

    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThan(10_000);
    // Every update confirmed had been handled (its reply was out) when it was confirmed; some are left.
    expect(confirmedBeforeHandled).toEqual([]);
    const answers = [...adSpendAnswers, ...leadsAnswers];
    expect(answers.filter((u) => u.update_id < api.confirmedOffset).length).toBeGreaterThanOrEqual(3);
    expect(api.unconfirmed.length).toBeGreaterThan(0);

    api.setDelay('sendMessage', 0);
    const second = await startBot();
    await waitUntil(() => owners.every((chat) => chat.has(CARD)), 'every owner sees the card', 60_000);
    // Every answer was taken once, for the question it answered.
    for (const chat of owners) {
      // Lines that only name the question a restart's first answer answered do not ask it again.
      const asked = (question: string | RegExp) =>
        chat
          .texts()
          .filter((text) => !text.startsWith(RESUMED))
          .filter((text) => (typeof question === 'string' ? text.includes(question) : question.test(text)))
          .length;
      for (const question of [ASK_ORDERS, ASK_REVENUE, ASK_AD_SPEND, ASK_LEADS, CARD]) {
        expect(asked(question), `${String(question)} in chat ${chat.user.id}`).toBe(1);
      }
      // A chat whose answer reached only the second process is told which question it answered.
      expect(chat.count(RESUMED)).toBeLessThanOrEqual(1);
      expect(chat.count(TRY_AGAIN), `re-asked in chat ${chat.user.id}`).toBe(0);
    }
    await step(owners, (chat) => chat.press('Lưu'), SAVED);

    // The second process is stopped in turn while a reply waits out a 429 (retry after 2 s): it is sent.
    const late = new RemoteChat(api, { id: 820_001, first_name: 'Binh', language_code: 'vi' });
    const tooMany = {
      error_code: 429,
      description: 'Too Many Requests: retry after 2',
      parameters: { retry_after: 2 },
    };
    api.failNext('sendMessage', tooMany, 1, late.user.id);
    const help = mustBeHandledWhenConfirmed(late.send('/help'), late, /./);
    await waitUntil(() => api.requests('sendMessage', late.user.id) === 1, 'the reply was refused with 429');
    const secondStopped = await second.stop('SIGTERM');
    expect(secondStopped.code).toBe(0);
    expect(secondStopped.ms).toBeGreaterThan(1000);
    expect(late.messages()).toHaveLength(1);
    expect(api.confirmedOffset).toBe(help.update_id + 1);
    expect(confirmedBeforeHandled).toEqual([]);
    // Nobody was told something went wrong.
    for (const chat of [...owners, late]) expect(chat.count(FAILED), `error in chat ${chat.user.id}`).toBe(0);

    const handle = await database.open();
    try {
      const records = await handle.db.select().from(dailyRecords);
      const owner = await handle.db.select({ id: users.id, telegramId: users.externalId }).from(users);
      expect(records).toHaveLength(20);
      const telegramIdOf = new Map(owner.map((u) => [u.id, Number(u.telegramId)]));
      for (const record of records) {
        const n = (telegramIdOf.get(record.enteredBy ?? '') ?? 0) % 100;
        expect(record).toMatchObject({
          orders: 21 + n,
          revenue: 9_000_000,
          adSpend: 3_000_000,
          leads: 70 + n,
        });
      }
    } finally {
      await handle.close();
    }
  }, 180_000);
});

describe('SIGTERM in webhook mode', () => {
  const SECRET = 'process-test-secret-0123';

  it('answers the posts in hand once handled, refuses new ones with 503 so Telegram resends them, exits 0', async () => {
    const bot = await startBot({ WEBHOOK_URL: 'https://bot.example.test', WEBHOOK_SECRET: SECRET });
    const post = (update: Update) =>
      fetch(`http://127.0.0.1:${bot.port}/telegram/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        body: JSON.stringify(update),
      });
    const early = new RemoteChat(api, { id: 830_001, first_name: 'Chi', language_code: 'vi' });
    const late = new RemoteChat(api, { id: 830_002, first_name: 'Dung', language_code: 'vi' });
    api.setDelay('sendMessage', 1500);
    const inHand = post(api.standIn.textUpdate(early.user, '/help'));
    await waitUntil(() => api.requests('sendMessage', early.user.id) === 1, 'the reply is on its way');

    const stopping = bot.stop('SIGTERM');
    await bot.waitForLog('shutting down');
    expect((await post(api.standIn.textUpdate(late.user, '/help'))).status).toBe(503);
    expect((await bot.get('/readyz')).status).toBe(503);
    expect((await inHand).status).toBe(200);
    const stopped = await stopping;
    api.setDelay('sendMessage', 0);

    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThan(10_000);
    expect(early.messages()).toHaveLength(1);
    expect(late.messages()).toHaveLength(0);
  }, 120_000);
});
