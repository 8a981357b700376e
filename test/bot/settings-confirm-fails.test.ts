import { expect, it } from 'vitest';
import { BOT_RETRY_POLICY } from '../../src/api-retry.js';
import { sweepOutbox } from '../../src/bot/outbox/outbox-sweeper.js';
import { outboxMessages, shopSettings } from '../../src/db/schema/index.js';
import type { ApiFault } from '../../src/dev/bot-api-stand-in.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import type { Locale } from '../../src/domain/locale.js';
import { useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';

// A setting changed by button is confirmed by a message (a typed value or "back to default": sendMessage;
// a switch: the group edited in place). The confirmation is committed with the change (the outbox): when
// Telegram cannot take it now, the change stays saved and the next sweep sends the confirmation, once. A
// failed send never undoes or repeats it; one Telegram refuses for good (the message is gone) is dropped.

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

const settings = async () => (await db.select().from(shopSettings))[0]!;
const sweep = () => sweepOutbox(h.bot.api, { db, logger: h.deps.logger }, h.api.botInfo.id);
const left = () => db.select().from(outboxMessages);

/** Every attempt the retries make (the first call and one per back-off) fails. */
const RETRIES_RUN_OUT = BOT_RETRY_POLICY.backoffSeconds.length + 1;
const BAD_GATEWAY: ApiFault = { error_code: 502, description: 'Bad Gateway' };
const CHAT_NOT_FOUND: ApiFault = { error_code: 400, description: 'Bad Request: chat not found' };
const EDIT_NOT_FOUND: ApiFault = { error_code: 400, description: 'Bad Request: message to edit not found' };
/** A 429 whose wait does not fit the retry budget: the call fails at once, as a 5xx whose retries ran out. */
const RATE_LIMITED: ApiFault = {
  error_code: 429,
  description: 'Too Many Requests: retry after 30',
  parameters: { retry_after: 30 },
};
const BLOCKED: ApiFault = { error_code: 403, description: 'Forbidden: bot was blocked by the user' };

interface Language {
  id: number;
  costs: string;
  shipping: string;
  askShipping: string;
  shippingChanged: string;
  thresholds: string;
  alerts: string;
  alertsOff: string;
  defaultButton: string;
  cogsReset: string;
  notEntry: string;
}

const LANGUAGES: Record<Locale, Language> = {
  vi: {
    id: 2301,
    costs: 'Chi phí',
    shipping: 'Phí ship',
    askShipping: 'Phí ship: hiện 0 ₫/đơn, mặc định 0 ₫/đơn. Gửi giá trị mới, ví dụ 30k/đơn.',
    shippingChanged:
      '✅ Phí ship: 0 ₫/đơn → 30.000 ₫/đơn.\nChi phí mới áp dụng cho các ngày lưu từ bây giờ; các ngày đã lưu giữ nguyên số liệu.',
    thresholds: 'Ngưỡng cảnh báo',
    alerts: 'Cảnh báo',
    alertsOff: '• Cảnh báo: tắt (mặc định bật)',
    defaultButton: '↩️ Về mặc định (40 %)',
    cogsReset: '✅ Giá vốn: 35 % → 40 %.',
    notEntry: 'Cần đúng 4 số',
  },
  en: {
    id: 2302,
    costs: 'Costs',
    shipping: 'Shipping',
    askShipping: 'Shipping: now 0 ₫/order, default 0 ₫/order. Send the new value, e.g. 30k/order.',
    shippingChanged:
      '✅ Shipping: 0 ₫/order → 30,000 ₫/order.\nNew costs apply to the days saved from now on; days already saved keep their numbers.',
    thresholds: 'Alert thresholds',
    alerts: 'Alerts',
    alertsOff: '• Alerts: off (default on)',
    defaultButton: '↩️ Back to default (40%)',
    cogsReset: '✅ Cost of goods: 35% → 40%.',
    notEntry: 'I need exactly 4 numbers',
  },
};

/** /settings → Costs → Shipping: the question for the new shipping cost. */
async function askShipping(chat: ChatSession, lang: Language): Promise<void> {
  const menu = await chat.send('/settings');
  const costs = await chat.press(lang.costs, menu.sent[0]);
  expect((await chat.press(lang.shipping, costs.edited[0])).texts).toEqual([lang.askShipping]);
}

forEachLanguage(LANGUAGES, 'a /settings change whose confirmation fails to send', (locale, lang) => {
  it('a typed value: 5xx until the retries run out (or a 429 too long to wait) keeps it saved; the sweep confirms it once', async () => {
    const chat = await startOwner(h, locale, lang.id);
    for (const [fault, times] of [
      [BAD_GATEWAY, RETRIES_RUN_OUT],
      [RATE_LIMITED, 1],
    ] as const) {
      await db.update(shopSettings).set({ shippingCostPerOrder: 0 });
      await askShipping(chat, lang);
      h.api.failNext('sendMessage', fault, times);
      const failed = await chat.send('30k');
      expect(failed.texts).toEqual([]);
      expect((await settings()).shippingCostPerOrder).toBe(30_000);
      expect(await left()).toHaveLength(1);
      expect(await sweep()).toBe(1);
      expect(chat.lastMessage().text).toBe(lang.shippingChanged);
      expect(await sweep()).toBe(0);
      // The flow is over: the next message is read as a quick entry, not as an answer.
      expect((await chat.send('30k')).texts[0]).toContain(lang.notEntry);
    }
    expect(chat.messages().filter((m) => m.text === lang.shippingChanged)).toHaveLength(2);
  });

  it('a typed value: a 400 or 403 on the confirmation (nobody to tell) keeps it saved once and drops the call', async () => {
    const chat = await startOwner(h, locale, lang.id);
    for (const fault of [BLOCKED, CHAT_NOT_FOUND]) {
      await db.update(shopSettings).set({ shippingCostPerOrder: 0 });
      await askShipping(chat, lang);
      h.api.failNext('sendMessage', fault);
      expect((await chat.send('30k')).texts).toEqual([]);
      expect((await settings()).shippingCostPerOrder).toBe(30_000);
      expect(await left()).toEqual([]);
      expect((await chat.send('30k')).texts[0]).toContain(lang.notEntry);
    }
  });

  it('"back to default": a failed confirmation keeps the new value, and the sweep confirms it', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const cogs = locale === 'vi' ? 'giá vốn' : 'cost of goods';
    await chat.send(`/settings ${cogs} 35%`);
    expect((await settings()).cogsRatio).toBe(0.35);

    const asked = await chat.send(`/settings ${cogs}`);
    h.api.failNext('sendMessage', BAD_GATEWAY, RETRIES_RUN_OUT);
    const failed = await chat.press(lang.defaultButton, asked.sent[0]);
    expect(failed.texts).toEqual([]);
    expect((await settings()).cogsRatio).toBe(0.4);
    expect(await sweep()).toBe(1);
    expect(chat.lastMessage().text).toContain(lang.cogsReset);
  });

  it('a switch: its group edited in place fails; it flips once, shown by the sweep (or not at all when the group is gone)', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const menu = await chat.send('/settings');
    const group = (await chat.press(lang.thresholds, menu.sent[0])).edited[0]!;

    h.api.failNext('editMessageText', BAD_GATEWAY, RETRIES_RUN_OUT);
    const failed = await chat.press(lang.alerts, group);
    expect(failed.edited).toEqual([]);
    expect((await settings()).alertsEnabled).toBe(false);
    expect(await sweep()).toBe(1);
    expect(h.api.message(group.chatId, group.messageId)!.text).toContain(lang.alertsOff);

    h.api.failNext('editMessageText', EDIT_NOT_FOUND);
    const gone = await chat.press(lang.alerts, group);
    expect((await settings()).alertsEnabled).toBe(true);
    expect(gone.texts).toEqual([]);
    expect(await left()).toEqual([]);
  });
});
