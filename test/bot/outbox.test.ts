import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { sweepOutbox } from '../../src/bot/outbox/outbox-sweeper.js';
import { entryDrafts, outboxMessages } from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { onboard, useBotHarness } from '../support/bot-harness.js';

// What an update decides to say is stored with its effects and sent once they committed: a reply Telegram
// cannot take now stays in the outbox (the effect is not undone, nor done again) and the next sweep sends it.

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });
const SERVER_ERROR = { error_code: 502, description: 'Bad Gateway' };
let chat: ChatSession;

beforeEach(async () => {
  chat = h.user({ id: 910_001, first_name: 'Hạnh', language_code: 'vi' });
  await onboard(chat);
});

const sweep = () => sweepOutbox(h.bot.api, { db, logger: h.deps.logger }, h.api.botInfo.id);
const left = () => db.select().from(outboxMessages);
/** Makes every left row's lease end, as if the instance that wrote them had died long ago. */
const expireLeases = () => db.update(outboxMessages).set({ leaseUntil: new Date(0) });

describe('the outbox', () => {
  it('keeps a card Telegram failed to take, with its draft, and the next sweep sends it once', async () => {
    // The first try and its three retries all fail.
    h.api.failNext('sendMessage', SERVER_ERROR, 4);
    const entry = await chat.send('15 8tr5 2tr 85');
    const update = chat.lastUpdate!;
    expect(entry.texts).toEqual([]);
    const [row] = await left();
    expect(row).toMatchObject({ method: 'sendMessage', chatId: 910_001 });
    const [draft] = await db.select().from(entryDrafts);
    expect(draft).toMatchObject({ orders: 15, revenue: 8_500_000, cardMessageId: null });

    // The same update again is skipped: the draft is not made twice, nothing else is said.
    expect((await chat.redeliver(update)).calls).toEqual([]);
    expect(await db.select().from(entryDrafts)).toHaveLength(1);

    expect(await sweep()).toBe(1);
    const card = chat.lastMessage();
    expect(card.text).toContain('Doanh thu: 8.500.000 ₫');
    expect(card.keyboard.flat().map((b) => b.text)).toContain('💾 Lưu');
    expect(await left()).toEqual([]);
    // The card sent by the sweep is the draft's card: /cancel can take its buttons off.
    const [tracked] = await db.select().from(entryDrafts).where(eq(entryDrafts.id, draft!.id));
    expect(tracked!.cardMessageId).toBe(card.messageId);
    expect(await sweep()).toBe(0);
    expect(chat.messages().filter((m) => m.text?.includes('8.500.000 ₫'))).toHaveLength(1);
  });

  it('sends a chat its left calls in order, later ones held back behind a failed one', async () => {
    await chat.send('/today');
    // A command ends the open flow (one line) and then answers: the first line fails, the answer waits.
    h.api.failNext('sendMessage', SERVER_ERROR, 4);
    const help = await chat.send('/help');
    expect(help.texts).toEqual([]);
    const waiting = await left();
    expect(waiting.map((r) => r.method)).toEqual(['sendMessage', 'sendMessage']);
    expect(await sweep()).toBe(2);
    const [stopped, answer] = chat
      .messages()
      .slice(-2)
      .map((m) => m.text ?? '');
    expect(stopped).toContain('Đã dừng');
    expect(answer).toContain('/today');
    expect(await left()).toEqual([]);
  });

  it('drops a call Telegram refuses for good, and sends the ones after it', async () => {
    await chat.send('15 8tr5 2tr 85');
    h.api.failNext('answerCallbackQuery', { error_code: 400, description: 'Bad Request: query is too old' });
    await chat.press('Lưu');
    expect(chat.messages().some((m) => m.text?.includes('✅ Đã lưu số liệu ngày 24/11/2026'))).toBe(true);
    expect(await left()).toEqual([]);
  });

  it('leaves calls still leased to a live instance alone, and takes over those whose lease ended', async () => {
    h.api.failNext('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 30',
      parameters: { retry_after: 30 },
    });
    await chat.send('/help');
    expect(await left()).toHaveLength(1);
    // Given back after the failure: a sweep takes it at once. Leased again meanwhile, it waits.
    await db.update(outboxMessages).set({ leaseUntil: new Date(Date.now() + 60_000) });
    expect(await sweep()).toBe(0);
    await expireLeases();
    const [first, second] = await Promise.all([sweep(), sweep()]);
    expect(first + second).toBe(1);
    expect(await left()).toEqual([]);
  });
});
