import { beforeEach, expect, it } from 'vitest';
import { getMonthlyGoal } from '../../src/db/queries/monthly-goals.js';
import { monthlyGoals } from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { addDays } from '../../src/domain/local-date.js';
import type { Locale } from '../../src/domain/locale.js';
import { useBotHarness } from '../support/bot-harness.js';
import { shopIdsOf } from '../support/owner-data-fixtures.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';
import { type FixtureDay, insertDays } from '../support/record-fixtures.js';

// Sunday 15/11/2026, mid-month: 15 of November's 30 days have elapsed.
const { db, h } = await useBotHarness({ now: '2026-11-15T20:00:00+07:00' });

/**
 * 19/10–15/11 (the last 28 days), every day but 05/11 and 12/11: 10 orders, 5.000.000 ₫, 1.000.000 ₫ of ads,
 * 50 leads — AOV 500.000 ₫, CVR 20 %, CPL 20.000 ₫. November so far: 13 days, 65.000.000 ₫ of revenue,
 * net profit 13 × (5.000.000 × 0,6 − 1.000.000) = 26.000.000 ₫ (COGS 40 %, no other cost).
 */
const DAYS: FixtureDay[] = Array.from({ length: 28 }, (_, i) => addDays('2026-10-19', i))
  .filter((date) => date !== '2026-11-05' && date !== '2026-11-12')
  .map((date) => [date, 10, 5_000_000, 1_000_000, 50]);

interface Language {
  id: number;
  other: number;
  status: string[];
  replaced: string;
  replacedKept: string;
  profitDropped: string;
  setDecember: string;
  none: string;
  errors: Record<string, string>;
  unitsApart: string;
  empty: string[];
}

const LANGUAGES: Record<Locale, Language> = {
  vi: {
    id: 1201,
    other: 1202,
    status: [
      '🎯 Mục tiêu tháng 11/2026 · Hoa Mai Shop (đến 15/11, ngày 15/30)',
      // Pro-rata 300.000.000 × 15/30 = 150.000.000, 85.000.000 short; 65 / 150 = 43,3 %;
      // profit 30.000.000 − 26.000.000 = 4.000.000 short, 26 / 30 = 86,7 %.
      'Doanh thu: 65.000.000 ₫ / 300.000.000 ₫ · đúng tiến độ là 150.000.000 ₫ · chậm 85.000.000 ₫ so với kế hoạch, mới được 43 %',
      'Lãi ròng: 26.000.000 ₫ / 60.000.000 ₫ · đúng tiến độ là 30.000.000 ₫ · chậm 4.000.000 ₫ so với kế hoạch, mới được 87 %',
      // 65.000.000 × 30 / 15 and 26.000.000 × 30 / 15: the pace's basis, so 43 % and 87 % again.
      'Dự báo cuối tháng theo nhịp hiện tại: doanh thu 130.000.000 ₫ (43 % mục tiêu)',
      'Dự báo cuối tháng theo nhịp hiện tại: lãi ròng 52.000.000 ₫ (87 % mục tiêu)',
      'Chưa ghi 2 ngày: 05/11, 12/11. Các ngày này tính là 0 ₫ cho cả tiến độ lẫn dự báo (/edit để bổ sung).',
      // (300.000.000 − 65.000.000) / 15 = 15.666.666,7 → 15.666.667 ₫; / 500.000 = 31,3 → 32 orders;
      // / 20 % = 156,7 → 157 leads; × 20.000 = 3.133.333 ₫.
      'Mỗi ngày trong 15 ngày còn lại cần: doanh thu 15.666.667 ₫, 32 đơn, 157 lead, quảng cáo 3.133.333 ₫.',
      'Theo 28 ngày gần nhất: AOV (giá trị đơn) 500.000 ₫, CVR (tỉ lệ chốt) 20,00 %, CPL (chi phí/lead) 20.000 ₫.',
    ],
    replaced: [
      '🎯 Đã thay mục tiêu tháng 11/2026:',
      'Doanh thu: 300.000.000 ₫ → 250.000.000 ₫',
      'Lãi ròng: 60.000.000 ₫ → chưa đặt',
    ].join('\n'),
    replacedKept: [
      '🎯 Đã thay mục tiêu tháng 11/2026:',
      'Doanh thu: 300.000.000 ₫ → 250.000.000 ₫',
      'Lãi ròng: giữ mục tiêu 60.000.000 ₫ (để bỏ mục tiêu lãi, gõ /goal <doanh thu> 0)',
    ].join('\n'),
    profitDropped: 'Lãi ròng: đã bỏ mục tiêu 60.000.000 ₫ vì cao hơn mục tiêu doanh thu 50.000.000 ₫',
    setDecember: '🎯 Đã đặt mục tiêu tháng 12/2026: doanh thu 300.000.000 ₫.',
    none: '🎯 Tháng 11/2026 của Hoa Mai Shop chưa có mục tiêu. Đặt bằng /goal 300tr',
    errors: {
      abc: 'Mình không đọc được số tiền “abc”.',
      '13/2026 300tr': '“13/2026” không phải một tháng.',
      '10/2026 300tr': 'Tháng 10/2026 đã qua nên không đặt mục tiêu được nữa',
      '300 triệu 60': '“300 triệu 60” đọc được thành một số tiền hoặc hai.',
      '60tr 300tr': 'Mục tiêu lãi ròng không thể lớn hơn mục tiêu doanh thu',
      '0đ': 'Mục tiêu doanh thu phải lớn hơn 0 ₫.',
      '300tr -5tr': 'Mình không đọc được số tiền “300tr -5tr”.',
    },
    unitsApart: '🎯 Đã đặt mục tiêu tháng 11/2026: doanh thu 300.000.000 ₫, lãi ròng 60.000.000 ₫.',
    empty: [
      '🎯 Mục tiêu tháng 11/2026 · Hoa Mai Shop (đến 15/11, ngày 15/30)',
      'Doanh thu: 0 ₫ / 300.000.000 ₫ · đúng tiến độ là 150.000.000 ₫ · chậm 150.000.000 ₫ so với kế hoạch, mới được 0 %',
      'Tháng này chưa có ngày nào được ghi nên chưa dự báo được.',
      'Chưa ghi 15 ngày: 01/11, 02/11, 03/11, 04/11, 05/11, 06/11, 07/11, 08/11, 09/11, 10/11 và 5 ngày khác. Các ngày này tính là 0 ₫ cho cả tiến độ lẫn dự báo (/edit để bổ sung).',
      // 300.000.000 / 15 days left.
      'Mỗi ngày trong 15 ngày còn lại cần doanh thu 20.000.000 ₫.',
      'Số đơn, lead và tiền quảng cáo cần mỗi ngày tính từ 28 ngày gần nhất: cần ít nhất 7 ngày được ghi, mới có 0.',
    ],
  },
  en: {
    id: 1211,
    other: 1212,
    status: [
      '🎯 Goal for 11/2026 · Anna Flowers (to 15 Nov, day 15 of 30)',
      'Revenue: 65,000,000 ₫ / 300,000,000 ₫ · on pace would be 150,000,000 ₫ · 85,000,000 ₫ behind plan, 43% of it so far',
      'Net profit: 26,000,000 ₫ / 60,000,000 ₫ · on pace would be 30,000,000 ₫ · 4,000,000 ₫ behind plan, 87% of it so far',
      'Month-end forecast at the current rate: revenue 130,000,000 ₫ (43% of the goal)',
      'Month-end forecast at the current rate: net profit 52,000,000 ₫ (87% of the goal)',
      '2 days not recorded: 5 Nov, 12 Nov. They count as 0 ₫ in both the pace and the forecast (/edit to fill them in).',
      'Each of the 15 days left needs: revenue 15,666,667 ₫, 32 orders, 157 leads, ad spend 3,133,333 ₫.',
      'From the last 28 days: AOV (order value) 500,000 ₫, CVR (close rate) 20.00%, CPL (cost per lead) 20,000 ₫.',
    ],
    replaced: [
      '🎯 Goal for 11/2026 replaced:',
      'Revenue: 300,000,000 ₫ → 250,000,000 ₫',
      'Net profit: 60,000,000 ₫ → not set',
    ].join('\n'),
    replacedKept: [
      '🎯 Goal for 11/2026 replaced:',
      'Revenue: 300,000,000 ₫ → 250,000,000 ₫',
      'Net profit: target 60,000,000 ₫ kept (to remove it, type /goal <revenue> 0)',
    ].join('\n'),
    profitDropped: 'Net profit: target 60,000,000 ₫ removed, as it is above the revenue target 50,000,000 ₫',
    setDecember: '🎯 Goal for 12/2026 set: revenue 300,000,000 ₫.',
    none: '🎯 Anna Flowers has no goal for 11/2026 yet. Set one with /goal 300m',
    errors: {
      abc: "I couldn't read the amount “abc”.",
      '13/2026 300tr': '“13/2026” is not a month.',
      '10/2026 300tr': '10/2026 is over, so it can no longer get a goal',
      '300 triệu 60': '“300 triệu 60” reads as one amount or as two.',
      '60tr 300tr': 'The net profit goal cannot be above the revenue goal',
      '0đ': 'The revenue goal must be above 0 ₫.',
      '300tr -5tr': "I couldn't read the amount “300tr -5tr”.",
    },
    unitsApart: '🎯 Goal for 11/2026 set: revenue 300,000,000 ₫, net profit 60,000,000 ₫.',
    empty: [
      '🎯 Goal for 11/2026 · Anna Flowers (to 15 Nov, day 15 of 30)',
      'Revenue: 0 ₫ / 300,000,000 ₫ · on pace would be 150,000,000 ₫ · 150,000,000 ₫ behind plan, 0% of it so far',
      'No day of this month is recorded yet, so there is no forecast.',
      '15 days not recorded: 1 Nov, 2 Nov, 3 Nov, 4 Nov, 5 Nov, 6 Nov, 7 Nov, 8 Nov, 9 Nov, 10 Nov and 5 more. They count as 0 ₫ in both the pace and the forecast (/edit to fill them in).',
      'Each of the 15 days left needs revenue 20,000,000 ₫.',
      'The orders, leads and ad spend needed per day come from the last 28 days: they need at least 7 recorded days, there are 0.',
    ],
  },
};

forEachLanguage(LANGUAGES, '/goal', (locale, lang) => {
  let chat: ChatSession;
  let shopId: string;

  beforeEach(async () => {
    chat = await startOwner(h, locale, lang.id);
    shopId = (await shopIdsOf(db, String(lang.id)))[0]!;
    await insertDays(db, shopId, DAYS);
  });

  it('sets this month mid-month and shows pace, forecast, days not recorded and the needed run-rate', async () => {
    const reply = await chat.send('/goal 300tr 60tr');
    expect(reply.texts[0]).toBe(
      locale === 'vi'
        ? '🎯 Đã đặt mục tiêu tháng 11/2026: doanh thu 300.000.000 ₫, lãi ròng 60.000.000 ₫.'
        : '🎯 Goal for 11/2026 set: revenue 300,000,000 ₫, net profit 60,000,000 ₫.',
    );
    expect(reply.texts[1]).toBe(lang.status.join('\n'));
    expect(await getMonthlyGoal(db, shopId, '2026-11')).toMatchObject({
      revenueTarget: 300_000_000,
      profitTarget: 60_000_000,
    });
    // /goal alone shows the same.
    expect((await chat.send('/goal')).texts).toEqual([lang.status.join('\n')]);
  });

  it('replaces the goal with old → new: a revenue alone keeps the profit target, `… 0` removes it', async () => {
    await chat.send('/goal 300tr 60tr');
    expect((await chat.send('/goal 250tr')).texts[0]).toBe(lang.replacedKept);
    expect(await getMonthlyGoal(db, shopId, '2026-11')).toMatchObject({
      revenueTarget: 250_000_000,
      profitTarget: 60_000_000,
    });
    await chat.send('/goal 300tr 60tr');
    expect((await chat.send('/goal 250tr 0')).texts[0]).toBe(lang.replaced);
    expect(await getMonthlyGoal(db, shopId, '2026-11')).toMatchObject({
      revenueTarget: 250_000_000,
      profitTarget: null,
    });
  });

  it('drops a kept profit target above the new revenue target, and says so', async () => {
    await chat.send('/goal 300tr 60tr');
    const reply = (await chat.send('/goal 50tr')).texts[0]!;
    expect(reply).toContain(lang.profitDropped);
    expect(await getMonthlyGoal(db, shopId, '2026-11')).toMatchObject({
      revenueTarget: 50_000_000,
      profitTarget: null,
    });
  });

  it('sets another month with MM/YYYY, and reads units written apart', async () => {
    const reply = await chat.send('/goal 12/2026 300tr');
    expect(reply.texts).toEqual([lang.setDecember]);
    expect(await getMonthlyGoal(db, shopId, '2026-12')).toMatchObject({
      revenueTarget: 300_000_000,
      profitTarget: null,
    });
    expect(await getMonthlyGoal(db, shopId, '2026-11')).toBeNull();
    expect((await chat.send('/goal 300 triệu 60 triệu')).texts[0]).toBe(lang.unitsApart);
  });

  it('with no day recorded names them all and gives the revenue per day only', async () => {
    const fresh = await startOwner(h, locale, lang.other);
    const reply = await fresh.send('/goal 300tr');
    expect(reply.texts[1]).toBe(lang.empty.join('\n'));
  });

  it('without a goal says how to set one', async () => {
    expect((await chat.send('/goal')).texts[0]).toContain(lang.none);
  });

  it('refuses bad input with the reason and changes nothing', async () => {
    await chat.send('/goal 300tr 60tr');
    const before = await db.select().from(monthlyGoals);
    for (const [input, reason] of Object.entries(lang.errors)) {
      const reply = await chat.send(`/goal ${input}`);
      expect(reply.texts, input).toHaveLength(1);
      expect(reply.texts[0], input).toContain(reason);
    }
    expect(await db.select().from(monthlyGoals)).toEqual(before);
  });

  it("another owner neither sees nor changes this owner's goal", async () => {
    await chat.send('/goal 300tr 60tr');
    const other = await startOwner(h, locale, lang.other);
    expect((await other.send('/goal')).texts[0]).toContain(lang.none);
    await other.send('/goal 100tr');
    expect(await getMonthlyGoal(db, shopId, '2026-11')).toMatchObject({ revenueTarget: 300_000_000 });
    expect(await db.select().from(monthlyGoals)).toHaveLength(2);
  });
});
