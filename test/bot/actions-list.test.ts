import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { upsertMonthlyGoal } from '../../src/db/queries/monthly-goals.js';
import { actionItems, shops } from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { addDays } from '../../src/domain/local-date.js';
import { onboard, onboardEnglishOwner, useBotHarness } from '../support/bot-harness.js';
import { type FixtureDay, insertDays } from '../support/record-fixtures.js';

// Tuesday of 2026-W48: last week is W47 (16–22/11), the week before W46 (9–15/11).
const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

/** Seven days from `monday`, all the same. */
function week(monday: string, orders: number, revenue: number, adSpend: number, leads: number): FixtureDay[] {
  return Array.from(
    { length: 7 },
    (_, i) => [addDays(monday, i), orders, revenue, adSpend, leads] as FixtureDay,
  );
}

/**
 * docs/product.md's worked example (W47 bad after a good W46) with a November goal off pace: twelve items.
 * By the rules' order and the number each moves: ROAS (pause losing ads, raise order value), CPL (keep
 * under break-even), net profit (cut budget, review costs), CVR (reply fast, follow up, targeting),
 * revenue (past customers), ad spend (roll back, new ads), and the goal plan with no number.
 */
async function seedBadWeek(shopName: string): Promise<string> {
  const [shop] = await db.select().from(shops).where(eq(shops.name, shopName));
  const shopId = shop!.id;
  await insertDays(db, shopId, [
    ...week('2026-11-09', 15, 8_500_000, 2_000_000, 85),
    ...week('2026-11-16', 8, 4_000_000, 2_500_000, 90),
  ]);
  await upsertMonthlyGoal(db, shopId, { month: '2026-11', revenueTarget: 300_000_000, profitTarget: null });
  return shopId;
}

const vi = {
  shop: 'Hoa Mai Shop',
  stale: 'Nút này đã cũ hoặc không còn hiệu lực.',
  dismiss: (n: number) => `${n} ✖️ Bỏ qua`,
  done: (n: number) => `${n} ✅ Xong`,
  more: 'Xem thêm ▶',
  back: '◀ Trước',
  // The report's three (revenue, ad budget, CVR reply) dismissed: nine left, one answered from the list.
  first: [
    'Việc đang mở của Hoa Mai Shop:',
    '🎯 ROAS:',
    '1. Tắt hoặc giảm ngân sách các quảng cáo có ROAS dưới 1,67. ⏳ (tuần 16/11)',
    '2. Tăng giá trị đơn: combo, quà tặng khi mua nhiều. ⏳ (tuần 16/11)',
    '🎯 CPL (chi phí/lead):',
    '3. Giữ CPL dưới 26.667 ₫ (mức hòa vốn mỗi lead). ⏳ (tuần 16/11)',
    '🎯 Lãi ròng:',
    '4. Cắt ngân sách ở các nhóm quảng cáo kém hiệu quả nhất. ⏳ (tuần 16/11)',
    '5. Rà lại giá vốn, phí ship và chi phí cố định. ⏳ (tuần 16/11)',
    '+ 4 việc nữa: bấm Xem thêm',
  ],
  answered: 'Tuyệt! Việc 1 đã xong.',
  // Groups follow their first item: with the first ROAS item done, the CPL item (third in W47) leads.
  eightFirst: [
    'Việc đang mở của Hoa Mai Shop:',
    '🎯 CPL (chi phí/lead):',
    '1. Giữ CPL dưới 26.667 ₫ (mức hòa vốn mỗi lead). ⏳ (tuần 16/11)',
    '🎯 ROAS:',
    '2. Tăng giá trị đơn: combo, quà tặng khi mua nhiều. ⏳ (tuần 16/11)',
    '🎯 Lãi ròng:',
    '3. Cắt ngân sách ở các nhóm quảng cáo kém hiệu quả nhất. ⏳ (tuần 16/11)',
    '4. Rà lại giá vốn, phí ship và chi phí cố định. ⏳ (tuần 16/11)',
    '🎯 CVR (tỉ lệ chốt):',
    '5. Nhắn lại những khách đã hỏi mà chưa mua. ⏳ (tuần 16/11)',
    '+ 3 việc nữa: bấm Xem thêm',
  ],
  eightSecond: [
    'Việc đang mở của Hoa Mai Shop:',
    '🎯 CVR (tỉ lệ chốt):',
    '6. Kiểm tra đối tượng quảng cáo: lead có đúng khách mua không? ⏳ (tuần 16/11)',
    '🎯 Quảng cáo:',
    '7. Kiểm tra các quảng cáo mới bật trong tuần. ⏳ (tuần 16/11)',
    '📋 Việc chung:',
    '8. Xem lại kế hoạch tháng: mục tiêu còn thực tế không? ⏳ (tuần 16/11)',
  ],
  afterSecondAnswer: [
    'Việc đang mở của Hoa Mai Shop:',
    '🎯 CVR (tỉ lệ chốt):',
    '6. Kiểm tra đối tượng quảng cáo: lead có đúng khách mua không? ⏳ (tuần 16/11)',
    '📋 Việc chung:',
    '7. Xem lại kế hoạch tháng: mục tiêu còn thực tế không? ⏳ (tuần 16/11)',
  ],
  // W47's seven other items, not asked again by W48 or W49, expired; the goal plan W48 asked again is W48's.
  expired: [
    'Việc đang mở của Hoa Mai Shop:',
    '8 việc cũ đã hết hạn (không được trả lời sau hai báo cáo tuần).',
    '📋 Việc chung:',
    '1. Xem lại kế hoạch tháng: mục tiêu còn thực tế không? ⏳ (tuần 23/11)',
  ],
  expiredAgain: [
    'Việc đang mở của Hoa Mai Shop:',
    '📋 Việc chung:',
    '1. Xem lại kế hoạch tháng: mục tiêu còn thực tế không? ⏳ (tuần 23/11)',
  ],
};

const en: typeof vi = {
  shop: 'Anna Flowers',
  stale: 'This button is old or no longer active.',
  dismiss: (n) => `${n} ✖️ Dismiss`,
  done: (n) => `${n} ✅ Done`,
  more: 'See more ▶',
  back: '◀ Back',
  first: [
    'Open items of Anna Flowers:',
    '🎯 ROAS:',
    '1. Pause or cut the budget of ads with ROAS under 1.67. ⏳ (week 16 Nov)',
    '2. Raise order value: bundles, gifts for larger orders. ⏳ (week 16 Nov)',
    '🎯 CPL (cost per lead):',
    '3. Keep CPL under 26,667 ₫ (break-even per lead). ⏳ (week 16 Nov)',
    '🎯 Net profit:',
    '4. Cut the budget of the weakest ad sets. ⏳ (week 16 Nov)',
    '5. Review cost of goods, shipping and fixed costs. ⏳ (week 16 Nov)',
    '+ 4 more: tap See more',
  ],
  answered: 'Great! Item 1 is done.',
  eightFirst: [
    'Open items of Anna Flowers:',
    '🎯 CPL (cost per lead):',
    '1. Keep CPL under 26,667 ₫ (break-even per lead). ⏳ (week 16 Nov)',
    '🎯 ROAS:',
    '2. Raise order value: bundles, gifts for larger orders. ⏳ (week 16 Nov)',
    '🎯 Net profit:',
    '3. Cut the budget of the weakest ad sets. ⏳ (week 16 Nov)',
    '4. Review cost of goods, shipping and fixed costs. ⏳ (week 16 Nov)',
    '🎯 CVR (lead to order):',
    '5. Follow up with people who asked but did not buy. ⏳ (week 16 Nov)',
    '+ 3 more: tap See more',
  ],
  eightSecond: [
    'Open items of Anna Flowers:',
    '🎯 CVR (lead to order):',
    '6. Check ad targeting: are the leads real buyers? ⏳ (week 16 Nov)',
    '🎯 Ad spend:',
    '7. Check the ads you started that week. ⏳ (week 16 Nov)',
    '📋 General:',
    '8. Review the month plan: is the goal still realistic? ⏳ (week 16 Nov)',
  ],
  afterSecondAnswer: [
    'Open items of Anna Flowers:',
    '🎯 CVR (lead to order):',
    '6. Check ad targeting: are the leads real buyers? ⏳ (week 16 Nov)',
    '📋 General:',
    '7. Review the month plan: is the goal still realistic? ⏳ (week 16 Nov)',
  ],
  expired: [
    'Open items of Anna Flowers:',
    '8 old items expired (not answered after two weekly reports).',
    '📋 General:',
    '1. Review the month plan: is the goal still realistic? ⏳ (week 23 Nov)',
  ],
  expiredAgain: [
    'Open items of Anna Flowers:',
    '📋 General:',
    '1. Review the month plan: is the goal still realistic? ⏳ (week 23 Nov)',
  ],
};

describe.each([
  [
    'Vietnamese',
    vi,
    async () => onboardAndReturn(h.user({ id: 701, first_name: 'Mai', language_code: 'vi' })),
  ],
  ['English', en, async () => onboardEnglishOwner(h, 702)],
])('/actions in %s', (_language, text, owner) => {
  it('shows five open items grouped by the number they move, the rest one tap away in the same message', async () => {
    const chat = await owner();
    await seedBadWeek(text.shop);
    const report = await chat.send('/week');
    for (const n of [1, 2, 3]) await chat.press(text.dismiss(n), report.sent[0]);

    const list = await chat.send('/actions');
    expect(list.texts).toEqual([text.first.join('\n')]);
    // Three buttons for each of the five pending items shown, and the way to the next screen.
    expect(chat.buttons(list.sent[0])).toHaveLength(16);
    expect(chat.buttons(list.sent[0]).at(-1)).toBe(text.more);

    const answered = await chat.press(text.done(1), list.sent[0]);
    expect(answered.answers).toEqual([text.answered]);
    expect(answered.texts).toEqual([]);
    expect(answered.edited[0]!.text).toBe(text.eightFirst.join('\n'));

    const next = await chat.press(text.more, answered.edited[0]);
    expect(next.texts).toEqual([]);
    expect(next.edited[0]!.text).toBe(text.eightSecond.join('\n'));
    const buttons = chat.buttons(next.edited[0]);
    expect(buttons).toContain(text.dismiss(6));
    expect(buttons).toContain(text.done(8));
    expect(buttons.at(-1)).toBe(text.back);
    expect(buttons).not.toContain(text.more);

    // Answered on the second screen, that screen is redrawn without the item.
    const second = (await chat.press(text.done(7), next.edited[0])).edited[0]!;
    expect(second.text).toBe(text.afterSecondAnswer.join('\n'));

    const back = await chat.press(text.back, second);
    expect(back.edited[0]!.text).toBe(text.eightFirst.join('\n').replace('+ 3', '+ 2'));
    // The list button of an earlier version (no screen in its data) still answers.
    const [item] = await db
      .select()
      .from(actionItems)
      .where(eq(actionItems.templateKey, 'action-review-costs'));
    const old = await chat.pressData(`act:done:l:${item!.id}`, back.edited[0]);
    expect(old.answers).toEqual([text.answered.replace('1', '4')]);
    // A screen button of a shop not in use (another shop's list) changes nothing.
    const foreign = await chat.pressData(`acl:${randomUUID()}:1`, back.edited[0]);
    expect(foreign.answers).toEqual([text.stale]);
    expect(foreign.edited).toEqual([]);
  });

  it('says once that items not answered after two later weekly reports expired', async () => {
    const chat = await owner();
    const shopId = await seedBadWeek(text.shop);
    const report = await chat.send('/week');
    for (const n of [1, 2, 3]) await chat.press(text.dismiss(n), report.sent[0]);
    // Two good weeks: nothing asked again but the November goal plan (W48 is still in November).
    await insertDays(db, shopId, [
      ...week('2026-11-23', 15, 8_500_000, 2_000_000, 85),
      ...week('2026-11-30', 15, 8_500_000, 2_000_000, 85),
    ]);
    h.clock.now = new Date('2026-12-01T13:00:00Z');
    await chat.send('/week');
    // One later report: W47's items are still listed (nine, five on screen).
    const afterOne = (await chat.send('/actions')).texts[0]!;
    expect(afterOne).toContain('+ 4 ');
    expect(afterOne.split('\n')).toHaveLength(text.first.length);

    h.clock.now = new Date('2026-12-08T13:00:00Z');
    await chat.send('/week');
    expect((await chat.send('/actions')).texts).toEqual([text.expired.join('\n')]);
    expect((await chat.send('/actions')).texts).toEqual([text.expiredAgain.join('\n')]);
  });
});

async function onboardAndReturn(chat: ChatSession): Promise<ChatSession> {
  await onboard(chat);
  return chat;
}
