import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { upsertMonthlyGoal } from '../../src/db/queries/monthly-goals.js';
import { updateShopSettings } from '../../src/db/queries/shop-settings.js';
import { actionItems, shops, weeklyDiagnostics } from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { addDays } from '../../src/domain/local-date.js';
import { createHarness, type Harness, onboard } from '../support/bot-harness.js';
import { type FixtureDay, insertDays } from '../support/record-fixtures.js';
import { closeTestDatabase, getTestDatabase, resetTestDatabase } from '../support/test-db.js';

let db: Database;
let h: Harness;
let chat: ChatSession;
let shopId: string;

/** Seven days from `monday`, all the same. */
function week(monday: string, orders: number, revenue: number, adSpend: number, leads: number): FixtureDay[] {
  return Array.from(
    { length: 7 },
    (_, i) => [addDays(monday, i), orders, revenue, adSpend, leads] as FixtureDay,
  );
}

beforeAll(async () => {
  db = await getTestDatabase();
});
beforeEach(async () => {
  await resetTestDatabase(db);
  // Tuesday of 2026-W48: last week is W47 (16–22/11), the week before W46 (9–15/11).
  h = createHarness(db, { now: '2026-11-24T20:00:00+07:00' });
  chat = h.user({ id: 701, first_name: 'Mai', language_code: 'vi' });
  await onboard(chat);
  shopId = (await db.select().from(shops))[0]!.id;
  // docs/product.md's worked example.
  await insertDays(db, shopId, [
    ...week('2026-11-09', 15, 8_500_000, 2_000_000, 85),
    ...week('2026-11-16', 8, 4_000_000, 2_500_000, 90),
  ]);
});
afterAll(async () => {
  await closeTestDatabase();
});

describe('/week', () => {
  it('diagnoses last week with the numbers, the why, the issues and action items, and stores it', async () => {
    const reply = await chat.send('/week');
    const report = reply.texts[0]!;
    expect(report).toContain('📊 Tuần 16/11 – 22/11 · Hoa Mai Shop');
    expect(report).toContain('Doanh thu: 28.000.000 ₫ (-52,9 %)');
    expect(report).toContain('Đơn: 56 (-46,7 %) · Lead: 630 (+5,9 %)');
    expect(report).toContain('Quảng cáo: 17.500.000 ₫ (+25 %)');
    expect(report).toContain('AOV 500.000 ₫ · CPL 27.778 ₫ · CVR 8,89 %');
    expect(report).toContain('ROAS 1,60 · hòa vốn 1,67');
    expect(report).toContain('Lãi ròng: -700.000 ₫ (-22.400.000 ₫)');
    expect(report).toContain(
      'Vì sao: lãi giảm 22.400.000 ₫, ba phần tư do CVR giảm từ 17,65 % xuống 8,89 %.',
    );
    expect(report).toContain(
      'lượng lead +598.355 ₫ · CVR -17.155.795 ₫ · AOV -3.240.436 ₫ · biên lợi nhuận 0 ₫ · CPL -2.602.124 ₫',
    );
    expect(report).toContain('🔴 ROAS 1,60 dưới mức hòa vốn 1,67');
    expect(report).toContain('🔴 Lãi ròng -700.000 ₫: doanh thu 28.000.000 ₫ không đủ bù');
    expect(report).toContain('🟠 CVR 8,89 % dưới mức tối thiểu 10 %');
    expect(report).toContain('🟠 Doanh thu giảm mạnh (-52,9 %)');
    expect(report).toContain('🟠 Tiền quảng cáo +25 %');
    expect(report).not.toContain('AOV) giảm');
    expect(reply.texts[1]).toContain('Tuần 23/11 – 29/11 chưa có ngày nào được ghi');

    const [diagnostic] = await db.select().from(weeklyDiagnostics);
    expect(diagnostic).toMatchObject({
      isoWeek: '2026-W47',
      revenue: 28_000_000,
      orders: 56,
      leads: 630,
      adSpend: 17_500_000,
      netProfit: -700_000,
      cvr: 8.89,
      roas: 1.6,
      breakEvenRoas: 1.67,
      daysRecorded: 7,
      profitBreakdown: {
        change: -22_400_000,
        parts: { leads: 598_355, cvr: -17_155_795, aov: -3_240_436, margin: 0, cpl: -2_602_124 },
      },
    });
    expect(diagnostic!.issues.map((i) => i.code)).toEqual([
      'roas-below-break-even',
      'net-profit-negative',
      'cvr-below-min',
      'revenue-down',
      'spend-up-orders-flat',
    ]);
    const items = await db.select().from(actionItems).where(eq(actionItems.diagnosticId, diagnostic!.id));
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(chat.buttons(reply.sent[0])).toContain('1 👍 Nhận');
  });

  it('is idempotent: asking again keeps one diagnosis and the same items', async () => {
    await chat.send('/week');
    const first = await db.select().from(actionItems);
    await chat.send('/week');
    expect(await db.select().from(weeklyDiagnostics)).toHaveLength(1);
    expect((await db.select().from(actionItems)).map((i) => i.id).sort()).toEqual(
      first.map((i) => i.id).sort(),
    );
  });

  it('shows this week so far beside the same days of last week, storing nothing for it', async () => {
    await insertDays(db, shopId, [
      ['2026-11-23', 10, 5_000_000, 1_000_000, 50],
      ['2026-11-24', 12, 6_000_000, 1_000_000, 60],
    ]);
    const reply = await chat.send('/week');
    const running = reply.texts[1]!;
    expect(running).toContain('Tuần này (23/11 – 29/11, 2 ngày đầu)');
    expect(running).toContain('Doanh thu: 11.000.000 ₫ (+37,5 %)');
    expect(running).toContain('So với 2 ngày đầu tuần trước.');
    expect(running).not.toContain('Vấn đề');
    expect((await db.select().from(weeklyDiagnostics)).map((d) => d.isoWeek)).toEqual(['2026-W47']);
  });

  it('reports a week with missing days as a data gap with the counts', async () => {
    await resetTestDatabase(db);
    await onboard(chat);
    shopId = (await db.select().from(shops))[0]!.id;
    await insertDays(db, shopId, week('2026-11-16', 15, 8_500_000, 2_000_000, 85).slice(0, 5));
    const report = (await chat.send('/week')).texts[0]!;
    expect(report).toContain('Đã ghi 5/7 ngày');
    expect(report).toContain('🔵 Chỉ ghi 5/7 ngày (cần ít nhất 6)');
  });

  it('praises a week with no issues', async () => {
    await resetTestDatabase(db);
    await onboard(chat);
    shopId = (await db.select().from(shops))[0]!.id;
    await insertDays(db, shopId, [
      ...week('2026-11-09', 15, 8_500_000, 2_000_000, 85),
      ...week('2026-11-16', 15, 8_500_000, 2_000_000, 85),
    ]);
    const reply = await chat.send('/week');
    expect(reply.texts[0]).toContain('🎉 Tuần này không có vấn đề nào');
    expect(reply.sent[0]!.keyboard).toEqual([]);
  });

  it('computes the day and the week in the shop’s own time zone', async () => {
    await updateShopSettings(db, shopId, { timeZone: 'America/Los_Angeles' });
    // Monday 12:00 in Ho Chi Minh City is still Sunday evening in Los Angeles: W47 is not over there.
    h.clock.now = new Date('2026-11-23T05:00:00Z');
    const reply = await chat.send('/week');
    expect(reply.texts[0]).toContain('Tuần 09/11 – 15/11');
    expect(reply.texts[1]).toContain('Tuần này (16/11 – 22/11, 7 ngày đầu)');
  });
});

describe('/week with a monthly goal', () => {
  it('shows month-to-date pacing, the forecast and the run-rate needed, and flags a goal off pace', async () => {
    await upsertMonthlyGoal(db, shopId, { month: '2026-11', revenueTarget: 300_000_000, profitTarget: null });
    const report = (await chat.send('/week')).texts[0]!;
    expect(report).toContain(
      '🎯 Mục tiêu tháng 11/2026: 87.500.000 ₫ / 300.000.000 ₫ (40 % so với tiến độ) · dự báo cuối tháng 137.500.000 ₫',
    );
    expect(report).toContain('Cần 26.562.500 ₫/ngày trong 8 ngày còn lại.');
    expect(report).toContain(
      '🟠 Doanh thu tháng đến nay 87.500.000 ₫, mới đạt 39,77 % tiến độ (220.000.000 ₫ theo mục tiêu 300.000.000 ₫).',
    );
  });
});

describe('/week in English', () => {
  it('speaks the owner’s language', async () => {
    await chat.send('/lang');
    await chat.press('English');
    const report = (await chat.send('/week')).texts[0]!;
    expect(report).toContain('📊 Week 16 Nov – 22 Nov · Hoa Mai Shop');
    expect(report).toContain('Revenue: 28,000,000 ₫ (-52.9%)');
    expect(report).toContain(
      'Why: profit fell 22,400,000 ₫, three quarters of it because CVR fell from 17.65% to 8.89%.',
    );
    expect(report).toContain('🔴 ROAS 1.60 is below break-even 1.67');
  });
});

describe('action item buttons', () => {
  it('Accept, Dismiss and Done update the item, user_responses and the message in place', async () => {
    const reply = await chat.send('/week');
    const message = reply.sent[0]!;
    const accepted = await chat.press('1 👍 Nhận', message);
    expect(accepted.answers).toEqual(['Đã nhận việc 1.']);
    const edited = accepted.edited[0]!;
    expect(edited.messageId).toBe(message.messageId);
    expect(edited.text).toMatch(/1\. .+ 👍/);
    expect(chat.buttons(edited)).not.toContain('1 👍 Nhận');
    expect(chat.buttons(edited)).toContain('1 ✅ Xong');

    await chat.press('2 ✖️ Bỏ qua', edited);
    const done = await chat.press('1 ✅ Xong', edited);
    expect(done.answers).toEqual(['Tuyệt! Việc 1 đã xong.']);
    expect(done.edited[0]!.text).toMatch(/1\. .+ ✅/);

    const items = await db.select().from(actionItems);
    const byPosition = items.sort((a, b) => a.position - b.position);
    expect(byPosition[0]!.status).toBe('done');
    expect(byPosition[0]!.statusChangedAt).toBeInstanceOf(Date);
    expect(byPosition[1]!.status).toBe('dismissed');
    const [diagnostic] = await db.select().from(weeklyDiagnostics);
    expect(
      Object.values(diagnostic!.userResponses)
        .map((r) => r.status)
        .sort(),
    ).toEqual(['dismissed', 'done']);
  });

  it('answers an already-answered item, a foreign one and a malformed payload with a notice, changing nothing', async () => {
    const reply = await chat.send('/week');
    const message = reply.sent[0]!;
    const [acceptFirst, dismissFirst] = message.keyboard[0]!.map((b) => b.callback_data!);
    const acceptSecond = message.keyboard[1]![0]!.callback_data!;
    await chat.pressData(dismissFirst!, message);
    const again = await chat.pressData(acceptFirst!, message);
    expect(again.answers).toEqual(['Việc này đã được trả lời rồi.']);

    const stranger = h.user({ id: 702, first_name: 'Khoa', language_code: 'vi' });
    await onboard(stranger, { shopName: 'Khoa Store' });
    const foreign = await stranger.pressData(acceptSecond, message);
    expect(foreign.answers).toEqual(['Nút này đã cũ hoặc không còn hiệu lực.']);
    const malformed = await chat.pressData('act:accepted:w:not-a-uuid', message);
    expect(malformed.answers).toEqual(['Nút này đã cũ hoặc không còn hiệu lực.']);

    const statuses = (await db.select().from(actionItems)).map((i) => i.status).sort();
    expect(statuses.filter((s) => s !== 'pending')).toEqual(['dismissed']);
  });

  it('/actions lists the open items and answers them in place', async () => {
    await chat.send('/week');
    const list = await chat.send('/actions');
    expect(list.texts[0]).toContain('Việc đang mở của Hoa Mai Shop:');
    expect(list.texts[0]).toContain('(tuần 16/11)');
    const answered = await chat.press('1 ✅ Xong', list.sent[0]);
    expect(answered.answers).toEqual(['Tuyệt! Việc 1 đã xong.']);
    expect(answered.edited[0]!.text).not.toContain(`1. ${list.texts[0]!.split('\n')[1]!.slice(3)}`);
  });

  it('keeps the answers when a day of that week is edited later, and recomputes the diagnosis', async () => {
    const reply = await chat.send('/week');
    await chat.press('1 👍 Nhận', reply.sent[0]);
    // Still below break-even afterwards, so the accepted item's issue stays.
    await chat.send('20/11 9 4tr5 2tr5 90');
    await chat.press('Lưu');
    const [diagnostic] = await db.select().from(weeklyDiagnostics);
    expect(diagnostic!.revenue).toBe(28_500_000);
    expect(diagnostic!.orders).toBe(57);
    const accepted = (await db.select().from(actionItems)).filter((i) => i.status === 'accepted');
    expect(accepted).toHaveLength(1);
    expect(Object.values(diagnostic!.userResponses).map((r) => r.status)).toEqual(['accepted']);
  });
});

describe('alerts after a saved day', () => {
  it('sends one short alert when thresholds are crossed', async () => {
    await chat.send('8 4tr 2tr5 90');
    const saved = await chat.press('Lưu');
    expect(saved.texts).toHaveLength(1);
    expect(saved.texts[0]).toContain('⚠️ Lưu ý ngày 24/11/2026');
    expect(saved.texts[0]).toContain('ROAS 1,60 dưới mức hòa vốn 1,67');
    expect(saved.texts[0]).toContain('CVR 8,89 % dưới mức tối thiểu 10 %');
  });

  it('says only "spent with no order" on a day of ads without orders, and nothing on a good day', async () => {
    await chat.send('0 0 500k 20');
    const bad = await chat.press('Lưu');
    expect(bad.texts).toEqual([
      expect.stringContaining('Chi 500.000 ₫ quảng cáo (20 lead) mà không có đơn nào.'),
    ]);
    expect(bad.texts[0]).not.toContain('ROAS');
    await chat.send('hôm qua 15 8tr5 2tr 85');
    expect((await chat.press('Lưu')).texts).toEqual([]);
  });

  it('stays quiet when the owner turned alerts off', async () => {
    await updateShopSettings(db, shopId, { alertsEnabled: false });
    await chat.send('8 4tr 2tr5 90');
    expect((await chat.press('Lưu')).texts).toEqual([]);
  });
});
