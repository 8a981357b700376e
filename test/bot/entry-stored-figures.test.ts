import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { dailyRecords } from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

const recordOf = async (date: string) =>
  (await db.select().from(dailyRecords).where(eq(dailyRecords.recordDate, date)))[0];

// The day `15 8tr5 2tr 85` with the default COGS ratio 40 % and no other cost: COGS 8.500.000 × 0,4 =
// 3.400.000, net profit 8.500.000 − 3.400.000 − 2.000.000 = 3.100.000, break-even ROAS 8.500.000 /
// 5.100.000 = 1,67. The same inputs counted with COGS 50 %: COGS 4.250.000, net profit 8.500.000 −
// 4.250.000 − 2.000.000 = 2.250.000, break-even 8.500.000 / 4.250.000 = 2,00.
const LANGUAGES = {
  vi: {
    id: 811,
    line: '15 8tr5 2tr 85',
    save: 'Lưu',
    changeDate: 'Đổi ngày',
    cogs50: '/settings giá vốn 50%',
    net: (value: string) => `Lãi ròng: ${value} ₫`,
    roas: (breakEven: string) => `ROAS: 4,25 · hòa vốn ${breakEven} ✅ có lãi`,
    saved24: '✅ Đã lưu số liệu ngày 24/11/2026',
    saved23: '✅ Đã lưu số liệu ngày 23/11/2026',
    alreadySaved: 'Ngày này đã được lưu từ lần bấm trước, không lưu lại lần nữa.',
    changed: 'Số liệu đã thay đổi, xem lại.',
    question: 'lãi bao nhiêu?',
    today: (profit: string) => `📒 Hôm nay (24/11/2026): lãi ròng ${profit} ₫ · ROAS 4,25`,
    n3100: '3.100.000',
    n2250: '2.250.000',
    n4000: '4.000.000',
    settings: [
      // Each changes the net profit of the same inputs when counted again:
      // payment fee 2 % of 8.500.000 = 170.000 → 2.930.000;
      // shipping 15 × 30.000 = 450.000 → 2.650.000;
      // fixed cost 500.000 → 2.600.000;
      // returns 10 %: 850.000 not collected, COGS 40 % of 7.650.000 = 3.060.000 → 7.650.000 − 3.060.000 −
      // 2.000.000 = 2.590.000.
      ['/settings giá vốn 50%', '2.250.000'],
      ['/settings phí thanh toán 2%', '2.930.000'],
      ['/settings phí ship 30k', '2.650.000'],
      ['/settings chi phí cố định 500k', '2.600.000'],
      ['/settings hoàn 10%', '2.590.000'],
    ],
  },
  en: {
    id: 812,
    line: '15 8.5m 2m 85',
    save: 'Save',
    changeDate: 'Change date',
    cogs50: '/settings cogs 50%',
    net: (value: string) => `Net profit: ${value} ₫`,
    roas: (breakEven: string) => `ROAS: 4.25 · break-even ${breakEven} ✅ profitable`,
    saved24: '✅ Saved the numbers for Tue 24 Nov 2026.',
    saved23: '✅ Saved the numbers for Mon 23 Nov 2026.',
    alreadySaved: 'This day was already saved by an earlier press; nothing was saved twice.',
    changed: 'The data has changed, look again.',
    question: 'profit?',
    today: (profit: string) => `📒 Today (Tue 24 Nov 2026): net profit ${profit} ₫ · ROAS 4.25`,
    n3100: '3,100,000',
    n2250: '2,250,000',
    n4000: '4,000,000',
    settings: [
      ['/settings cogs 50%', '2,250,000'],
      ['/settings payment fee 2%', '2,930,000'],
      ['/settings shipping 30k', '2,650,000'],
      ['/settings fixed cost 500k', '2,600,000'],
      ['/settings return rate 10%', '2,590,000'],
    ],
  },
};

forEachLanguage(LANGUAGES, 'the saved card is the stored row', (locale, l) => {
  let nextId = l.id * 100;
  const owner = (): Promise<ChatSession> => startOwner(h, locale, nextId++);

  /** What /edit shows of a day now. */
  async function shownElsewhere(chat: ChatSession, date = '24/11'): Promise<string> {
    return (await chat.send(`/edit ${date}`)).texts.join('\n');
  }

  it.each(l.settings)(
    'a card saved after %s books and shows the figures it showed',
    async (command, recounted) => {
      const chat = await owner();
      const card = await chat.send(l.line);
      expect(card.texts[0]).toContain(l.net(l.n3100));
      expect(card.texts[0]).toContain(l.roas(locale === 'vi' ? '1,67' : '1.67'));
      expect((await chat.send(command)).texts[0]).toContain('✅');
      // The same inputs counted now would give another net profit: the card already on screen keeps its own.
      expect(recounted).not.toBe(l.n3100);

      const saved = await chat.press(l.save, card.sent[0]);
      const text = saved.edited[0]!.text!;
      expect(text).toContain(l.saved24);
      expect(text).toContain(l.net(l.n3100));
      expect(text).not.toContain(recounted);
      expect(text).toContain(l.roas(locale === 'vi' ? '1,67' : '1.67'));
      expect(await recordOf('2026-11-24')).toMatchObject({
        cogs: 3_400_000,
        returnedRevenue: 0,
        shippingCost: 0,
        paymentFees: 0,
        fixedCost: 0,
        netProfit: 3_100_000,
      });
      // /edit and the question about today say what the saved card said.
      const edit = await shownElsewhere(chat);
      expect(edit).toContain(l.net(l.n3100));
      expect(edit).toContain(l.roas(locale === 'vi' ? '1,67' : '1.67'));
      expect((await chat.send(l.question)).texts).toEqual([l.today(l.n3100)]);
    },
  );

  it('a second press on a card saved before the settings changed shows it as it was booked', async () => {
    const chat = await owner();
    const card = await chat.send(l.line);
    const saveData = card.sent[0]!.keyboard[0]![0]!.callback_data!;
    await chat.press(l.save, card.sent[0]);
    await chat.send(l.cogs50);
    const again = await chat.pressData(saveData, card.sent[0]);
    expect(again.answers).toEqual([l.alreadySaved]);
    const text = h.api.message(card.sent[0]!.chatId, card.sent[0]!.messageId)!.text!;
    expect(text).toContain(l.net(l.n3100));
    expect(text).not.toContain(l.n2250);
    expect((await recordOf('2026-11-24'))!.netProfit).toBe(3_100_000);
  });

  it('a card moved to another day after the settings changed shows and books the figures of now', async () => {
    const chat = await owner();
    const card = await chat.send(l.line);
    expect(card.texts[0]).toContain(l.net(l.n3100));
    await chat.send(l.cogs50);
    await chat.press(l.changeDate, card.sent[0]);
    const moved = (await chat.send('23/11')).texts.join('\n');
    expect(moved).toContain(l.net(l.n2250));
    expect(moved).toContain(l.roas(locale === 'vi' ? '2,00' : '2.00'));

    const saved = await chat.press(l.save);
    const text = saved.edited[0]!.text!;
    expect(text).toContain(l.saved23);
    expect(text).toContain(l.net(l.n2250));
    expect(await recordOf('2026-11-23')).toMatchObject({ cogs: 4_250_000, netProfit: 2_250_000 });
    const edit = await shownElsewhere(chat, '23/11');
    expect(edit).toContain(l.net(l.n2250));
    expect(edit).toContain(l.roas(locale === 'vi' ? '2,00' : '2.00'));
  });

  it('a card shown again because its day changed, after the settings changed, books what it shows again', async () => {
    const chat = await owner();
    const first = await chat.send(l.line);
    // Another card books the day first: 20 orders, 10.000.000 revenue at 40 %: 10.000.000 − 4.000.000 −
    // 2.000.000 = 4.000.000.
    const other = await chat.send(locale === 'vi' ? '20 10tr 2tr 85' : '20 10m 2m 85');
    await chat.press(l.save, other.sent[0]);
    await chat.send(l.cogs50);

    const refused = await chat.press(l.save, first.sent[0]);
    expect(refused.answers).toEqual([l.changed]);
    const shown = refused.edited[0]!.text!;
    // Old → new: the day as it is stored (4.000.000) → this entry counted with COGS 50 % (2.250.000).
    expect(shown).toContain(l.net(`${l.n4000} ₫ → ${l.n2250}`));
    expect((await recordOf('2026-11-24'))!.netProfit).toBe(4_000_000);

    const saved = await chat.press(l.save, first.sent[0]);
    expect(saved.edited[0]!.text).toContain(l.net(l.n2250));
    expect(await recordOf('2026-11-24')).toMatchObject({ cogs: 4_250_000, netProfit: 2_250_000 });
    expect((await chat.send(l.question)).texts).toEqual([l.today(l.n2250)]);
  });

  it('the ×1.000 fix after the settings changed shows and books the figures of now', async () => {
    const chat = await owner();
    const card = await chat.send('15 8500 2000 85');
    await chat.send(l.cogs50);
    const fix = locale === 'vi' ? '8.500.000 ₫ / 2.000.000 ₫?' : '8,500,000 ₫ / 2,000,000 ₫?';
    const fixed = await chat.press(fix, card.sent[0]);
    expect(fixed.edited[0]!.text).toContain(l.net(l.n2250));
    const saved = await chat.press(l.save, card.sent[0]);
    expect(saved.edited[0]!.text).toContain(l.net(l.n2250));
    expect(await recordOf('2026-11-24')).toMatchObject({ cogs: 4_250_000, netProfit: 2_250_000 });
  });

  it('products picked after the settings changed show and book the figures of now', async () => {
    const chat = await owner();
    await chat.send('/products add Váy hoa 350k 140k');
    const card = await chat.send(locale === 'vi' ? '10 4tr 1tr 50' : '10 4m 1m 50');
    await chat.send(locale === 'vi' ? '/settings phí ship 20k' : '/settings shipping 20k');
    await chat.press('🏷');
    const picked = (await chat.press('Váy hoa')).texts.at(-1)!;
    // COGS 10 × 140.000 = 1.400.000, shipping 10 × 20.000 = 200.000: net profit 4.000.000 − 1.400.000 −
    // 200.000 − 1.000.000 = 1.400.000; break-even on the day's actual figures 4.000.000 / (4.000.000 −
    // 1.400.000 − 200.000) = 1,67.
    const net = locale === 'vi' ? 'Lãi ròng: 1.400.000 ₫' : 'Net profit: 1,400,000 ₫';
    const breakEven = locale === 'vi' ? 'ROAS: 4,00 · hòa vốn 1,67' : 'ROAS: 4.00 · break-even 1.67';
    expect(picked).toContain(net);
    expect(picked).toContain(breakEven);
    expect(card.sent[0]!.keyboard).toEqual([]);
    const saved = (await chat.press(l.save)).edited[0]!.text!;
    expect(saved).toContain(net);
    expect(saved).toContain(breakEven);
    expect(await recordOf('2026-11-24')).toMatchObject({
      cogs: 1_400_000,
      shippingCost: 200_000,
      netProfit: 1_400_000,
    });
  });
});
