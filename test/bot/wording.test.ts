import { expect, it } from 'vitest';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { addDays } from '../../src/domain/local-date.js';
import { insertFourteenDays, shopOf } from '../support/ad-fixtures.js';
import { useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';
import { type FixtureDay, insertDays } from '../support/record-fixtures.js';

// Words owners read: the goal says how far behind or ahead of plan in đồng (never a negative percent), a
// term an owner may not know is explained the first time it shows, a missing field is named in lower case
// mid-sentence, and no screen nests parentheses.

// Sunday 15/11/2026, 15 of November's 30 days elapsed.
const { db, h } = await useBotHarness({ now: '2026-11-15T20:00:00+07:00' });

/** The deepest parentheses nest in a text: 1 for "a (b) c", 2 for "a (b (c))". */
function parenDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const char of text) {
    if (char === '(') deepest = Math.max(deepest, ++depth);
    else if (char === ')') depth -= 1;
  }
  return deepest;
}

const TEXTS = {
  vi: {
    id: 2501,
    // 15 days of 1.000.000 ₫ revenue: 15.000.000 ₫ against 20.000.000 × 15/30 = 10.000.000 ₫ on pace.
    revenueAhead:
      'Doanh thu: 15.000.000 ₫ / 20.000.000 ₫ · đúng tiến độ là 10.000.000 ₫ · vượt kế hoạch 5.000.000 ₫',
    // Each day 1.000.000 − 40 % COGS − 2.000.000 ads = −1.400.000 ₫; × 15 = −21.000.000 ₫ against
    // 6.000.000 × 15/30 = 3.000.000 ₫ on pace: 24.000.000 ₫ behind, no share of a plan that is a loss.
    profitBehind:
      'Lãi ròng: -21.000.000 ₫ / 6.000.000 ₫ · đúng tiến độ là 3.000.000 ₫ · chậm 24.000.000 ₫ so với kế hoạch',
    // −21.000.000 × 30 / 15 = −42.000.000 ₫, 6.000.000 + 42.000.000 = 48.000.000 ₫ short of the goal.
    forecastShort:
      'Dự báo cuối tháng theo nhịp hiện tại: lãi ròng -42.000.000 ₫, thiếu 48.000.000 ₫ so với mục tiêu',
    cpaGloss: 'ℹ️ CPA hòa vốn: tiền quảng cáo tối đa cho một đơn mà shop không lỗ',
    killGloss: 'ℹ️ Hệ số tắt: quảng cáo đã chi từ chừng ấy lần CPA hoặc CPL hòa vốn',
    flatGloss: 'ℹ️ Đơn đi ngang: số đơn tuần này tăng không quá mức này',
    ads: '📣 Quảng cáo',
    thresholds: '🚦 Ngưỡng cảnh báo',
    back: '⬅️ Quay lại',
    maxCpl: 'CPL tối đa',
    missingLeads: 'Thiếu số lead. Ví dụ: đơn 15 doanh thu 8tr5 ads 2tr lead 85',
    missingOrders: 'Thiếu số đơn. Ví dụ: đơn 15 doanh thu 8tr5 ads 2tr lead 85',
  },
  en: {
    id: 2502,
    revenueAhead:
      'Revenue: 15,000,000 ₫ / 20,000,000 ₫ · on pace would be 10,000,000 ₫ · 5,000,000 ₫ ahead of plan',
    profitBehind:
      'Net profit: -21,000,000 ₫ / 6,000,000 ₫ · on pace would be 3,000,000 ₫ · 24,000,000 ₫ behind plan',
    forecastShort:
      'Month-end forecast at the current rate: net profit -42,000,000 ₫, 48,000,000 ₫ short of the goal',
    cpaGloss: 'ℹ️ Break-even CPA: the most ad spend one order can take without a loss',
    killGloss: 'ℹ️ Kill multiplier: an ad that has spent this many times the break-even CPA or CPL',
    flatGloss: 'ℹ️ Orders flat: orders up by no more than this on the week before',
    ads: '📣 Ads',
    thresholds: '🚦 Alert thresholds',
    back: '⬅️ Back',
    maxCpl: 'Max CPL',
    missingLeads: 'Leads are missing. For example: orders 15 revenue 8.5m ads 2m leads 85',
    missingOrders: 'Orders are missing. For example: orders 15 revenue 8.5m ads 2m leads 85',
  },
};

const glossCount = (text: string) => text.split('\n').filter((line) => line.startsWith('ℹ️')).length;

forEachLanguage(TEXTS, 'wording', (locale, x) => {
  it('/goal: ahead of plan by an amount, and behind by an amount with no negative percent', async () => {
    const chat = await startOwner(h, locale, x.id);
    const days: FixtureDay[] = Array.from({ length: 15 }, (_, i) => [
      addDays('2026-11-01', i),
      2,
      1_000_000,
      2_000_000,
      10,
    ]);
    await insertDays(db, await shopOf(db, x.id), days);
    await chat.send('/goal 20tr 6tr');
    const status = (await chat.send('/goal')).texts[0]!;
    const lines = status.split('\n');
    expect(lines).toContain(x.revenueAhead);
    expect(lines).toContain(x.profitBehind);
    expect(lines).toContain(x.forecastShort);
    expect(status).not.toMatch(/-\d+ ?%/);
  });

  it('explains break-even CPA, the kill multiplier and flat orders the first time each shows, once', async () => {
    const chat = await startOwner(h, locale, x.id);
    await insertFourteenDays(db, await shopOf(db, x.id));
    const first = (await chat.send('/ads Váy đỏ: ngày 4, chi 1tr, lead 0, đơn 0, doanh thu 0, kênh fb'))
      .texts[0]!;
    expect(first.split('\n').at(-1)!.startsWith(x.cpaGloss)).toBe(true);
    expect(glossCount(first)).toBe(1);
    const second = (await chat.send('/ads Quần: ngày 1, chi 100k, lead 3, đơn 0, doanh thu 0, kênh fb'))
      .texts[0]!;
    expect(glossCount(second)).toBe(0);

    await chat.send('/settings');
    const ads = (await chat.press(x.ads)).edited[0]!.text!;
    // Break-even CPA was explained already: only the kill multiplier now.
    expect(ads.split('\n').filter((line) => line.startsWith('ℹ️'))).toEqual([
      expect.stringContaining(x.killGloss),
    ]);
    await chat.press(x.back);
    expect(glossCount((await chat.press(x.ads)).edited[0]!.text!)).toBe(0);
    await chat.press(x.back);
    const thresholds = (await chat.press(x.thresholds)).edited[0]!.text!;
    expect(thresholds.split('\n').filter((line) => line.startsWith('ℹ️'))).toEqual([
      expect.stringContaining(x.flatGloss),
    ]);
    await chat.press(x.back);
    expect(glossCount((await chat.press(x.thresholds)).edited[0]!.text!)).toBe(0);
    expect(glossCount((await chat.send('/settings help')).texts[0]!)).toBe(0);

    // Typed in one line, the term is explained too, the first time.
    const third = await startOwner(h, locale, x.id + 20);
    const changed = (await third.send(`/settings ${locale === 'vi' ? 'hệ số tắt' : 'kill multiplier'} 4`))
      .texts[0]!;
    expect(changed.split('\n').at(-1)!.startsWith(x.killGloss)).toBe(true);
    expect(
      glossCount(
        (await third.send(`/settings ${locale === 'vi' ? 'hệ số tắt' : 'kill multiplier'} 3`)).texts[0]!,
      ),
    ).toBe(0);

    // Another owner is told on their own first time.
    const other = await startOwner(h, locale, x.id + 10);
    await other.send('/settings');
    expect(glossCount((await other.press(x.ads)).edited[0]!.text!)).toBe(2);
  });

  it('names a missing field in lower case mid-sentence', async () => {
    const chat = await startOwner(h, locale, x.id);
    expect((await chat.send('đơn 15 doanh thu 8tr5 ads 2tr')).texts).toEqual([x.missingLeads]);
    expect((await chat.send('doanh thu 8tr5 ads 2tr lead 85')).texts).toEqual([x.missingOrders]);
  });

  it('no settings screen, question or button nests parentheses', async () => {
    const chat = await startOwner(h, locale, x.id);
    const seen: string[] = [];
    const note = (chatMessages: ChatSession['messages']) => {
      for (const message of chatMessages.call(chat)) {
        seen.push(message.text ?? '', ...message.keyboard.flat().map((button) => button.text));
      }
    };
    const menu = await chat.send('/settings');
    for (const group of chat.buttons(menu.sent[0])) {
      await chat.press(group);
      note(chat.messages);
      await chat.press(x.back);
    }
    await chat.press(x.thresholds);
    // The max CPL is not set by default: its question and its reset button say so.
    await chat.press(x.maxCpl);
    note(chat.messages);
    await chat.send('/cancel');
    await chat.send('/settings help');
    note(chat.messages);
    expect(seen.join('\n')).toContain(locale === 'vi' ? 'chưa đặt' : 'not set');
    expect(seen.filter((text) => parenDepth(text) > 1)).toEqual([]);
  });
});

forEachLanguage(TEXTS, 'parentheses on the screens of a shop with numbers', (locale, x) => {
  it('no answer of the everyday commands nests parentheses', async () => {
    const chat = await startOwner(h, locale, x.id);
    // 01/11–14/11: 10 orders, 5.000.000 ₫, 1.000.000 ₫ of ads, 50 leads a day; 15/11 is entered below.
    const days: FixtureDay[] = Array.from({ length: 14 }, (_, i) => [
      addDays('2026-11-01', i),
      10,
      5_000_000,
      1_000_000,
      50,
    ]);
    await insertDays(db, await shopOf(db, x.id), days);
    const commands = [
      '/help',
      '15 8tr5 2tr 85',
      '/today',
      '/week',
      '/goal 300tr 60tr',
      '/goal',
      '/ads Váy đỏ: ngày 4, chi 1tr, lead 0, đơn 0, doanh thu 0, kênh fb',
      '/ads Áo thun: ngày 5, chi 2tr, lead 100, đơn 20, doanh thu 10tr, kênh fb',
      '/ads',
      '/simulate 300tr',
      '/simulate',
      '/products',
      '/actions',
      '/remind',
      '/shop',
      '/export',
    ];
    const nested: string[] = [];
    for (const command of commands) {
      const reply = await chat.send(command);
      for (const message of [...reply.sent, ...reply.edited]) {
        for (const text of [
          message.text ?? message.caption ?? '',
          ...message.keyboard.flat().map((b) => b.text),
        ])
          if (parenDepth(text) > 1) nested.push(`${command}: ${text}`);
      }
    }
    expect(nested).toEqual([]);
  });
});
