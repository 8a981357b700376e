import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadOwnerByExternalId } from '../../src/db/queries/owners.js';
import { dailyRecords, type Shop, shops } from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { schedulerFor } from '../jobs/job-fixtures.js';
import { onboard, onboardEnglishOwner, useBotHarness } from '../support/bot-harness.js';

// Tuesday 8 December 2026, 12:00 in Ho Chi Minh City: the books day is 08/12.
const { db, h } = await useBotHarness({ now: '2026-12-08T12:00:00+07:00' });

/** Tuesday 8 December 2026, 21:00:30 in Ho Chi Minh City: the evening reminder for 08/12 is due. */
const EVENING = '2026-12-08T14:00:30Z';

async function shopOf(telegramId: number): Promise<Shop> {
  return (await loadOwnerByExternalId(db, String(telegramId)))!.shop!;
}

/** The shop as if created at `at` (the database stamps its own clock, not the bot's). */
async function createdAt(shop: Shop, at: string): Promise<void> {
  await db
    .update(shops)
    .set({ createdAt: new Date(at) })
    .where(eq(shops.id, shop.id));
}

/** Books a day through the bot, with its date typed before the numbers. */
async function book(chat: ChatSession, date: string): Promise<void> {
  await chat.send(`${date} 15 8tr5 2tr 85`);
  await chat.press(/Lưu|Save/);
}

async function eveningReminder(chat: ChatSession) {
  h.clock.now = new Date(EVENING);
  await schedulerFor(h).tick();
  return chat.lastMessage();
}

const recordDates = async (shop: Shop) =>
  (await db.select().from(dailyRecords).where(eq(dailyRecords.shopId, shop.id)))
    .map((r) => r.recordDate)
    .sort();

let chat: ChatSession;
let shop: Shop;

beforeEach(async () => {
  chat = h.user({ id: 901, first_name: 'Lan', language_code: 'vi' });
  await onboard(chat);
  shop = await shopOf(901);
});

describe('the evening reminder after missed days', () => {
  it('names the days since the shop was created that have no record, each with a button', async () => {
    // Created Friday 04/12; 07/12 booked. Before 08/12: 07 booked, 06, 05, 04 missing, 03 and earlier before the shop.
    await createdAt(shop, '2026-12-04T09:00:00+07:00');
    await book(chat, '07/12');
    const reminder = await eveningReminder(chat);
    expect(reminder.text).toBe(
      [
        '⏰ Hoa Mai Shop: chưa có số liệu hôm nay (08/12/2026).',
        'Gửi 4 số: đơn, doanh thu, quảng cáo, lead, ví dụ:',
        '15 8tr5 2tr 85',
        '',
        'Thiếu 3 ngày: 06/12, 05/12, 04/12. Bấm một ngày để ghi.',
      ].join('\n'),
    );
    expect(chat.buttons(reminder)).toEqual(['✍️ 06/12', '✍️ 05/12', '✍️ 04/12', '🔕 Tắt nhắc nhở']);
  });

  it('looks back 7 days at most, and says nothing of days before a new shop existed', async () => {
    await createdAt(shop, '2026-11-20T09:00:00+07:00');
    const old = await eveningReminder(chat);
    expect(old.text).toContain('Thiếu 7 ngày: 07/12, 06/12, 05/12, 04/12, 03/12, 02/12, 01/12.');
    expect(chat.buttons(old)).toHaveLength(8);

    const fresh = h.user({ id: 902, first_name: 'Minh', language_code: 'vi' });
    await onboard(fresh, { shopName: 'Minh Shop' });
    await createdAt(await shopOf(902), '2026-12-08T08:00:00+07:00');
    h.clock.now = new Date('2026-12-08T14:01:30Z');
    await schedulerFor(h).tick();
    const reminder = fresh.lastMessage();
    expect(reminder.text).toContain('chưa có số liệu hôm nay (08/12/2026)');
    expect(reminder.text).not.toContain('Thiếu');
    expect(fresh.buttons(reminder)).toEqual(['🔕 Tắt nhắc nhở']);
  });

  it('starts the entry for the pressed day and books it on that date', async () => {
    await createdAt(shop, '2026-12-04T09:00:00+07:00');
    await book(chat, '07/12');
    const reminder = await eveningReminder(chat);

    const pressed = await chat.press('✍️ 05/12', reminder);
    expect(pressed.texts[0]).toContain('Ngày 05/12/2026 có bao nhiêu đơn?');
    await chat.send('12');
    await chat.send('6tr');
    await chat.send('1tr5');
    const card = await chat.send('40');
    expect(card.texts[0]).toContain('05/12/2026');
    await chat.press('Lưu');
    expect(await recordDates(shop)).toEqual(['2026-12-05', '2026-12-07']);
    const [row] = await db.select().from(dailyRecords).where(eq(dailyRecords.recordDate, '2026-12-05'));
    expect(row).toMatchObject({ orders: 12, revenue: 6_000_000, adSpend: 1_500_000, leads: 40 });

    // The same button again, once the day has a record: said so, nothing entered or changed.
    const stale = await chat.press('✍️ 05/12', reminder);
    expect(stale.answers).toEqual([
      'Ngày 05/12/2026 đã có số liệu rồi, nút này không đổi gì. Xem hoặc sửa: /edit',
    ]);
    expect(stale.texts).toEqual([]);
    expect((await chat.send('9')).texts.join('\n')).not.toContain('Doanh thu bao nhiêu');
    expect(
      await db.select().from(dailyRecords).where(eq(dailyRecords.recordDate, '2026-12-05')),
    ).toMatchObject([{ orders: 12 }]);
    // The other missed days' buttons still work.
    expect((await chat.press('✍️ 04/12', reminder)).texts[0]).toContain('Ngày 04/12/2026 có bao nhiêu đơn?');
  });

  it("refuses another owner's button and a day ahead of the books day, changing nothing", async () => {
    await createdAt(shop, '2026-12-04T09:00:00+07:00');
    const reminder = await eveningReminder(chat);
    const data = reminder.keyboard[0]![0]!.callback_data!;
    expect(data).toContain('2026-12-07');

    const stranger = h.user({ id: 903, first_name: 'Minh', language_code: 'vi' });
    await onboard(stranger, { shopName: 'Minh Shop' });
    const foreign = await stranger.pressData(data);
    expect(foreign.answers).toEqual(['Nút này đã cũ hoặc không còn hiệu lực.']);
    expect(foreign.texts).toEqual([]);

    const ahead = await chat.pressData(data.replace('2026-12-07', '2026-12-09'), reminder);
    expect(ahead.answers).toEqual(['Nút này đã cũ hoặc không còn hiệu lực.']);
    expect(ahead.texts).toEqual([]);
    expect(await recordDates(shop)).toEqual([]);
    expect(await recordDates(await shopOf(903))).toEqual([]);
  });

  it('speaks English, and counts a day booked before the shop was created as its first day', async () => {
    const en = await onboardEnglishOwner(h, 904);
    const enShop = await shopOf(904);
    // Created Monday 07/12, with Thursday 03/12 booked: 07, 06, 05, 04 missing, 03 booked, 02 and 01 before it.
    await book(en, '03/12');
    await createdAt(enShop, '2026-12-07T10:00:00+07:00');
    const reminder = await eveningReminder(en);
    expect(reminder.text).toContain('⏰ Anna Flowers: no numbers for today (Tue 8 Dec 2026) yet.');
    expect(reminder.text).toContain('Missing 4 days: 7 Dec, 6 Dec, 5 Dec, 4 Dec. Tap a day to enter it.');
    expect(en.buttons(reminder)).toEqual([
      '✍️ 7 Dec',
      '✍️ 6 Dec',
      '✍️ 5 Dec',
      '✍️ 4 Dec',
      '🔕 Turn reminders off',
    ]);

    const pressed = await en.press('✍️ 6 Dec', reminder);
    expect(pressed.texts[0]).toContain('How many orders on Sun 6 Dec 2026?');
    for (const answer of ['15', '8.5m', '2m', '85']) await en.send(answer);
    await en.press('Save');
    expect(await recordDates(enShop)).toEqual(['2026-12-03', '2026-12-06']);
    const stale = await en.press('✍️ 6 Dec', reminder);
    expect(stale.answers).toEqual([
      'Sun 6 Dec 2026 already has numbers, so this button changes nothing. To see or change it: /edit',
    ]);

    // The next evening names one day fewer: 06/12 is booked, 08/12 joined the missed days, 03/12 is booked.
    h.clock.now = new Date('2026-12-09T14:00:30Z');
    await schedulerFor(h).tick();
    expect(en.lastMessage().text).toContain('Missing 4 days: 8 Dec, 7 Dec, 5 Dec, 4 Dec. Tap');
  });
});

describe('a report comparing with a week that has missed days', () => {
  it('says how many days the week before had, as they count 0 in the comparison', async () => {
    // Last week (30/11–06/12): only Monday 30/11 booked. This week so far: Monday 07/12 and Tuesday 08/12.
    for (const date of ['30/11', '07/12', '08/12']) await book(chat, date);
    const running = await chat.send('/week này');
    const text = running.texts.join('\n');
    expect(text).toContain('Đã ghi 2/2 ngày');
    expect(text).toContain(
      'So với 2 ngày đầu tuần trước.\nTuần trước: đã ghi 1/2 ngày; ngày chưa ghi tính là 0 khi so sánh (/edit để bổ sung).',
    );

    const en = await onboardEnglishOwner(h, 905);
    for (const date of ['30/11', '07/12', '08/12']) await book(en, date);
    const enText = (await en.send('/week this')).texts.join('\n');
    expect(enText).toContain(
      'Last week: 1 of 2 days recorded; a day not recorded counts as 0 in the comparison (/edit to fill it in).',
    );

    // A week before with every day booked says nothing of the kind.
    await book(chat, '01/12');
    expect((await chat.send('/week này')).texts.join('\n')).not.toContain('Tuần trước: đã ghi');
  });

  it('says it under a finished week too', async () => {
    // Week 23/11–29/11: 23/11 to 25/11 booked (3/7); week 30/11–06/12: all 7 booked.
    for (const date of [
      '23/11',
      '24/11',
      '25/11',
      '30/11',
      '01/12',
      '02/12',
      '03/12',
      '04/12',
      '05/12',
      '06/12',
    ])
      await book(chat, date);
    const text = (await chat.send('/week trước')).texts.join('\n');
    expect(text).toContain('Đã ghi 7/7 ngày');
    expect(text).toContain(
      'Tuần trước: đã ghi 3/7 ngày; ngày chưa ghi tính là 0 khi so sánh (/edit để bổ sung).',
    );
  });
});
