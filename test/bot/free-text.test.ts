import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { shops } from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { onboard, onboardEnglishOwner, useBotHarness } from '../support/bot-harness.js';
import { insertDays } from '../support/record-fixtures.js';

// Tuesday 24/11/2026, 20:00 in Ho Chi Minh City.
const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });
let mai: ChatSession;
let anna: ChatSession;

async function shopIdOf(name: string): Promise<string> {
  const [shop] = await db.select().from(shops).where(eq(shops.name, name));
  return shop!.id;
}

beforeEach(async () => {
  mai = h.user({ id: 801, first_name: 'Mai', language_code: 'vi' });
  await onboard(mai);
  anna = await onboardEnglishOwner(h, 802);
  // COGS 40 %, no other cost: 23/11 makes 5.000.000 × 60 % − 1.000.000 = 2.000.000 ₫,
  // 24/11 6.000.000 × 60 % − 1.000.000 = 2.600.000 ₫ (ROAS 6,00); the week 4.600.000 ₫, ROAS 11 / 2 = 5,50.
  for (const name of ['Hoa Mai Shop', 'Anna Flowers']) {
    await insertDays(db, await shopIdOf(name), [
      ['2026-11-23', 10, 5_000_000, 1_000_000, 50],
      ['2026-11-24', 12, 6_000_000, 1_000_000, 60],
    ]);
  }
});

describe('free text that is not an entry', () => {
  it('answers a question about today with its net profit and ROAS', async () => {
    for (const question of ['lãi bao nhiêu?', 'hôm nay thế nào']) {
      expect((await mai.send(question)).texts).toEqual([
        '📒 Hôm nay (24/11/2026): lãi ròng 2.600.000 ₫ · ROAS 6,00',
      ]);
    }
    for (const question of ['profit?', 'how is today']) {
      expect((await anna.send(question)).texts).toEqual([
        '📒 Today (Tue 24 Nov 2026): net profit 2,600,000 ₫ · ROAS 6.00',
      ]);
    }
  });

  it('answers a question about this week with its net profit and ROAS so far', async () => {
    expect((await mai.send('tuần này sao')).texts).toEqual([
      '📊 Tuần này (23/11–24/11, 2 ngày đầu, đã ghi 2/2 ngày): lãi ròng 4.600.000 ₫ · ROAS 5,50',
    ]);
    expect((await anna.send('how is this week')).texts).toEqual([
      '📊 This week (23 Nov–24 Nov, first 2 days, 2 of 2 recorded): net profit 4,600,000 ₫ · ROAS 5.50',
    ]);
  });

  it('says today has no record yet when it has none', async () => {
    h.clock.now = new Date('2026-11-25T13:00:00Z');
    expect((await mai.send('lãi bao nhiêu')).texts).toEqual([
      'Hôm nay (25/11/2026) chưa ghi số liệu. Gửi 4 số đơn, doanh thu, quảng cáo, lead, ví dụ: 15 8tr5 2tr 85',
    ]);
    expect((await anna.send('profit?')).texts[0]).toMatch(
      /^Nothing recorded for today \(Wed 25 Nov 2026\) yet\./,
    );
  });

  it('answers thanks with one line, and anything else with one line pointing at /help', async () => {
    expect((await mai.send('cảm ơn')).texts).toEqual(['Không có gì! Chúc shop đắt hàng 🌸']);
    expect((await anna.send('thanks')).texts).toEqual(["You're welcome! Good sales today 🌸"]);
    expect((await mai.send('xin chào')).texts).toEqual([
      'Mình chưa hiểu tin nhắn này. Gõ /help để xem mình làm được gì.',
    ]);
    expect((await anna.send('hello there')).texts).toEqual([
      "I didn't understand that. Send /help to see what I can do.",
    ]);
  });

  it('still reads a line with numbers as an entry, even one that starts with "hôm nay"', async () => {
    const card = await mai.send('hôm nay 15 8tr5 2tr 85');
    expect(mai.buttons(card.sent[0])).toContain('💾 Lưu');
    const english = await anna.send('today 15 8.5m 2m 85');
    expect(anna.buttons(english.sent[0])).toContain('💾 Save');
  });
});
