import { expect, it } from 'vitest';
import { BOT_RETRY_POLICY } from '../../src/api-retry.js';
import { shopSettings } from '../../src/db/schema/index.js';
import type { ApiFault } from '../../src/dev/bot-api-stand-in.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import type { Locale } from '../../src/domain/locale.js';
import { useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';

// A setting changed by button is confirmed by a message (a typed value or "back to default": sendMessage;
// a switch: the group edited in place). When that confirmation cannot be sent, the change is rolled back
// with the update and the owner is told so: a setting is never saved in silence.

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

const settings = async () => (await db.select().from(shopSettings))[0]!;

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
  error: string;
  stopped: string;
  notEntry: string;
}

const LANGUAGES: Record<Locale, Language> = {
  vi: {
    id: 2301,
    costs: 'Chi phí',
    shipping: 'Phí ship',
    askShipping: 'Phí ship: hiện 0 ₫, mặc định 0 ₫. Gửi giá trị mới, ví dụ 30k.',
    shippingChanged:
      '✅ Phí ship: 0 ₫ → 30.000 ₫.\nChi phí mới áp dụng cho các ngày lưu từ bây giờ; các ngày đã lưu giữ nguyên số liệu.',
    thresholds: 'Ngưỡng cảnh báo',
    alerts: 'Cảnh báo',
    alertsOff: '• Cảnh báo: tắt (mặc định bật)',
    defaultButton: '↩️ Về mặc định (40 %)',
    cogsReset: '✅ Giá vốn: 35 % → 40 %.',
    error: '😕 Có lỗi xảy ra, số liệu của bạn không bị thay đổi. Vui lòng thử lại sau ít phút.',
    stopped: '😕 Có lỗi xảy ra nên đã dừng: đổi cài đặt — chưa lưu gì. Bạn có thể làm lại từ đầu.',
    notEntry: 'Cần đúng 4 số',
  },
  en: {
    id: 2302,
    costs: 'Costs',
    shipping: 'Shipping',
    askShipping: 'Shipping: now 0 ₫, default 0 ₫. Send the new value, e.g. 30k.',
    shippingChanged:
      '✅ Shipping: 0 ₫ → 30,000 ₫.\nNew costs apply to the days saved from now on; days already saved keep their numbers.',
    thresholds: 'Alert thresholds',
    alerts: 'Alerts',
    alertsOff: '• Alerts: off (default on)',
    defaultButton: '↩️ Back to default (40%)',
    cogsReset: '✅ Cost of goods: 35% → 40%.',
    error: '😕 Something went wrong; your numbers were not changed. Please try again in a few minutes.',
    stopped:
      '😕 Something went wrong, so I stopped: changing a setting — nothing saved. You can start it again.',
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
  it('a typed value: 5xx until the retries run out (or a 429 too long to wait) rolls it back, the flow still asks, the value sent again is saved', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await askShipping(chat, lang);
    h.api.failNext('sendMessage', BAD_GATEWAY, RETRIES_RUN_OUT);
    const failed = await chat.send('30k');
    // Every attempt at the confirmation failed; the owner is told that nothing changed.
    expect(h.api.callsOf('sendMessage').filter((c) => c.payload.text === lang.shippingChanged)).toHaveLength(
      RETRIES_RUN_OUT,
    );
    expect(failed.texts).toEqual([lang.error]);
    expect((await settings()).shippingCostPerOrder).toBe(0);

    h.api.failNext('sendMessage', RATE_LIMITED);
    expect((await chat.send('30k')).texts).toEqual([lang.error]);
    expect((await settings()).shippingCostPerOrder).toBe(0);

    // The question still waits: the same answer again is saved and confirmed.
    expect((await chat.send('30k')).texts).toEqual([lang.shippingChanged]);
    expect((await settings()).shippingCostPerOrder).toBe(30_000);
  });

  it('a typed value: a 400 or 403 on the confirmation rolls it back and ends the flow saying nothing was saved', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await askShipping(chat, lang);
    h.api.failNext('sendMessage', BLOCKED);
    expect((await chat.send('30k')).texts).toEqual([lang.stopped]);
    expect((await settings()).shippingCostPerOrder).toBe(0);

    await askShipping(chat, lang);
    h.api.failNext('sendMessage', CHAT_NOT_FOUND);
    expect((await chat.send('30k')).texts).toEqual([lang.stopped]);
    expect((await settings()).shippingCostPerOrder).toBe(0);

    // The flow is over: the next message is read as a quick entry, not as the answer; nothing was stored.
    const next = await chat.send('30k');
    expect(next.texts[0]).toContain(lang.notEntry);
    expect((await settings()).shippingCostPerOrder).toBe(0);
    const menu = await chat.send('/settings');
    const costs = await chat.press(lang.costs, menu.sent[0]);
    expect(costs.edited[0]!.text).toContain(locale === 'vi' ? '• Phí ship: 0 ₫' : '• Shipping: 0 ₫');
  });

  it('"back to default": a failed confirmation (5xx, then 400) keeps the old value each time', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const cogs = locale === 'vi' ? 'giá vốn' : 'cost of goods';
    await chat.send(`/settings ${cogs} 35%`);
    expect((await settings()).cogsRatio).toBe(0.35);

    const asked = await chat.send(`/settings ${cogs}`);
    h.api.failNext('sendMessage', BAD_GATEWAY, RETRIES_RUN_OUT);
    const failed = await chat.press(lang.defaultButton, asked.sent[0]);
    expect([...failed.answers, ...failed.texts]).toContain(lang.error);
    expect((await settings()).cogsRatio).toBe(0.35);

    h.api.failNext('sendMessage', CHAT_NOT_FOUND);
    const stopped = await chat.press(lang.defaultButton, asked.sent[0]);
    expect(stopped.texts).toEqual([lang.stopped]);
    expect((await settings()).cogsRatio).toBe(0.35);

    const again = await chat.send(`/settings ${cogs}`);
    expect((await chat.press(lang.defaultButton, again.sent[0])).texts[0]).toContain(lang.cogsReset);
    expect((await settings()).cogsRatio).toBe(0.4);
  });

  it('a switch: its group edited in place fails (5xx, then 400), the switch stays as it was; then it flips', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const menu = await chat.send('/settings');
    const group = (await chat.press(lang.thresholds, menu.sent[0])).edited[0]!;

    for (const [fault, times] of [
      [BAD_GATEWAY, RETRIES_RUN_OUT],
      [EDIT_NOT_FOUND, 1],
    ] as const) {
      h.api.failNext('editMessageText', fault, times);
      const failed = await chat.press(lang.alerts, group);
      expect(failed.edited).toEqual([]);
      expect([...failed.answers, ...failed.texts]).toContain(lang.error);
      expect((await settings()).alertsEnabled).toBe(true);
    }

    const flipped = await chat.press(lang.alerts, group);
    expect(flipped.edited[0]!.text).toContain(lang.alertsOff);
    expect((await settings()).alertsEnabled).toBe(false);
  });
});
