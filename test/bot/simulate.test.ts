import { beforeEach, expect, it } from 'vitest';
import { getMonthlyGoal, upsertMonthlyGoal } from '../../src/db/queries/monthly-goals.js';
import { growthSimulations, monthlyGoals } from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import type { Locale } from '../../src/domain/locale.js';
import { useBotHarness } from '../support/bot-harness.js';
import { shopIdsOf } from '../support/owner-data-fixtures.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';
import { type FixtureDay, insertDays, sameDaysEnding } from '../support/record-fixtures.js';

const { db, h } = await useBotHarness({ now: '2026-11-15T20:00:00+07:00' });

/**
 * Every day of the last 28 (19/10–15/11): 10 orders, 5.000.000 ₫, 1.000.000 ₫ of ads, 50 leads — AOV
 * 500.000 ₫, CVR 20 %, CPL 20.000 ₫; today's ad spend run-rate 28.000.000 / 28 × 30 = 30.000.000 ₫ a month.
 */
const daysEndingToday = (count: number): FixtureDay[] =>
  sameDaysEnding('2026-11-15', count, [10, 5_000_000, 1_000_000, 50]);

interface Language {
  id: number;
  stranger: number;
  simulation: string[];
  easy: string;
  tooFew: string;
  list: string[];
  setGoal: string;
  answerSet: string;
  answerUnchanged: string;
  replaced: string;
  stale: string;
  bad: string;
}

const LANGUAGES: Record<Locale, Language> = {
  vi: {
    id: 1301,
    stranger: 1302,
    simulation: [
      '📈 Mô phỏng doanh thu 300.000.000 ₫/tháng · Hoa Mai Shop',
      'Theo 28 ngày được ghi trong 28 ngày gần nhất: AOV (giá trị đơn) 500.000 ₫ · CVR (tỉ lệ chốt) 20,00 % · CPL (chi phí/lead) 20.000 ₫ · quảng cáo hiện tại 30.000.000 ₫/tháng',
      // 300.000.000 / 500.000 = 600 orders; / 20 % = 3.000 leads.
      'Cần mỗi tháng: 600 đơn · 3.000 lead',
      // 3.000 × 20.000 = 60.000.000 ₫ = 2 × 30.000.000; profit 300tr × 0,6 − 60tr = 120.000.000 ₫.
      '• Giữ nguyên CPL: quảng cáo 60.000.000 ₫ (gấp 2,00 lần hiện tại), lãi ròng dự kiến 120.000.000 ₫',
      // The extra 30.000.000 at CPL × (1 + 0,15 × log2 2) = 34.500.000: 64.500.000 ₫ (2,15×); profit 115.500.000.
      '• CPL tăng 15 % mỗi lần chi gấp đôi, trên phần chi thêm: quảng cáo 64.500.000 ₫ (gấp 2,15 lần hiện tại), lãi ròng dự kiến 115.500.000 ₫',
      // 2,15 > 2: hard (at today's CPL, 2,00 would have been moderate).
      'Mức khả thi (theo dòng thứ hai): 🟠 khó',
      // At 30.000.000 ₫: 1.500 leads; 600 / 1.500 = 40 %; or 300 orders at 20 %: 300tr / 300 = 1.000.000 ₫.
      'Muốn đạt mà giữ mức quảng cáo hiện tại (30.000.000 ₫/tháng) thì cần CVR 40,00 % (hiện 20,00 %) hoặc AOV 1.000.000 ₫ (hiện 500.000 ₫).',
    ],
    // 30.000.000: 60 orders, 300 leads, 6.000.000 ₫ of ads (0,20×): easy, today's spend covers it.
    easy: [
      'Cần mỗi tháng: 60 đơn · 300 lead',
      '• Giữ nguyên CPL: quảng cáo 6.000.000 ₫ (gấp 0,20 lần hiện tại), lãi ròng dự kiến 12.000.000 ₫',
      '• CPL tăng 15 % mỗi lần chi gấp đôi, trên phần chi thêm: quảng cáo 6.000.000 ₫ (gấp 0,20 lần hiện tại), lãi ròng dự kiến 12.000.000 ₫',
      'Mức khả thi (theo dòng thứ hai): 🟢 dễ',
      'Mức quảng cáo hiện tại (30.000.000 ₫/tháng) đã đủ cho doanh thu này.',
    ].join('\n'),
    tooFew:
      '📈 Để mô phỏng cần ít nhất 7 ngày được ghi trong 28 ngày gần nhất; mới có 5, còn thiếu 2 ngày. Mỗi tối gửi 4 số (ví dụ 15 8tr5 2tr 85) rồi thử lại. Chưa lưu gì.',
    list: [
      '📈 Các lần mô phỏng gần nhất · Hoa Mai Shop',
      '1. 15/11/2026: 30.000.000 ₫/tháng → quảng cáo 6.000.000 ₫, lãi ròng 12.000.000 ₫ · 🟢 dễ',
      '2. 15/11/2026: 300.000.000 ₫/tháng → quảng cáo 64.500.000 ₫, lãi ròng 115.500.000 ₫ · 🟠 khó',
    ],
    setGoal: '🎯 Đặt làm mục tiêu',
    answerSet: 'Đã đặt mục tiêu tháng 11/2026',
    answerUnchanged: 'Mục tiêu doanh thu tháng 11/2026 đã là 300.000.000 ₫.',
    replaced: [
      '🎯 Đã thay mục tiêu tháng 11/2026:',
      'Doanh thu: 250.000.000 ₫ → 300.000.000 ₫',
      'Lãi ròng: 50.000.000 ₫ → 50.000.000 ₫',
    ].join('\n'),
    stale: 'Nút này đã cũ hoặc không còn hiệu lực.',
    bad: 'Mình không đọc được doanh thu “nhiều lắm”.',
  },
  en: {
    id: 1311,
    stranger: 1312,
    simulation: [
      '📈 Simulation of 300,000,000 ₫/month revenue · Anna Flowers',
      'From 28 recorded days of the last 28: AOV (order value) 500,000 ₫ · CVR (close rate) 20.00% · CPL (cost per lead) 20,000 ₫ · ad spend now 30,000,000 ₫/month',
      'Needed each month: 600 orders · 3,000 leads',
      "• At today's CPL: ad spend 60,000,000 ₫ (2.00× today's), projected net profit 120,000,000 ₫",
      "• With CPL up 15% per doubling of spend, on the extra spend: ad spend 64,500,000 ₫ (2.15× today's), projected net profit 115,500,000 ₫",
      'Feasibility (from the second line): 🟠 hard',
      "To get there at today's ad spend (30,000,000 ₫/month) it would take a CVR of 40.00% (now 20.00%) or an AOV of 1,000,000 ₫ (now 500,000 ₫).",
    ],
    easy: [
      'Needed each month: 60 orders · 300 leads',
      "• At today's CPL: ad spend 6,000,000 ₫ (0.20× today's), projected net profit 12,000,000 ₫",
      "• With CPL up 15% per doubling of spend, on the extra spend: ad spend 6,000,000 ₫ (0.20× today's), projected net profit 12,000,000 ₫",
      'Feasibility (from the second line): 🟢 easy',
      "Today's ad spend (30,000,000 ₫/month) already covers this revenue.",
    ].join('\n'),
    tooFew:
      '📈 A simulation needs at least 7 recorded days in the last 28; there are 5, 2 more needed. Send your 4 numbers each evening (e.g. 15 8.5m 2m 85) and try again. Nothing saved.',
    list: [
      '📈 Latest simulations · Anna Flowers',
      '1. Sun 15 Nov 2026: 30,000,000 ₫/month → ad spend 6,000,000 ₫, net profit 12,000,000 ₫ · 🟢 easy',
      '2. Sun 15 Nov 2026: 300,000,000 ₫/month → ad spend 64,500,000 ₫, net profit 115,500,000 ₫ · 🟠 hard',
    ],
    setGoal: '🎯 Set as goal',
    answerSet: 'Goal for 11/2026 set',
    answerUnchanged: 'The revenue goal for 11/2026 is already 300,000,000 ₫.',
    replaced: [
      '🎯 Goal for 11/2026 replaced:',
      'Revenue: 250,000,000 ₫ → 300,000,000 ₫',
      'Net profit: 50,000,000 ₫ → 50,000,000 ₫',
    ].join('\n'),
    stale: 'This button is old or no longer active.',
    bad: "I couldn't read the revenue “nhiều lắm”.",
  },
};

forEachLanguage(LANGUAGES, '/simulate', (locale, lang) => {
  let chat: ChatSession;
  let shopId: string;

  beforeEach(async () => {
    chat = await startOwner(h, locale, lang.id);
    shopId = (await shopIdsOf(db, String(lang.id)))[0]!;
  });

  it('simulates 300tr at AOV 500.000, CVR 20 %, CPL 20.000, with and without saturation, and stores it', async () => {
    await insertDays(db, shopId, daysEndingToday(28));
    const reply = await chat.send('/simulate 300tr');
    expect(reply.texts).toEqual([lang.simulation.join('\n')]);
    expect(chat.buttons(reply.sent[0])).toEqual([lang.setGoal]);
    expect(await db.select().from(growthSimulations)).toMatchObject([
      {
        shopId,
        targetRevenue: 300_000_000,
        basedOnDays: 28,
        requiredOrders: 600,
        requiredLeads: 3_000,
        requiredAdSpend: 64_500_000,
        projectedNetProfit: 115_500_000,
        feasibilityLevel: 'hard',
        assumptions: { adSpendAtTodaysCpl: 60_000_000, netProfitAtTodaysCpl: 120_000_000 },
      },
    ]);
    // A target today's spend covers.
    expect((await chat.send('/simulate 30 triệu')).texts[0]).toContain(lang.easy);
  });

  it('uses the CPL rise the owner set in /settings: at 0 % the saturated spend is the plain one', async () => {
    await insertDays(db, shopId, daysEndingToday(28));
    await chat.send(locale === 'vi' ? '/settings cpl tăng khi gấp đôi 0%' : '/settings cpl rise 0%');
    await chat.send('/simulate 300tr');
    // 3.000 leads × 20.000 ₫ = 60.000.000 ₫ with no rise: 2,00 × today's 30.000.000 ₫, moderate.
    expect(await db.select().from(growthSimulations)).toMatchObject([
      { requiredAdSpend: 60_000_000, projectedNetProfit: 120_000_000, feasibilityLevel: 'moderate' },
    ]);
  });

  it('with fewer than 7 recorded days says what is missing and stores nothing', async () => {
    await insertDays(db, shopId, daysEndingToday(5));
    expect((await chat.send('/simulate 300tr')).texts).toEqual([lang.tooFew]);
    expect((await chat.send('/simulate nhiều lắm')).texts[0]).toContain(lang.bad);
    expect(await db.select().from(growthSimulations)).toEqual([]);
  });

  it('lists the last five, newest first, each with its Set as goal button', async () => {
    await insertDays(db, shopId, daysEndingToday(28));
    await chat.send('/simulate 300tr');
    h.clock.now = new Date('2026-11-15T21:00:00+07:00');
    for (const target of ['100tr', '120tr', '150tr', '200tr', '30tr']) {
      h.clock.now = new Date(h.clock.now.getTime() + 60_000);
      await chat.send(`/simulate ${target}`);
    }
    const reply = await chat.send('/simulate');
    const lines = reply.texts[0]!.split('\n');
    expect(lines[0]).toBe(lang.list[0]);
    expect(lines[1]).toBe(lang.list[1]);
    expect(lines).toHaveLength(1 + 5 + 2);
    expect(reply.texts[0]).not.toContain('300.000.000');
    expect(reply.texts[0]).not.toContain('300,000,000');
    expect(chat.buttons(reply.sent[0])).toEqual(['🎯 1', '🎯 2', '🎯 3', '🎯 4', '🎯 5']);
    // The fifth is the 100tr one.
    const pressed = await chat.press('🎯 5', reply.sent[0]);
    expect(pressed.answers).toEqual([lang.answerSet]);
    expect(await getMonthlyGoal(db, shopId, '2026-11')).toMatchObject({ revenueTarget: 100_000_000 });
  });

  it('Set as goal makes the target this month’s goal, old → new, once', async () => {
    await insertDays(db, shopId, daysEndingToday(28));
    const result = (await chat.send('/simulate 300tr')).sent[0]!;
    await upsertMonthlyGoal(db, shopId, {
      month: '2026-11',
      revenueTarget: 250_000_000,
      profitTarget: 50_000_000,
    });
    const pressed = await chat.press(lang.setGoal, result);
    expect(pressed.answers).toEqual([lang.answerSet]);
    expect(pressed.texts).toEqual([lang.replaced]);
    expect(await getMonthlyGoal(db, shopId, '2026-11')).toMatchObject({
      revenueTarget: 300_000_000,
      profitTarget: 50_000_000,
    });
    const again = await chat.press(lang.setGoal, result);
    expect(again.answers).toEqual([lang.answerUnchanged]);
    expect(again.texts).toEqual([]);
  });

  it("another owner cannot list or use this owner's simulations", async () => {
    await insertDays(db, shopId, daysEndingToday(28));
    const result = (await chat.send('/simulate 300tr')).sent[0]!;
    const data = result.keyboard[0]![0]!.callback_data!;
    const stranger = await startOwner(h, locale, lang.stranger);
    const list = await stranger.send('/simulate');
    expect(list.texts[0]).not.toContain(locale === 'vi' ? '300.000.000' : '300,000,000');
    expect(stranger.buttons(list.sent[0])).toEqual([]);
    const foreign = await stranger.pressData(data, result);
    expect(foreign.answers).toEqual([lang.stale]);
    const tampered = await chat.pressData('sim:goal:not-a-simulation', result);
    expect(tampered.answers).toEqual([lang.stale]);
    expect(await db.select().from(monthlyGoals)).toEqual([]);
  });
});
