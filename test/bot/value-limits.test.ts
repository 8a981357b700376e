import { beforeEach, expect, it } from 'vitest';
import {
  adDecisions,
  dailyRecords,
  entryDrafts,
  growthSimulations,
  monthlyGoals,
  productPresets,
} from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import type { Locale } from '../../src/domain/locale.js';
import { useBotHarness } from '../support/bot-harness.js';
import { shopIdsOf } from '../support/owner-data-fixtures.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';
import { insertDays, sameDaysEnding } from '../support/record-fixtures.js';

const { db, h } = await useBotHarness({ now: '2026-11-15T20:00:00+07:00' });

interface Language {
  id: number;
  moneyTooLarge: string;
  countTooLarge: string;
  add: string;
  priceTooLarge: string;
  simTooLarge: string;
  targetTooLarge: string;
  clicksAbove: string;
  viewsTooLarge: string;
  farMonth: (month: string) => string;
  goalTooLarge: string;
}

const LANGUAGES: Record<Locale, Language> = {
  vi: {
    id: 2101,
    moneyTooLarge: 'Số quá lớn: số tiền tối đa 1.000 tỷ ₫.',
    countTooLarge: 'Số quá lớn: tối đa 100.000.',
    add: 'thêm',
    priceTooLarge: 'Số quá lớn: giá bán và giá vốn một sản phẩm tối đa 100 triệu ₫.',
    simTooLarge:
      '📈 Số quá lớn: với giá trị đơn và tỉ lệ chốt hiện tại của shop, mục tiêu này cần số đơn, số lead hoặc tiền quảng cáo vượt 9.007.199.254.740.991. Thử một mục tiêu nhỏ hơn. Chưa lưu gì.',
    targetTooLarge: 'Số quá lớn: doanh thu mục tiêu tối đa 1.000.000.000.000 ₫. Chưa lưu gì.',
    clicksAbove:
      'Số lượt click không thể nhiều hơn số lượt hiển thị (mỗi click là trên một lượt hiển thị). Chưa lưu gì.',
    viewsTooLarge: 'Số quá lớn: lượt hiển thị và lượt click tối đa 10.000.000.000.',
    farMonth: (month) =>
      `Tháng ${month} còn xa quá: chỉ đặt mục tiêu cho tháng này đến tháng 11/2027. Chưa thay đổi gì.`,
    goalTooLarge: 'Số quá lớn: mục tiêu tối đa 1.000.000.000.000 ₫. Chưa thay đổi gì.',
  },
  en: {
    id: 2102,
    moneyTooLarge: 'Number too large: an amount is at most 1,000 billion ₫.',
    countTooLarge: 'Number too large: at most 100,000.',
    add: 'add',
    priceTooLarge: "Number too large: a product's sell price and cost are at most 100 million ₫.",
    simTooLarge:
      "📈 Number too large: with the shop's current order value and closing rate, this target needs orders, leads or ad spend beyond 9,007,199,254,740,991. Try a smaller target. Nothing saved.",
    targetTooLarge: 'Number too large: a revenue target is at most 1,000,000,000,000 ₫. Nothing saved.',
    clicksAbove:
      'Clicks cannot be more than impressions (every click is on an impression shown). Nothing saved.',
    viewsTooLarge: 'Number too large: impressions and clicks are at most 10,000,000,000.',
    farMonth: (month) =>
      `${month} is too far ahead: a goal can be set for this month up to 11/2027. Nothing changed.`,
    goalTooLarge: 'Number too large: a goal is at most 1,000,000,000,000 ₫. Nothing changed.',
  },
};

forEachLanguage(LANGUAGES, 'values past the limits', (locale, lang) => {
  let chat: ChatSession;
  let shopId: string;

  beforeEach(async () => {
    chat = await startOwner(h, locale, lang.id);
    shopId = (await shopIdsOf(db, String(lang.id)))[0]!;
  });

  it.each([
    ['15 2000 tỷ 2tr 85', 'money'],
    ['15 8tr5 1000000000001 85', 'money'],
    ['100001 8tr5 2tr 85', 'count'],
    ['15 8tr5 2tr 200.000', 'count'],
  ] as const)('refuses the entry %s with the limit, and keeps no card', async (text, kind) => {
    const reply = await chat.send(text);
    expect(reply.texts[0]).toContain(kind === 'money' ? lang.moneyTooLarge : lang.countTooLarge);
    expect(reply.sent[0]!.keyboard).toEqual([]);
    expect(await db.select().from(dailyRecords)).toEqual([]);
    expect(await db.select().from(entryDrafts)).toEqual([]);
  });

  it('takes the largest entry (100.000 orders, 1.000 tỷ) and a product at 100 triệu', async () => {
    const reply = await chat.send('100000 1000 tỷ 1000 tỷ 100000');
    expect(reply.sent[0]!.keyboard.length).toBeGreaterThan(0);
    await chat.send(`/products ${lang.add} Xe máy 100tr 90tr`);
    expect(await db.select().from(productPresets)).toMatchObject([
      { sellPrice: 100_000_000, cogs: 90_000_000 },
    ]);
  });

  it.each(['Xe máy 999 tỷ 500 tỷ', 'Xe máy 100.000.001 1tr', 'Xe máy 200tr 100000001'])(
    'refuses the product %s: its price × a day of orders would pass the bound',
    async (line) => {
      const reply = await chat.send(`/products ${lang.add} ${line}`);
      expect(reply.texts[0]).toContain(lang.priceTooLarge);
      expect(await db.select().from(productPresets)).toEqual([]);
    },
  );

  it('answers /simulate past the bound on a shop with AOV 1 ₫ and CVR 0,00001 % with the reason', async () => {
    // 28 days of 1 order, 1 ₫, 1.000 ₫ of ads, 10.000.000 leads: AOV 1 ₫, CVR 1 / 10^7 = 0,00001 %.
    // 1.000 tỷ / 1 ₫ = 10^12 orders; / 10^-7 = 10^19 leads, past 2^53 − 1.
    await insertDays(db, shopId, sameDaysEnding('2026-11-15', 28, [1, 1, 1_000, 10_000_000]));
    expect((await chat.send('/simulate 1000 tỷ')).texts).toEqual([lang.simTooLarge]);
    // 1 tỷ: 10^9 orders, 10^16 leads: still past the bound.
    expect((await chat.send('/simulate 1 tỷ')).texts).toEqual([lang.simTooLarge]);
    expect((await chat.send('/simulate 2000 tỷ')).texts).toEqual([lang.targetTooLarge]);
    expect(await db.select().from(growthSimulations)).toEqual([]);
    // 1.000 ₫: 1.000 orders, 10^10 leads; the spend 10^10 × CPL (28.000 ₫ / 2,8·10^8 leads = 0,0001 ₫) = 10^6 ₫.
    const fits = await chat.send('/simulate 1000');
    expect(fits.texts[0]).not.toContain(lang.simTooLarge);
    expect(await db.select().from(growthSimulations)).toMatchObject([
      { requiredOrders: 1_000, requiredLeads: 10_000_000_000 },
    ]);
  });

  it('answers /simulate past the bound when the AOV is a fraction of a đồng (entries within the limits)', async () => {
    // 100.000 orders for 1 ₫ a day: AOV 0,00001 ₫; 1.000 tỷ needs 10^17 orders.
    await insertDays(db, shopId, sameDaysEnding('2026-11-15', 28, [100_000, 1, 1_000, 100_000]));
    expect((await chat.send('/simulate 1000 tỷ')).texts).toEqual([lang.simTooLarge]);
    expect(await db.select().from(growthSimulations)).toEqual([]);
  });

  it.each([
    ['hiển thị 100, click 500', 'clicks'],
    ['hiển thị 0, click 1', 'clicks'],
    ['hiển thị 10000000001, click 5', 'views'],
    ['hiển thị 1000, click 10000000001', 'views'],
  ] as const)('refuses /ads with %s, and stores nothing', async (views, reason) => {
    const reply = await chat.send(
      `/ads Váy đỏ: ngày 4, chi 1tr, lead 10, đơn 2, doanh thu 1tr, kênh khác, ${views}`,
    );
    expect(reply.texts[0]).toContain(reason === 'clicks' ? lang.clicksAbove : lang.viewsTooLarge);
    expect(await db.select().from(adDecisions)).toEqual([]);
  });

  it('takes /ads with as many clicks as impressions', async () => {
    await chat.send(
      '/ads Váy đỏ: ngày 4, chi 1tr, lead 10, đơn 2, doanh thu 1tr, kênh khác, hiển thị 100, click 100',
    );
    expect(await db.select().from(adDecisions)).toMatchObject([{ impressions: 100, clicks: 100 }]);
  });

  it('asks again in the /ads flow for clicks above the impressions', async () => {
    await chat.send('/ads');
    await chat.send('Áo thun');
    await chat.press('Facebook');
    for (const answer of ['5', '2 triệu', '100', '20', '10tr']) await chat.send(answer);
    expect((await chat.send('10000000001')).texts[0]).toContain(lang.viewsTooLarge);
    await chat.send('100');
    expect((await chat.send('500')).texts[0]).toContain(lang.clicksAbove);
    expect(await db.select().from(adDecisions)).toEqual([]);
    await chat.send('100');
    expect(await db.select().from(adDecisions)).toMatchObject([{ impressions: 100, clicks: 100 }]);
  });

  it.each([
    ['12/9999', '12/9999'],
    ['12/2027', '12/2027'],
    ['1/2030', '01/2030'],
    ['11/2099', '11/2099'],
  ])('refuses /goal %s 300tr: more than twelve months ahead', async (month, shown) => {
    expect((await chat.send(`/goal ${month} 300tr`)).texts).toEqual([lang.farMonth(shown)]);
    expect(await db.select().from(monthlyGoals)).toEqual([]);
  });

  it('sets /goal twelve months ahead, and refuses a target past the limit', async () => {
    expect((await chat.send('/goal 2000 tỷ')).texts).toEqual([lang.goalTooLarge]);
    expect(await db.select().from(monthlyGoals)).toEqual([]);
    await chat.send('/goal 11/2027 300tr');
    expect(await db.select().from(monthlyGoals)).toMatchObject([
      { month: '2027-11', revenueTarget: 300_000_000 },
    ]);
  });
});
