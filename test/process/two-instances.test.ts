import type { Update } from 'grammy/types';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BotApiHttp } from '../../src/dev/bot-api-http.js';
import type { ChatMessage, RecordedCall } from '../../src/dev/bot-api-stand-in.js';
import { BotProcess, waitUntil } from './support/bot-process.js';
import { createProcessDatabase, type ProcessDatabase } from './support/process-database.js';
import { handledUpdateIds, savedDaysByOwner } from './support/stored-rows.js';

// Two real bot processes in webhook mode on one PostgreSQL database, and each chat's updates posted to
// both: each answer to the other instance than the one before, the moment the question is in the chat
// (the instance that asked has not heard back from Telegram yet, so its transaction is still open), and
// some updates to both at once. Only a per-chat lock across instances keeps a chat's updates in turn.

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
const RESUMED = '(Bot vừa khởi động lại.)';
const SECRET = 'two-instances-secret-0123';
const CHATS = 6;
/** How long Telegram takes to answer the bot's sends, while the chat already shows them. */
const ANSWER_DELAY_MS = 150;

interface Step {
  /** The bot's message that asks for this step. */
  after: string | RegExp;
  /** A text to send, or the label of a button to press on that message. */
  send?: string;
  press?: string | RegExp;
  /** Posted to both instances at once, as a redelivery racing the first delivery would be. */
  toBoth?: boolean;
}

let api: BotApiHttp;
let database: ProcessDatabase;
const processes: BotProcess[] = [];

beforeAll(async () => {
  api = await BotApiHttp.start();
  if (process.env.TEST_DATABASE_URL) database = await createProcessDatabase('two_instances');
}, 120_000);
afterEach(() => {
  for (const bot of processes.splice(0)) bot.kill();
});
afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

async function startBot(): Promise<BotProcess> {
  const bot = await BotProcess.start({
    token: api.token,
    apiRoot: api.apiRoot,
    env: { ...database.env, WEBHOOK_URL: 'https://bot.example.test', WEBHOOK_SECRET: SECRET },
  });
  processes.push(bot);
  await bot.waitForLog('webhook set');
  return bot;
}

function matches(text: string, pattern: string | RegExp): boolean {
  return typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text);
}

describe('two instances on one database (webhook mode)', () => {
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "handles a chat's updates in turn whichever instance gets them: no lost answer, no doubled row",
    async () => {
      const [a, b] = await Promise.all([startBot(), startBot()]);
      const instances = [a!, b!];
      const posts: Promise<Response>[] = [];
      const posted: Update[] = [];
      const post = (bot: BotProcess, update: Update) => {
        posts.push(
          fetch(`http://127.0.0.1:${bot.port}/telegram/webhook`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
            body: JSON.stringify(update),
          }),
        );
      };

      const owners = Array.from({ length: CHATS }, (_, i) => ({
        id: 860_000 + i,
        first_name: `Owner ${i}`,
        language_code: 'vi',
      }));
      const script = (i: number): Step[] => [
        { after: ASK_NAME, send: `Shop ${i}` },
        { after: ASK_LANGUAGE, press: 'Tiếng Việt' },
        { after: ASK_COGS, press: /40/ },
        { after: DONE, send: '/today' },
        { after: ASK_ORDERS, send: String(21 + i) },
        { after: ASK_REVENUE, send: '9tr', toBoth: true },
        { after: ASK_AD_SPEND, send: '3tr' },
        { after: ASK_LEADS, send: String(70 + i) },
        { after: CARD, press: 'Lưu', toBoth: true },
      ];
      const progress = owners.map(() => ({ step: 0, turn: 0 }));
      /** Buttons a step wanted to press and did not find. */
      const missing: string[] = [];
      /** Updates of a chat go to the instances in turn: A, B, A, B… */
      const deliver = (i: number, update: Update, toBoth = false) => {
        const chat = progress[i]!;
        posted.push(update);
        if (toBoth) for (const bot of instances) post(bot, update);
        else post(instances[chat.turn % 2]!, update);
        chat.turn += 1;
      };
      // Reacts in the very moment a question reaches the chat: before the instance that asked hears back.
      const stopListening = api.standIn.onCall((call: RecordedCall, message?: ChatMessage) => {
        if (!message || (call.method !== 'sendMessage' && call.method !== 'editMessageText')) return;
        const i = owners.findIndex((o) => o.id === message.chatId);
        const chat = progress[i];
        const steps = script(i);
        const next = steps[chat?.step ?? steps.length];
        if (!chat || !next || !matches(message.text ?? '', next.after)) return;
        chat.step += 1;
        const owner = owners[i]!;
        if (next.send !== undefined) {
          deliver(i, api.standIn.textUpdate(owner, next.send), next.toBoth);
        } else {
          const pattern = next.press!;
          const button = message.keyboard.flat().find((btn) => matches(btn.text, pattern));
          if (!button?.callback_data) return void missing.push(`${String(pattern)} in chat ${owner.id}`);
          deliver(i, api.standIn.callbackUpdate(owner, message, button.callback_data), next.toBoth);
        }
      });
      try {
        api.delayAnswer('sendMessage', ANSWER_DELAY_MS);
        api.delayAnswer('editMessageText', ANSWER_DELAY_MS);
        for (const [i, owner] of owners.entries()) deliver(i, api.standIn.textUpdate(owner, '/start'));
        const texts = (i: number) => api.standIn.messagesIn(owners[i]!.id).map((m) => m.text ?? '');
        await waitUntil(
          () => owners.every((_, i) => texts(i).some((t) => t.includes(SAVED))),
          'every chat saved its day',
          30_000,
        ).catch((error: unknown) => {
          throw new Error(
            `${(error as Error).message}; steps reached: ${progress.map((p) => p.step).join(', ')}; ` +
              `a stuck chat shows:\n${texts(progress.findIndex((p) => p.step < script(0).length)).join('\n---\n')}`,
          );
        });
        expect(missing).toEqual([]);
        // Every post was answered 200 (none refused or failed).
        const statuses = await Promise.all(posts.map(async (p) => (await p).status));
        expect(statuses.every((s) => s === 200)).toBe(true);
      } finally {
        stopListening();
        api.delayAnswer('sendMessage', 0);
        api.delayAnswer('editMessageText', 0);
      }

      // Each question asked once, nothing re-asked or misread, no error.
      for (const [i, owner] of owners.entries()) {
        const texts = api.standIn.messagesIn(owner.id).map((m) => m.text ?? '');
        // The other instance was running when the question was asked: no "the bot restarted" line.
        expect(
          texts.filter((t) => t.startsWith(RESUMED)),
          `chat ${i}`,
        ).toEqual([]);
        for (const question of [ASK_NAME, ASK_LANGUAGE, ASK_COGS, ASK_ORDERS, ASK_REVENUE, ASK_AD_SPEND]) {
          expect(texts.filter((t) => matches(t, question)).length, `${String(question)} in chat ${i}`).toBe(
            1,
          );
        }
        expect(texts.filter((t) => matches(t, ASK_LEADS)).length, `leads asked in chat ${i}`).toBe(1);
        expect(texts.filter((t) => t.includes(SAVED)).length, `saved in chat ${i}`).toBe(1);
        expect(
          texts.filter((t) => /Có lỗi|Vui lòng nhập lại|Mình chưa hiểu/.test(t)),
          `chat ${i}`,
        ).toEqual([]);
      }
      for (const bot of instances) expect((await bot.stop('SIGTERM')).code).toBe(0);

      const handle = await database.open();
      try {
        const ids = posted.map((u) => u.update_id);
        expect(await handledUpdateIds(handle.db, ids)).toEqual([...ids].sort((a, b) => a - b));
        const rows = (await savedDaysByOwner(handle.db)).map(({ date: _date, ...values }) => values);
        expect(rows).toEqual(
          owners.map((owner, i) => ({
            telegramId: String(owner.id),
            orders: 21 + i,
            revenue: 9_000_000,
            adSpend: 3_000_000,
            leads: 70 + i,
          })),
        );
      } finally {
        await handle.close();
      }
    },
    150_000,
  );
});
