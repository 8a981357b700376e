import type { AddressInfo } from 'node:net';
import { beforeEach, describe, expect, it } from 'vitest';
import { dailyRecords, processedUpdates, shops, users } from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { createLogger } from '../../src/logger.js';
import { startHttpServer } from '../../src/server/http-server.js';
import { WebhookEndpoint } from '../../src/server/webhook-endpoint.js';
import { type Harness, onboard, useBotHarness } from '../support/bot-harness.js';

// Telegram delivers every update at least once: after a crash, a timeout or a lost confirmation the same
// update_id comes again, to the same process, to a restarted one, or to another instance at the same time.

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });
let chat: ChatSession;

beforeEach(async () => {
  chat = h.user({ id: 601, first_name: 'Hạnh', language_code: 'vi' });
});

const records = () => db.select().from(dailyRecords);

const SECRET = 'redelivery-secret-0123456789';

/** A bot behind its own webhook server, as one instance behind a load balancer. */
async function serveWebhook(bot: Harness['bot']) {
  const endpoint = new WebhookEndpoint({ secretToken: SECRET, logger: createLogger('silent') });
  endpoint.open((update) => bot.handleUpdate(update));
  const server = await startHttpServer({
    host: '127.0.0.1',
    port: 0,
    logger: createLogger('silent'),
    readiness: async () => {},
    webhook: { path: '/telegram/webhook', handle: endpoint.handle },
  });
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** `/today` up to the revenue question, the revenue answer delivered `deliver` times, then the rest. */
async function guidedEntryWithRevenueDelivered(
  deliver: (update: NonNullable<ChatSession['lastUpdate']>) => Promise<unknown>,
) {
  await onboard(chat);
  await chat.send('/today');
  await chat.send('21');
  const revenue = await chat.send('7tr');
  expect(revenue.texts).toEqual([expect.stringContaining('Tiền quảng cáo')]);
  await deliver(chat.lastUpdate!);
  await chat.send('3tr');
  const card = await chat.send('70');
  await chat.press('Lưu');
  return card;
}

describe('an update delivered more than once', () => {
  it('is handled once when it comes twice in a row: one answer fills one field', async () => {
    let again: Awaited<ReturnType<ChatSession['redeliver']>> | undefined;
    const card = await guidedEntryWithRevenueDelivered(async (update) => {
      again = await chat.redeliver(update);
    });
    expect(again?.calls).toEqual([]);
    expect(card.texts[0]).toContain('Doanh thu: 7.000.000 ₫');
    expect(await records()).toMatchObject([
      { orders: 21, revenue: 7_000_000, adSpend: 3_000_000, leads: 70 },
    ]);
  });

  it('is handled once when it comes again to a restarted bot', async () => {
    await guidedEntryWithRevenueDelivered(async (update) => {
      const restarted = h.restart();
      chat = chat.withBot(restarted as never);
      expect((await chat.redeliver(update)).calls).toEqual([]);
    });
    expect(await records()).toMatchObject([
      { orders: 21, revenue: 7_000_000, adSpend: 3_000_000, leads: 70 },
    ]);
  });

  it('is handled once when two instances take it at the same time', async () => {
    await guidedEntryWithRevenueDelivered(async (update) => {
      const other = createHarnessBotOnSameApi();
      const [a, b] = await Promise.all([chat.redeliver(update), chat.redeliver(update, other)]);
      expect([...a.calls, ...b.calls]).toEqual([]);
    });
    expect(await records()).toMatchObject([
      { orders: 21, revenue: 7_000_000, adSpend: 3_000_000, leads: 70 },
    ]);
  });

  it('creates one shop when the last onboarding press reaches two instances at once', async () => {
    await chat.send('/start');
    await chat.send('Tiệm Hạnh');
    await chat.press('Tiếng Việt');
    // The COGS question: the default button. Build the press once and deliver it to both instances.
    const message = chat.messages().findLast((m) => m.keyboard.flat().some((b) => /40/.test(b.text)))!;
    const data = message.keyboard.flat().find((b) => /40/.test(b.text))!.callback_data!;
    const press = h.api.callbackUpdate(chat.user, message, data);
    const other = createHarnessBotOnSameApi();
    await Promise.all([chat.redeliver(press), chat.redeliver(press, other)]);

    expect(await db.select().from(users)).toHaveLength(1);
    expect(await db.select().from(shops)).toMatchObject([{ name: 'Tiệm Hạnh' }]);
  });

  it('handles each new update id, and remembers them per bot', async () => {
    await onboard(chat);
    const rows = await db.select().from(processedUpdates);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(new Set(rows.map((r) => r.botId))).toEqual(new Set([h.api.botInfo.id]));
  });

  it('is handled once when it is posted twice at once to the webhooks of two instances', async () => {
    const servers = await Promise.all([h.bot, createHarnessBotOnSameApi()].map(serveWebhook));
    try {
      await guidedEntryWithRevenueDelivered(async (update) => {
        const before = h.api.calls.length;
        const post = (base: string) =>
          fetch(`${base}/telegram/webhook`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
            body: JSON.stringify(update),
          });
        const answers = await Promise.all([
          post(servers[0]!.base),
          post(servers[0]!.base),
          post(servers[1]!.base),
        ]);
        expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
        expect(h.api.calls.slice(before)).toEqual([]);
      });
    } finally {
      for (const { server } of servers) server.close();
    }
    expect(await records()).toMatchObject([
      { orders: 21, revenue: 7_000_000, adSpend: 3_000_000, leads: 70 },
    ]);
  });

  /** A second bot instance (another process) on the same database and the same Telegram. */
  function createHarnessBotOnSameApi() {
    const first = h.bot;
    const second = h.restart();
    h.bot = first;
    return second as never;
  }
});
