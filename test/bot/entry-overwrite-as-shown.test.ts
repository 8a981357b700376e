import { expect, it } from 'vitest';
import { dailyRecords } from '../../src/db/schema/index.js';
import type { ChatMessage } from '../../src/dev/bot-api-stand-in.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import type { Locale } from '../../src/domain/locale.js';
import { useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';

// An entry card for a day compares the entry with the day as it was then (old → new, or no record). Save
// books only while the day is still that; otherwise nothing is written and the card is shown again
// against the day as it is now, and that card saves.

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

interface Language {
  id: number;
  save: string;
  changed: string;
  review: string;
  deleteYes: string;
  changeDate: string;
  /** 23/11: 15 orders, 8.5M revenue, 2M ads, 85 leads (net profit 8.5M − 40 % − 2M = 3.1M). */
  first: string;
  /** 20 orders, 10M, 2.5M, 100 leads: net profit 10M − 4M − 2.5M = 3.5M. */
  cardA: string;
  /** 18 orders, 9M, 2M, 90 leads: net profit 9M − 3.6M − 2M = 3.4M. */
  cardB: string;
  /** Card B's lines read against the day as card A saved it. */
  bAgainstA: string[];
  /** Card B's lines read against the first entry. */
  bAgainstFirst: string[];
  /** Card B's lines with no record to compare with. */
  bAlone: string[];
}

const LANGUAGES: Record<Locale, Language> = {
  vi: {
    id: 2401,
    save: 'Lưu',
    changed: 'Số liệu đã thay đổi, xem lại.',
    review: '⚠️ Số liệu đã thay đổi từ lúc bạn xem nên mình chưa làm gì.',
    deleteYes: '🗑 Xóa',
    changeDate: '📅 Đổi ngày',
    first: '15 8tr5 2tr 85',
    cardA: '20 10tr 2tr5 100',
    cardB: '18 9tr 2tr 90',
    bAgainstA: [
      'Đơn: 20 → 18',
      'Doanh thu: 10.000.000 ₫ → 9.000.000 ₫',
      'Lãi ròng: 3.500.000 ₫ → 3.400.000 ₫',
    ],
    bAgainstFirst: [
      'Đơn: 15 → 18',
      'Doanh thu: 8.500.000 ₫ → 9.000.000 ₫',
      'Lãi ròng: 3.100.000 ₫ → 3.400.000 ₫',
    ],
    bAlone: ['Đơn: 18\n', 'Doanh thu: 9.000.000 ₫\n', 'Lãi ròng: 3.400.000 ₫'],
  },
  en: {
    id: 2402,
    save: 'Save',
    changed: 'The data has changed, look again.',
    review: '⚠️ The numbers changed after you looked, so nothing was done.',
    deleteYes: '🗑 Delete',
    changeDate: '📅 Change date',
    first: '15 8.5m 2m 85',
    cardA: '20 10m 2.5m 100',
    cardB: '18 9m 2m 90',
    bAgainstA: [
      'Orders: 20 → 18',
      'Revenue: 10,000,000 ₫ → 9,000,000 ₫',
      'Net profit: 3,500,000 ₫ → 3,400,000 ₫',
    ],
    bAgainstFirst: [
      'Orders: 15 → 18',
      'Revenue: 8,500,000 ₫ → 9,000,000 ₫',
      'Net profit: 3,100,000 ₫ → 3,400,000 ₫',
    ],
    bAlone: ['Orders: 18\n', 'Revenue: 9,000,000 ₫\n', 'Net profit: 3,400,000 ₫'],
  },
};

const days = async () =>
  (await db.select().from(dailyRecords)).map(({ recordDate, orders, revenue, netProfit }) => ({
    recordDate,
    orders,
    revenue,
    netProfit,
  }));

/** The card a quick entry for 23/11 gets. */
async function card(chat: ChatSession, entry: string): Promise<ChatMessage> {
  return (await chat.send(`23/11 ${entry}`)).sent[0]!;
}

function saveData(message: ChatMessage, lang: Language): string {
  return message.keyboard.flat().find((b) => b.text.includes(lang.save))!.callback_data!;
}

/** The refusal: the answer, the card shown again with the lines given; nothing else sent. */
async function expectRefused(chat: ChatSession, shown: ChatMessage, lang: Language, lines: string[]) {
  const refused = await chat.pressData(saveData(shown, lang), shown);
  expect(refused.answers).toEqual([lang.changed]);
  expect(refused.sent).toEqual([]);
  const again = refused.edited[0]!;
  expect(again.text).toContain(lang.review);
  for (const line of lines) expect(again.text).toContain(line);
  expect(again.keyboard.flat().some((b) => b.text.includes(lang.save))).toBe(true);
  return again;
}

forEachLanguage(LANGUAGES, 'Save of a card over a saved day does what the card showed', (locale, lang) => {
  it('two cards for a saved day: one saved, Save on the other is refused, and its card shown again saves', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send(`23/11 ${lang.first}`);
    await chat.press(lang.save);
    const a = await card(chat, lang.cardA);
    const b = await card(chat, lang.cardB);
    for (const line of lang.bAgainstFirst) expect(b.text).toContain(line);

    await chat.pressData(saveData(a, lang), a);
    const afterA = [{ recordDate: '2026-11-23', orders: 20, revenue: 10_000_000, netProfit: 3_500_000 }];
    expect(await days()).toEqual(afterA);

    const again = await expectRefused(chat, b, lang, lang.bAgainstA);
    expect(await days()).toEqual(afterA);
    // The same press again is still refused only if the day moves again: now it books what it shows.
    await chat.pressData(saveData(again, lang), again);
    expect(await days()).toEqual([
      { recordDate: '2026-11-23', orders: 18, revenue: 9_000_000, netProfit: 3_400_000 },
    ]);
  });

  it('a refused card that cannot be edited is not sent again as a new card beside the old one', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send(`23/11 ${lang.first}`);
    await chat.press(lang.save);
    const a = await card(chat, lang.cardA);
    const b = await card(chat, lang.cardB);
    await chat.pressData(saveData(a, lang), a);
    const afterA = [{ recordDate: '2026-11-23', orders: 20, revenue: 10_000_000, netProfit: 3_500_000 }];

    h.api.failNext('editMessageText', {
      error_code: 400,
      description: 'Bad Request: message to edit not found',
    });
    const refused = await chat.pressData(saveData(b, lang), b);
    // A second card would leave the old one standing with its Save and older figures.
    const cards = refused.sent.filter((m) =>
      m.keyboard.flat().some((button) => button.text.includes(lang.save)),
    );
    expect(cards).toEqual([]);
    expect(await days()).toEqual(afterA);
    // Nothing moved: the old card is still refused, and shown again in place once the edit goes through.
    await expectRefused(chat, b, lang, lang.bAgainstA);
    expect(await days()).toEqual(afterA);
  });

  it('a card for an empty day is refused once another card saved the day, and shown again as an overwrite', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const a = await card(chat, lang.cardA);
    const b = await card(chat, lang.cardB);
    for (const line of lang.bAlone) expect(b.text).toContain(line);
    expect(b.text).not.toContain('→');

    await chat.pressData(saveData(a, lang), a);
    const afterA = [{ recordDate: '2026-11-23', orders: 20, revenue: 10_000_000, netProfit: 3_500_000 }];
    expect(await days()).toEqual(afterA);

    const again = await expectRefused(chat, b, lang, lang.bAgainstA);
    expect(await days()).toEqual(afterA);
    await chat.pressData(saveData(again, lang), again);
    expect(await days()).toMatchObject([{ orders: 18, revenue: 9_000_000 }]);
  });

  it('a card over a day deleted since is refused and shown again with nothing to replace; then it saves', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send(`23/11 ${lang.first}`);
    await chat.press(lang.save);
    const b = await card(chat, lang.cardB);
    await chat.send('/delete 23/11');
    await chat.press(lang.deleteYes, chat.lastMessage());
    expect(await days()).toEqual([]);

    const again = await expectRefused(chat, b, lang, lang.bAlone);
    expect(again.text).not.toContain('→');
    expect(await days()).toEqual([]);
    await chat.pressData(saveData(again, lang), again);
    expect(await days()).toMatchObject([{ recordDate: '2026-11-23', orders: 18 }]);
  });

  it('a card over a day changed by /edit since is refused; a card whose day did not move saves at once', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send(`23/11 ${lang.first}`);
    await chat.press(lang.save);
    const b = await card(chat, lang.cardB);

    // /edit 23/11 → Edit → the four answers → Save: the day becomes card A's numbers.
    const shown = (await chat.send('/edit 23/11')).sent[0]!;
    await chat.press(/✏️/, shown);
    for (const answer of lang.cardA.split(' ')) await chat.send(answer);
    await chat.press(lang.save);
    expect(await days()).toMatchObject([{ orders: 20, revenue: 10_000_000 }]);

    const again = await expectRefused(chat, b, lang, lang.bAgainstA);
    expect(await days()).toMatchObject([{ orders: 20, revenue: 10_000_000 }]);
    await chat.pressData(saveData(again, lang), again);
    expect(await days()).toMatchObject([{ orders: 18, revenue: 9_000_000 }]);

    // Nothing moved under this one: it saves on the first press, with no refusal.
    const c = await card(chat, lang.cardA);
    const saved = await chat.pressData(saveData(c, lang), c);
    expect(saved.answers).not.toContain(lang.changed);
    expect(await days()).toMatchObject([{ orders: 20, revenue: 10_000_000 }]);
  });

  it('a card moved onto a saved day compares with that day: it shows old → new and saves at once', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send(`23/11 ${lang.first}`);
    await chat.press(lang.save);
    const b = (await chat.send(`22/11 ${lang.cardB}`)).sent[0]!;
    expect(b.text).not.toContain('→');
    await chat.press(lang.changeDate, b);
    const moved = (await chat.send('23/11')).sent[0]!;
    for (const line of lang.bAgainstFirst) expect(moved.text).toContain(line);

    const saved = await chat.pressData(saveData(moved, lang), moved);
    expect(saved.answers).not.toContain(lang.changed);
    expect(await days()).toEqual([
      { recordDate: '2026-11-23', orders: 18, revenue: 9_000_000, netProfit: 3_400_000 },
    ]);
  });
});
