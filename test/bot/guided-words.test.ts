import { expect, it } from 'vitest';
import { adDecisions, dailyRecords } from '../../src/db/schema/index.js';
import { insertFourteenDays, shopOf } from '../support/ad-fixtures.js';
import { useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';

// Tuesday 24/11/2026, 20:00 in Ho Chi Minh City. COGS 40 % and no other cost, so a day's net profit is
// revenue × 60 % − ad spend.
const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

const records = async () =>
  (await db.select().from(dailyRecords))
    .map(({ recordDate, orders, revenue, adSpend, leads }) => ({
      date: recordDate,
      orders,
      revenue,
      adSpend,
      leads,
    }))
    .sort((a, b) => a.date.localeCompare(b.date));

interface Language {
  id: number;
  save: string;
  skip: string;
  /** The card's lines for orders, revenue, ad spend, leads and net profit. */
  card(orders: string, revenue: string, adSpend: string, leads: string, profit: string): string[];
  /** The guided entry's four answers, in words, with units and "about". */
  answers: [orders: string, revenue: string, adSpend: string, leads: string];
  /** Orders answered with another question's unit. */
  wrongUnit: string;
  countInvalid: string;
  askRevenue: string;
  askSpend: string;
  /** The guided /ads answers: name, channel, days, spend, leads, orders, revenue. */
  ad: [
    name: string,
    channel: string,
    days: string,
    spend: string,
    leads: string,
    orders: string,
    revenue: string,
  ];
  /** The two quick lines: the orders' unit written after the count, and dashes between the values. */
  quick: [withUnits: string, withDashes: string];
}

const LANGUAGES: Record<'vi' | 'en', Language> = {
  vi: {
    id: 831,
    save: 'Lưu',
    skip: 'Bỏ qua',
    card: (o, r, a, l, p) => [
      `Đơn: ${o}`,
      `Doanh thu: ${r} ₫`,
      `Quảng cáo: ${a} ₫`,
      `Lead: ${l}`,
      `Lãi ròng: ${p} ₫`,
    ],
    answers: ['11 đơn', '9 triệu hai', 'hai triệu', 'khoảng 80'],
    wrongUnit: '11 ngày',
    countInvalid: 'Cần một số nguyên, ví dụ 15.',
    askRevenue: 'Doanh thu bao nhiêu?',
    askSpend: 'Đã chi bao nhiêu cho quảng cáo này?',
    ad: ['Áo thun', 'Facebook', 'một tuần', 'hai triệu', 'tầm tám mươi lead', 'mười một đơn', '9 triệu hai'],
    quick: ['12 đơn 6tr 1tr5 60', 'hôm qua 15 - 8tr5 - 2tr - 85'],
  },
  en: {
    id: 832,
    save: 'Save',
    skip: 'Skip',
    card: (o, r, a, l, p) => [
      `Orders: ${o}`,
      `Revenue: ${r} ₫`,
      `Ad spend: ${a} ₫`,
      `Leads: ${l}`,
      `Net profit: ${p} ₫`,
    ],
    answers: ['11 orders', '9.2m', 'about 2m', '~80 leads'],
    wrongUnit: '11 days',
    countInvalid: 'I need a whole number, for example 15.',
    askRevenue: 'How much revenue?',
    askSpend: 'How much has this ad spent?',
    ad: ['Áo thun', 'Facebook', '1 week', 'about 2m', 'about 80 leads', '11 orders', '9.2m'],
    quick: ['12 orders 6m 1.5m 60', 'yesterday 15 - 8.5m - 2m - 85'],
  },
};

const group = (text: string, locale: 'vi' | 'en') => (locale === 'en' ? text.replaceAll('.', ',') : text);

forEachLanguage(LANGUAGES, 'guided answers in the words owners use', (locale, lang) => {
  it('reads counts with their unit, amounts in words and "about" in the daily entry', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send('/today');
    // A unit of another question is no answer to this one.
    expect((await chat.send(lang.wrongUnit)).texts[0]).toContain(lang.countInvalid);
    const [orders, revenue, adSpend, leads] = lang.answers;
    expect((await chat.send(orders)).texts[0]).toContain(lang.askRevenue);
    await chat.send(revenue);
    await chat.send(adSpend);
    const card = await chat.send(leads);
    // 9.200.000 × 60 % − 2.000.000 = 3.520.000.
    for (const line of lang.card('11', '9.200.000', '2.000.000', '80', '3.520.000'))
      expect(card.texts[0]).toContain(group(line, locale));
    await chat.press(lang.save);
    expect(await records()).toEqual([
      { date: '2026-11-24', orders: 11, revenue: 9_200_000, adSpend: 2_000_000, leads: 80 },
    ]);
  });

  it('reads "một tuần" as 7 days and words in every answer of the guided /ads', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await insertFourteenDays(db, await shopOf(db, lang.id));
    const [name, channel, days, spend, leads, orders, revenue] = lang.ad;
    await chat.send('/ads');
    await chat.send(name);
    await chat.press(channel);
    expect((await chat.send(days)).texts[0]).toContain(lang.askSpend);
    for (const answer of [spend, leads, orders, revenue]) await chat.send(answer);
    await chat.press(lang.skip);
    const [row] = await db.select().from(adDecisions);
    expect(row).toMatchObject({
      daysRunning: 7,
      spend: 2_000_000,
      leads: 80,
      orders: 11,
      revenue: 9_200_000,
    });
  });

  it('books the quick line with the orders unit written out and the one with dashes between the values', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const [withUnits, withDashes] = lang.quick;
    const first = await chat.send(withUnits);
    // 6.000.000 × 60 % − 1.500.000 = 2.100.000.
    for (const line of lang.card('12', '6.000.000', '1.500.000', '60', '2.100.000'))
      expect(first.texts[0]).toContain(group(line, locale));
    await chat.press(lang.save);
    const second = await chat.send(withDashes);
    // 8.500.000 × 60 % − 2.000.000 = 3.100.000.
    for (const line of lang.card('15', '8.500.000', '2.000.000', '85', '3.100.000'))
      expect(second.texts[0]).toContain(group(line, locale));
    await chat.press(lang.save);
    expect(await records()).toEqual([
      { date: '2026-11-23', orders: 15, revenue: 8_500_000, adSpend: 2_000_000, leads: 85 },
      { date: '2026-11-24', orders: 12, revenue: 6_000_000, adSpend: 1_500_000, leads: 60 },
    ]);
  });
});

it('reads every number word form of the guided entry, with units after the number (vi)', async () => {
  const chat = await startOwner(h, 'vi', 833);
  await chat.send('/today');
  for (const answer of ['mười một', 'hai triệu rưỡi', 'năm trăm nghìn đồng']) await chat.send(answer);
  const card = await chat.send('hai mươi');
  // 2.500.000 × 60 % − 500.000 = 1.000.000.
  for (const line of LANGUAGES.vi.card('11', '2.500.000', '500.000', '20', '1.000.000'))
    expect(card.texts[0]).toContain(line);
});
