import type { AddressInfo } from 'node:net';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { type BotContext, createBot } from '../../src/bot/index.js';
import { dailyRecords } from '../../src/db/schema/index.js';
import type { SharedChat } from '../../src/dev/bot-api-stand-in.js';
import { ChatSession, type TelegramUserInfo } from '../../src/dev/chat-session.js';
import { createLogger } from '../../src/logger.js';
import { startHttpServer, stopHttpServer } from '../../src/server/http-server.js';
import { WebhookEndpoint } from '../../src/server/webhook-endpoint.js';
import { onboard, useBotHarness } from '../support/bot-harness.js';

// Telegram may post two updates of one chat at once (webhook mode handles posts concurrently): the bot
// must handle them one after the other, in the order they came (the endpoint's ChatLanes, src/server).
// Without it the /today test still passes, on PGlite and PostgreSQL alike (each update's transaction first
// takes its chat's lock, which here orders the two as they came); the group test fails on both: the group
// notice is claimed outside the update's transaction.

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

const lan: TelegramUserInfo = { id: 811, first_name: 'Lan', language_code: 'vi' };
const minh: TelegramUserInfo = { id: 812, first_name: 'Minh', language_code: 'vi' };
const group: SharedChat = { id: -1009876543, type: 'supergroup', title: 'Hoa Mai team' };

/**
 * The real bot on the harness's database and stand-in, whose `sendMessage` calls wait for `gate` before
 * they reach the stand-in: an update is then held in the middle of its handling, while the next one arrives.
 */
function botWithHeldReplies(gate: { open: Promise<void> }): Bot<BotContext> {
  const fetch = async (url: string | URL, init?: { body?: unknown; headers?: unknown }) => {
    if (String(url).endsWith('/sendMessage')) await gate.open;
    return h.api.fetch(url, init);
  };
  return createBot(h.api.token, h.deps, { botInfo: h.api.botInfo, client: { fetch: fetch as never } });
}

const SECRET = 'one-update-per-chat-secret-0123';
const servers: Awaited<ReturnType<typeof startHttpServer>>[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await stopHttpServer(server);
});

/** The bot behind the webhook endpoint on a real HTTP server, as in production. */
async function serveWebhook(bot: Bot<BotContext>) {
  const endpoint = new WebhookEndpoint({ secretToken: SECRET, logger: createLogger('silent') });
  endpoint.open((update) => bot.handleUpdate(update));
  const server = await startHttpServer({
    host: '127.0.0.1',
    port: 0,
    logger: createLogger('silent'),
    readiness: async () => {},
    webhook: { path: '/telegram/webhook', handle: endpoint.handle },
  });
  servers.push(server);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/telegram/webhook`;
  const post = async (update: Update) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify(update),
    });
    return response.status;
  };
  return { endpoint, post };
}

/**
 * Posts two updates at once, the first one's replies held until the second has been handled — or, when
 * the second waits for the first (as it must), until a second has passed.
 */
async function deliverTogether(
  bot: Bot<BotContext>,
  gate: { release(): void },
  first: Update,
  second: Update,
) {
  const { endpoint, post } = await serveWebhook(bot);
  const a = post(first);
  // The first post's update is in hand before the second is posted.
  while (endpoint.inFlightCount === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  const b = post(second);
  await Promise.race([b, new Promise((resolve) => setTimeout(resolve, 1_000))]);
  gate.release();
  expect(await Promise.all([a, b])).toEqual([200, 200]);
}

function newGate() {
  let release = () => {};
  const open = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { open, release };
}

describe('two updates of one chat at once', () => {
  it('puts two answers of /today delivered together each in its own field, in order', async () => {
    const chat = h.user(lan);
    await onboard(chat);
    await chat.send('/today');
    await chat.send('15');
    const gate = newGate();
    const bot = botWithHeldReplies(gate);
    // Revenue, then ad spend, sent a moment apart; the bot is still answering the first.
    await deliverTogether(bot, gate, h.api.textUpdate(lan, '8tr5'), h.api.textUpdate(lan, '2tr'));
    const session = new ChatSession(bot as unknown as Bot<never>, h.api, lan);
    expect((await session.send('85')).texts[0]).toContain('Lãi ròng: 3.100.000 ₫');
    await session.press('Lưu');
    expect(await db.select().from(dailyRecords)).toMatchObject([
      { orders: 15, revenue: 8_500_000, adSpend: 2_000_000, leads: 85 },
    ]);
    // The questions came in order: ad spend after revenue, leads after ad spend.
    const texts = h.api.messagesIn(lan.id).map((m) => m.text ?? '');
    const asked = (words: string) => texts.findIndex((text) => text.includes(words));
    expect(asked('Tiền quảng cáo')).toBeGreaterThan(-1);
    expect(asked('Bao nhiêu lead')).toBeGreaterThan(asked('Tiền quảng cáo'));
  });

  it('tells a group it works in private chats even when the first try failed while a second message came', async () => {
    const gate = newGate();
    const bot = botWithHeldReplies(gate);
    // The first notice fails (the group restricts the bot for a moment); the second message must still get
    // one: the first update gives its claim back before the second one looks at it.
    h.api.failNext('sendMessage', { error_code: 400, description: 'Bad Request: not enough rights' });
    await deliverTogether(
      bot,
      gate,
      h.api.textUpdate(lan, '/today', group),
      h.api.textUpdate(minh, '15 8tr5 2tr 85', group),
    );
    const notices = h.api.messagesIn(group.id).map((m) => m.text);
    expect(notices).toEqual([
      'ShopPulse chỉ làm việc trong chat riêng, để số liệu của mỗi cửa hàng chỉ chủ cửa hàng thấy. Hãy nhắn riêng cho bot: https://t.me/ShopPulseBot',
    ]);
  });
});
