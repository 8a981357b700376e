import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { upsertMonthlyGoal } from '../../src/db/queries/monthly-goals.js';
import { insertActionItems } from '../../src/db/queries/weekly-batch.js';
import { actionItems, shops, weeklyDiagnostics } from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { addDays } from '../../src/domain/local-date.js';
import { allActionScreens } from '../support/actions-screens.js';
import { onboard, onboardEnglishOwner, useBotHarness } from '../support/bot-harness.js';
import { type FixtureDay, insertDays } from '../support/record-fixtures.js';

// Tuesday of 2026-W48: /week reports W47 (16–22/11).
const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

function week(monday: string, orders: number, revenue: number, adSpend: number, leads: number): FixtureDay[] {
  return Array.from(
    { length: 7 },
    (_, i) => [addDays(monday, i), orders, revenue, adSpend, leads] as FixtureDay,
  );
}

/**
 * A bad week after two calm ones, COGS 40 % (margin 60 %), with a month goal of 300tr revenue and 60tr profit.
 * W45 and W46, each: 84 orders, 42.000.000 ₫, 9.142.560 ₫ of ads for 504 leads (CPL 18.140 ₫).
 * W47: 77 orders, 38.500.000 ₫, 27.300.000 ₫ of ads for 910 leads: CPL 30.000 ₫, CVR 77 / 910 = 8,46 %,
 * contribution 38.500.000 × 60 % = 23.100.000 ₫ (300.000 ₫ an order), net profit −4.200.000 ₫.
 */
async function seedBadWeek(shopId: string) {
  await insertDays(db, shopId, [
    ...week('2026-11-02', 12, 6_000_000, 1_306_080, 72),
    ...week('2026-11-09', 12, 6_000_000, 1_306_080, 72),
    ...week('2026-11-16', 11, 5_500_000, 3_900_000, 130),
  ]);
  await upsertMonthlyGoal(db, shopId, {
    month: '2026-11',
    revenueTarget: 300_000_000,
    profitTarget: 60_000_000,
  });
}

/** The open items' texts, as /actions lists them ("3. text ⏳ (tuần …)" → "text"). */
function listedTexts(list: string): string[] {
  return list
    .split('\n')
    .filter((line) => /^\d+\. /.test(line))
    .map((line) => line.replace(/^\d+\. /, '').replace(/ [⏳👍] \(.*\)$/u, ''));
}

let chat: ChatSession;
let shopId: string;

beforeEach(async () => {
  chat = h.user({ id: 711, first_name: 'Mai', language_code: 'vi' });
  await onboard(chat);
  shopId = (await db.select().from(shops))[0]!.id;
  await seedBadWeek(shopId);
});

// The effects, each the week's profit at the target shown minus its profit, for the same 910 leads:
// - ads back to last week's 9.142.560 ₫: 27.300.000 − 9.142.560 = 18.157.440 ₫;
// - CVR 8,46 % → 10 %: 91 orders, 14 more × 300.000 ₫ = 4.200.000 ₫;
// - CPL 30.000 → 23.582 ₫ (1,3 × the median 18.140 ₫, below the break-even 23.100.000 / 910 = 25.385 ₫, so
//   the report's one CPL target): 27.300.000 − 910 × 23.582 = 27.300.000 − 21.459.620 = 5.840.380 ₫.
// CPL and ad spend are both cheaper ads: the CPL item comes after the CVR one and does not add to item 1.
describe('a bad week’s action items', () => {
  it('show the effect of reaching each target, one CPL target, no pacing or "biggest cause" items', async () => {
    const report = (await chat.send('/week')).texts[0]!;
    expect(report).toContain(
      [
        'Việc nên làm (bấm nút để trả lời):',
        '1. Đưa ngân sách quảng cáo về khoảng 9.142.560 ₫/tuần cho tới khi đơn tăng lại. ⏳',
        '   ↳ Quảng cáo: 27.300.000 ₫ → 9.142.560 ₫ · ảnh hưởng lãi ~18.157.440 ₫',
        '2. Trả lời tin nhắn khách trong 5 phút. ⏳',
        '   ↳ CVR (tỉ lệ chốt): 8,46 % → 10,00 % · ảnh hưởng lãi ~4.200.000 ₫',
        '3. Tạm dừng quảng cáo có CPL trên 23.582 ₫. ⏳',
        '   ↳ CPL (chi phí/lead): 30.000 ₫ → 23.582 ₫ · ảnh hưởng lãi ~5.840.380 ₫ (trùng với việc 1, không cộng dồn)',
        // ROAS 2, loss 2, CVR 3, CPL 2, ad budget 2, the month plan once: twelve items, nine left.
        '+ 9 việc nữa trong /actions',
      ].join('\n'),
    );
    expect(report).not.toContain('Nhắm');
    expect(report).not.toContain('nguyên nhân lớn nhất');
    expect(report).not.toContain('25.385');
    expect(report).toContain('🟠 CVR 8,46 % dưới mức tối thiểu 10,00 %');

    const list = await allActionScreens(chat);
    const texts = listedTexts(list);
    expect(texts).toHaveLength(12);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts).toContain('Xem lại kế hoạch tháng: mục tiêu còn thực tế không?');
    expect(texts.filter((t) => /Nhắm|nguyên nhân lớn nhất|Giữ CPL dưới/.test(t))).toEqual([]);
    // Every CPL to aim for, in the report and the list, is the one target.
    const targets = (text: string) =>
      [...text.matchAll(/CPL (?:trên|dưới) ([\d.]+) ₫|↳ CPL[^:\n]*: [\d.]+ ₫ → ([\d.]+) ₫/g)].map(
        (m) => m[1] ?? m[2],
      );
    expect(targets(report)).toEqual(['23.582', '23.582']);
    expect(new Set(targets(list))).toEqual(new Set(['23.582']));
  });

  it('does the same in English', async () => {
    const anna = await onboardEnglishOwner(h, 712);
    const [annaShop] = await db.select().from(shops).where(eq(shops.name, 'Anna Flowers'));
    await seedBadWeek(annaShop!.id);
    const report = (await anna.send('/week')).texts[0]!;
    expect(report).toContain(
      [
        'What to do (answer with the buttons):',
        '1. Bring ad spend back to about 9,142,560 ₫/week until orders pick up. ⏳',
        '   ↳ Ad spend: 27,300,000 ₫ → 9,142,560 ₫ · worth ~18,157,440 ₫ of profit',
        '2. Answer customer messages within 5 minutes. ⏳',
        '   ↳ CVR (lead to order): 8.46% → 10.00% · worth ~4,200,000 ₫ of profit',
        '3. Pause ads with CPL above 23,582 ₫. ⏳',
        '   ↳ CPL (cost per lead): 30,000 ₫ → 23,582 ₫ · worth ~5,840,380 ₫ of profit (overlaps item 1, not to be added up)',
        '+ 9 more in /actions',
      ].join('\n'),
    );
    expect(report).not.toMatch(/Aim for|biggest cause|25,385/);
    const texts = listedTexts(await allActionScreens(anna));
    expect(texts).toHaveLength(12);
    expect(new Set(texts).size).toBe(12);
    expect(texts).toContain('Review the month plan: is the goal still realistic?');
  });
});

describe('items moving the same number', () => {
  // W46 and W47 alike: 7 × (8 orders, 4.000.000 ₫, 500.000 ₫ of ads, 100 leads): CVR 56 / 700 = 8 %, the
  // only issue. CVR → 10 %: 70 orders, 14 more × 16.800.000 / 56 = 300.000 ₫ = 4.200.000 ₫, once.
  async function lowCvrShop(session: ChatSession, name: string, language: 'vi' | 'en') {
    await onboard(session, { shopName: name, language });
    const [shop] = await db.select().from(shops).where(eq(shops.name, name));
    await insertDays(db, shop!.id, [
      ...week('2026-11-09', 8, 4_000_000, 500_000, 100),
      ...week('2026-11-16', 8, 4_000_000, 500_000, 100),
    ]);
  }

  it('show the effect once and are not added up', async () => {
    const lan = h.user({ id: 713, first_name: 'Lan', language_code: 'vi' });
    await lowCvrShop(lan, 'Lan Shop', 'vi');
    expect((await lan.send('/week')).texts[0]).toContain(
      [
        '1. Trả lời tin nhắn khách trong 5 phút. ⏳',
        '   ↳ CVR (tỉ lệ chốt): 8,00 % → 10,00 % · ảnh hưởng lãi ~4.200.000 ₫',
        '2. Nhắn lại những khách đã hỏi mà chưa mua. ⏳',
        '   ↳ cùng mục tiêu với việc 1',
        '3. Kiểm tra đối tượng quảng cáo: lead có đúng khách mua không? ⏳',
        '   ↳ cùng mục tiêu với việc 1',
      ].join('\n'),
    );
    const tom = h.user({ id: 714, first_name: 'Tom', language_code: 'en' });
    await lowCvrShop(tom, 'Tom Shop', 'en');
    expect((await tom.send('/week')).texts[0]).toContain(
      [
        '1. Answer customer messages within 5 minutes. ⏳',
        '   ↳ CVR (lead to order): 8.00% → 10.00% · worth ~4,200,000 ₫ of profit',
        '2. Follow up with people who asked but did not buy. ⏳',
        '   ↳ same target as item 1',
        '3. Check ad targeting: are the leads real buyers? ⏳',
        '   ↳ same target as item 1',
      ].join('\n'),
    );
  });
});

describe('/actions', () => {
  it('lists an item asked again by a newer week once, in the newer week, keeping its answer', async () => {
    const first = await chat.send('/week');
    await chat.press('2 👍 Nhận', first.sent[0]);
    // W48 as bad as W47: it asks again about ROAS, the loss, CVR, CPL and the month plan.
    await insertDays(db, shopId, week('2026-11-23', 11, 5_500_000, 3_900_000, 130));
    h.clock.now = new Date('2026-12-01T13:00:00Z');
    const second = (await chat.send('/week')).texts[0]!;
    // The accepted CVR item is the same item in W48's report, still accepted.
    expect(second).toContain('Trả lời tin nhắn khách trong 5 phút. 👍');
    const list = await allActionScreens(chat);
    const texts = listedTexts(list);
    expect(new Set(texts).size).toBe(texts.length);
    expect(list).toContain('Trả lời tin nhắn khách trong 5 phút. 👍 (tuần 23/11)');
    // W47 keeps what W48 does not ask: the ad budget to go back to (W48's ads did not rise).
    expect(list).toContain('Kiểm tra các quảng cáo mới bật trong tuần. ⏳ (tuần 16/11)');
    // Twelve items in all, none twice: W48's ten and W47's two about the ad budget.
    expect(texts).toHaveLength(12);
    expect(await db.select().from(actionItems)).toHaveLength(12);
  });

  it('shows a text once when it was stored twice before', async () => {
    await chat.send('/week');
    const [diagnostic] = await db.select().from(weeklyDiagnostics);
    // As a diagnosis stored it before texts were kept unique: the month plan twice.
    await insertActionItems(db, [
      {
        diagnosticId: diagnostic!.id,
        shopId,
        issueCode: 'goal-profit-off-pace',
        templateKey: 'action-review-goal-plan',
        params: {},
        text: 'Xem lại kế hoạch tháng: mục tiêu còn thực tế không?',
        position: 12,
      },
    ]);
    const texts = listedTexts(await allActionScreens(chat));
    expect(texts).toHaveLength(12);
    expect(new Set(texts).size).toBe(12);
  });

  it('no longer offers an aim or a "biggest cause" item stored before they stopped being actions', async () => {
    await chat.send('/week');
    const [diagnostic] = await db.select().from(weeklyDiagnostics);
    const stored = (templateKey: string, text: string, position: number) => ({
      diagnosticId: diagnostic!.id,
      shopId,
      issueCode: 'goal-profit-off-pace',
      templateKey,
      params: {},
      text,
      position,
    });
    await insertActionItems(db, [
      stored('action-hit-daily-profit', 'Nhắm lãi 2.923.253 ₫/ngày để kịp mục tiêu.', 12),
      stored('action-fix-biggest-cause', 'Tập trung sửa nguyên nhân lớn nhất ở dòng "Vì sao".', 13),
    ]);
    const list = await allActionScreens(chat);
    expect(list).not.toMatch(/Nhắm lãi|nguyên nhân lớn nhất/);
    expect(listedTexts(list)).toHaveLength(12);
    const report = (await chat.send('/week')).texts[0]!;
    expect(report).not.toMatch(/Nhắm lãi|nguyên nhân lớn nhất/);
    expect(report).toContain('+ 9 việc nữa trong /actions');
  });
});
