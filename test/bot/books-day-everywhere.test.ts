import { expect, it } from 'vitest';
import { updateShopSettings } from '../../src/db/queries/shop-settings.js';
import type { ChatMessage } from '../../src/dev/bot-api-stand-in.js';
import type { Locale } from '../../src/domain/locale.js';
import { decodePng } from '../charts/chart-pixels.js';
import { schedulerFor, sentTexts } from '../jobs/job-fixtures.js';
import { useBotHarness } from '../support/bot-harness.js';
import { shopIdsOf } from '../support/owner-data-fixtures.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';
import { insertDays } from '../support/record-fixtures.js';

// Tuesday 8 December 2026, 00:30 in Ho Chi Minh City, the day closing at 04:00 (the default): the books
// are still on Monday 07/12, so "today" is the 7th, "yesterday" the 6th and the 8th has not started.
const { db, h } = await useBotHarness({ now: '2026-12-08T00:30:00+07:00' });

const at = (local: string) => {
  h.clock.now = new Date(`${local}+07:00`);
};

type Day = '05' | '06' | '07' | '08' | '09';

interface Language {
  id: number;
  words: { today: string; yesterday: string; dayBefore: string; tomorrow: string };
  line: string;
  /** The entry card's first line for a day of December, and for the books day while its books are open. */
  card: Record<Day, string>;
  openCard: (day: '07' | '08') => string;
  future: string;
  askToday: Record<'07' | '08', string>;
  today: string;
  yesterday: string;
  noRecord: Record<Day, string>;
  goal: { title: string; revenue: string; forecast: string; missing: string; needed: string };
  goalLater: { title: string; revenue: string; forecast: string; missing: string; needed: string };
  week: { title: string; revenue: string; profit: string; compared: string };
  weekLater: { title: string; revenue: string; profit: string; compared: string };
  chartOneDay: string;
  chartCaption: string;
  weekOfChart: { title: string; revenue: string; adSpend: string; profit: string };
  reminder: string;
}

const LANGUAGES: Record<Locale, Language> = {
  vi: {
    id: 2301,
    words: { today: 'hôm nay', yesterday: 'hôm qua', dayBefore: 'hôm kia', tomorrow: 'ngày mai' },
    line: '10 5tr 1tr 50',
    card: {
      '05': '📒 Hoa Mai Shop · 05/12/2026\n',
      '06': '📒 Hoa Mai Shop · 06/12/2026\n',
      '07': '📒 Hoa Mai Shop · 07/12/2026\n',
      '08': '📒 Hoa Mai Shop · 08/12/2026\n',
      '09': '📒 Hoa Mai Shop · 09/12/2026\n',
    },
    openCard: (day) => `📒 Hoa Mai Shop · ${day}/12/2026 (sổ chưa chốt)`,
    future: 'Ngày này chưa tới.',
    askToday: {
      '07': 'Hôm nay (07/12/2026) có bao nhiêu đơn?',
      '08': 'Hôm nay (08/12/2026) có bao nhiêu đơn?',
    },
    today: 'Hôm nay',
    yesterday: 'Hôm qua',
    noRecord: {
      '05': 'Ngày 05/12/2026 chưa có số liệu.',
      '06': 'Ngày 06/12/2026 chưa có số liệu.',
      '07': 'Ngày 07/12/2026 chưa có số liệu.',
      '08': 'Ngày 08/12/2026 chưa có số liệu.',
      '09': 'Ngày 09/12/2026 chưa có số liệu.',
    },
    goal: {
      title: '🎯 Mục tiêu tháng 12/2026 · Hoa Mai Shop (đến 07/12, ngày 7/31)',
      revenue: 'Doanh thu: 36.000.000 ₫ / 310.000.000 ₫ · đúng tiến độ là 70.000.000 ₫',
      forecast: 'doanh thu 159.428.571 ₫ (51 % mục tiêu)',
      missing: 'Chưa ghi 1 ngày: 03/12.',
      needed: 'Mỗi ngày trong 24 ngày còn lại cần doanh thu 11.416.667 ₫.',
    },
    goalLater: {
      title: '🎯 Mục tiêu tháng 12/2026 · Hoa Mai Shop (đến 08/12, ngày 8/31)',
      revenue: 'Doanh thu: 36.000.000 ₫ / 310.000.000 ₫ · đúng tiến độ là 80.000.000 ₫',
      forecast: 'doanh thu 139.500.000 ₫ (45 % mục tiêu)',
      missing: 'Chưa ghi 2 ngày: 03/12, 08/12.',
      needed: 'Mỗi ngày trong 23 ngày còn lại cần doanh thu 11.913.044 ₫.',
    },
    week: {
      title: '📊 Tuần này (07/12–13/12, 1 ngày đầu) · Hoa Mai Shop',
      revenue: 'Doanh thu: 6.000.000 ₫ (+20,0 %)',
      profit: 'Lãi ròng: 2.600.000 ₫ (+600.000 ₫)',
      compared: 'So với 1 ngày đầu tuần trước.',
    },
    weekLater: {
      title: '📊 Tuần này (07/12–13/12, 2 ngày đầu) · Hoa Mai Shop',
      revenue: 'Doanh thu: 6.000.000 ₫ (-53,8 %)',
      profit: 'Lãi ròng: 2.500.000 ₫ (-2.300.000 ₫)',
      compared: 'So với 2 ngày đầu tuần trước.',
    },
    chartOneDay: 'từ 07/12 đến 13/12/2026 mới có 1 ngày được nhập, cần ít nhất 2 ngày',
    chartCaption:
      '📊 07/12 – 13/12/2026: doanh thu 11.000.000 ₫, quảng cáo 2.000.000 ₫, ROAS 5,50 (hòa vốn 1,67), lãi ròng 4.500.000 ₫.',
    weekOfChart: {
      title: '📊 Tuần này (07/12–13/12, 3 ngày đầu) · Hoa Mai Shop',
      revenue: 'Doanh thu: 11.000.000 ₫',
      adSpend: 'Quảng cáo: 2.000.000 ₫',
      profit: 'Lãi ròng: 4.500.000 ₫',
    },
    reminder: '⏰ Hoa Mai Shop: chưa có số liệu hôm nay (07/12/2026).',
  },
  en: {
    id: 2311,
    words: {
      today: 'today',
      yesterday: 'yesterday',
      dayBefore: 'day before yesterday',
      tomorrow: 'tomorrow',
    },
    line: '10 5m 1m 50',
    card: {
      '05': '📒 Anna Flowers · Sat 5 Dec 2026\n',
      '06': '📒 Anna Flowers · Sun 6 Dec 2026\n',
      '07': '📒 Anna Flowers · Mon 7 Dec 2026\n',
      '08': '📒 Anna Flowers · Tue 8 Dec 2026\n',
      '09': '📒 Anna Flowers · Wed 9 Dec 2026\n',
    },
    openCard: (day) => `📒 Anna Flowers · ${day === '07' ? 'Mon 7' : 'Tue 8'} Dec 2026 (books still open)`,
    future: "That day hasn't come yet.",
    askToday: {
      '07': 'How many orders today (Mon 7 Dec 2026)?',
      '08': 'How many orders today (Tue 8 Dec 2026)?',
    },
    today: 'Today',
    yesterday: 'Yesterday',
    noRecord: {
      '05': 'Sat 5 Dec 2026 has no numbers yet.',
      '06': 'Sun 6 Dec 2026 has no numbers yet.',
      '07': 'Mon 7 Dec 2026 has no numbers yet.',
      '08': 'Tue 8 Dec 2026 has no numbers yet.',
      '09': 'Wed 9 Dec 2026 has no numbers yet.',
    },
    goal: {
      title: '🎯 Goal for 12/2026 · Anna Flowers (to 7 Dec, day 7 of 31)',
      revenue: 'Revenue: 36,000,000 ₫ / 310,000,000 ₫ · on pace would be 70,000,000 ₫',
      forecast: 'revenue 159,428,571 ₫ (51% of the goal)',
      missing: '1 day not recorded: 3 Dec.',
      needed: 'Each of the 24 days left needs revenue 11,416,667 ₫.',
    },
    goalLater: {
      title: '🎯 Goal for 12/2026 · Anna Flowers (to 8 Dec, day 8 of 31)',
      revenue: 'Revenue: 36,000,000 ₫ / 310,000,000 ₫ · on pace would be 80,000,000 ₫',
      forecast: 'revenue 139,500,000 ₫ (45% of the goal)',
      missing: '2 days not recorded: 3 Dec, 8 Dec.',
      needed: 'Each of the 23 days left needs revenue 11,913,044 ₫.',
    },
    week: {
      title: '📊 This week (7 Dec–13 Dec, first day) · Anna Flowers',
      revenue: 'Revenue: 6,000,000 ₫ (+20.0%)',
      profit: 'Net profit: 2,600,000 ₫ (+600,000 ₫)',
      compared: 'Compared with the first day of last week.',
    },
    weekLater: {
      title: '📊 This week (7 Dec–13 Dec, first 2 days) · Anna Flowers',
      revenue: 'Revenue: 6,000,000 ₫ (-53.8%)',
      profit: 'Net profit: 2,500,000 ₫ (-2,300,000 ₫)',
      compared: 'Compared with the first 2 days of last week.',
    },
    chartOneDay: '7 Dec – 13 Dec 2026 has 1 recorded day, and it needs at least 2',
    chartCaption:
      '📊 7 Dec – 13 Dec 2026: revenue 11,000,000 ₫, ad spend 2,000,000 ₫, ROAS 5.50 (break-even 1.67), net profit 4,500,000 ₫.',
    weekOfChart: {
      title: '📊 This week (7 Dec–13 Dec, first 3 days) · Anna Flowers',
      revenue: 'Revenue: 11,000,000 ₫',
      adSpend: 'Ad spend: 2,000,000 ₫',
      profit: 'Net profit: 4,500,000 ₫',
    },
    reminder: '⏰ Anna Flowers: no numbers for today (Mon 7 Dec 2026) yet.',
  },
};

/** The moments around the day close and the books day each is on (default day close 04:00). */
const MOMENTS: ReadonlyArray<readonly [string, '07' | '08']> = [
  ['2026-12-08T00:30:00', '07'],
  ['2026-12-08T03:59:00', '07'],
  ['2026-12-08T04:00:00', '08'],
];

const dayBefore = (day: '07' | '08', n: 1 | 2): Day => String(Number(day) - n).padStart(2, '0') as Day;

/**
 * How many pixels of the plot's lower half (under the title and the subtitle, above the legend at the
 * bottom) are of one exact colour, by column.
 */
async function colourColumns(png: Buffer, colour: string): Promise<number[]> {
  const image = await decodePng(png);
  const columns = Array.from({ length: image.width }, () => 0);
  for (let y = Math.floor(image.height / 2); y < image.height - 60; y += 1) {
    for (let x = 0; x < image.width; x += 1) if (image.hex(x, y) === colour) columns[x]! += 1;
  }
  return columns;
}

/** The x ranges where a colour fills at least `min` pixels of each column: the bars of that colour. */
function barsOf(columns: readonly number[], min: number): { from: number; to: number }[] {
  const bars: { from: number; to: number }[] = [];
  columns.forEach((count, x) => {
    if (count < min) return;
    const last = bars.at(-1);
    if (last && last.to === x - 1) last.to = x;
    else bars.push({ from: x, to: x });
  });
  return bars.filter((bar) => bar.to - bar.from >= 20);
}

/**
 * The pixels of the "not entered" note's grey under each day of a week chart, Monday first: the slots are
 * found from Monday's and Wednesday's revenue bars (two slots apart).
 */
async function notesPerDay(png: Buffer): Promise<number[]> {
  const bars = barsOf(await colourColumns(png, '#2f80ed'), 10);
  expect(bars).toHaveLength(2);
  const centre = (bar: { from: number; to: number }) => (bar.from + bar.to) / 2;
  const slot = (centre(bars[1]!) - centre(bars[0]!)) / 2;
  const grey = await colourColumns(png, '#8a8a8a');
  return Array.from({ length: 7 }, (_, day) => {
    const middle = centre(bars[0]!) + day * slot;
    let sum = 0;
    for (let x = Math.ceil(middle - slot * 0.45); x <= middle + slot * 0.45; x += 1) sum += grey[x] ?? 0;
    return sum;
  });
}

forEachLanguage(LANGUAGES, "the shop's books day in every place", (locale, lang) => {
  const start = () => startOwner(h, locale, lang.id);
  const shopId = async () => (await shopIdsOf(db, String(lang.id)))[0]!;

  it('reads today, yesterday and the day before from the books day at 00:30, 03:59 and 04:00', async () => {
    const chat = await start();
    for (const [moment, today] of MOMENTS) {
      at(moment);
      const yesterday = (await chat.send(`${lang.words.yesterday} ${lang.line}`)).texts[0];
      expect(yesterday, moment).toContain(lang.card[dayBefore(today, 1)]);
      const dayBeforeYesterday = (await chat.send(`${lang.words.dayBefore} ${lang.line}`)).texts[0];
      expect(dayBeforeYesterday, moment).toContain(lang.card[dayBefore(today, 2)]);
      // "Today" typed is the books day, as the dateless entry is, and its card says so while it is open.
      const typedToday = (await chat.send(`${lang.words.today} ${lang.line}`)).texts[0]!;
      const dateless = (await chat.send(lang.line)).texts[0]!;
      if (today === '07') {
        expect(typedToday, moment).toContain(lang.openCard('07'));
        expect(dateless, moment).toContain(lang.openCard('07'));
      } else {
        expect(typedToday, moment).toContain(lang.card['08']);
        expect(dateless, moment).toContain(lang.card['08']);
      }
      expect((await chat.send(`${lang.words.tomorrow} ${lang.line}`)).texts[0], moment).toContain(
        lang.future,
      );
    }
  });

  it('takes the calendar day by its date before the day closes, and refuses the day after', async () => {
    const chat = await start();
    expect((await chat.send(`8/12 ${lang.line}`)).texts[0]).toContain(lang.card['08']);
    expect((await chat.send(`9/12 ${lang.line}`)).texts[0]).toContain(lang.future);
    expect((await chat.send('/edit 9/12')).texts[0]).toContain(lang.future);
    expect((await chat.send('/edit 8/12')).texts[0]).toContain(lang.noRecord['08']);
  });

  it('/today, /edit today and the date buttons of /delete are for the books day', async () => {
    const chat = await start();
    for (const [moment, today] of MOMENTS) {
      at(moment);
      expect((await chat.send('/today')).texts[0], moment).toContain(lang.askToday[today]);
      await chat.send('/cancel');
      expect((await chat.send(`/edit ${lang.words.today}`)).texts[0], moment).toContain(lang.noRecord[today]);
      expect((await chat.send(`/edit ${lang.words.yesterday}`)).texts[0], moment).toContain(
        lang.noRecord[dayBefore(today, 1)],
      );
      const ask = await chat.send('/delete');
      const buttons: ChatMessage = ask.sent[0]!;
      expect((await chat.press(lang.today, buttons)).texts[0], moment).toContain(lang.noRecord[today]);
      const again = (await chat.send('/delete')).sent[0]!;
      expect((await chat.press(lang.yesterday, again)).texts[0], moment).toContain(
        lang.noRecord[dayBefore(today, 1)],
      );
    }
  });

  it('/goal counts the days passed and the days not recorded up to the books day', async () => {
    const chat = await start();
    // Every day of December to the 7th but the 3rd: 12 orders, 6.000.000 ₫, 1.000.000 ₫ of ads, 60 leads.
    const days = ['01', '02', '04', '05', '06', '07'].map(
      (d) => [`2026-12-${d}`, 12, 6_000_000, 1_000_000, 60] as [string, number, number, number, number],
    );
    await insertDays(db, await shopId(), days);
    // 310.000.000 over December's 31 days: 10.000.000 a day on pace.
    await chat.send('/goal 310tr');
    for (const [moment, today] of MOMENTS) {
      at(moment);
      const status = (await chat.send('/goal')).texts[0]!;
      // 00:30 and 03:59: 7 days passed, 36.000.000 ₫ / 70.000.000 ₫ on pace; forecast 36.000.000 × 31 / 7
      // = 159.428.571,4 (51 %); 274.000.000 ₫ still needed over 24 days = 11.416.666,7 → 11.416.667 ₫.
      // 04:00: 8 days (the 8th not recorded), on pace 80.000.000 ₫; 36.000.000 × 31 / 8 = 139.500.000 (45 %);
      // 274.000.000 / 23 = 11.913.043,5 → 11.913.044 ₫.
      const want = today === '07' ? lang.goal : lang.goalLater;
      for (const line of Object.values(want)) expect(status, moment).toContain(line);
    }
  });

  it('/week at 00:30 Tuesday has Monday as its only day passed, beside one day of last week', async () => {
    const chat = await start();
    const id = await shopId();
    // 3.100.000 ₫ a month: 100.000 ₫ for each day of December not recorded.
    await updateShopSettings(db, id, { monthlyFixedCost: 3_100_000 });
    await insertDays(db, id, [
      // Last week: Monday net 5.000.000 × 0,6 − 1.000.000 = 2.000.000; Tuesday 8.000.000 × 0,6 − 2.000.000.
      ['2026-11-30', 10, 5_000_000, 1_000_000, 50],
      ['2026-12-01', 20, 8_000_000, 2_000_000, 80],
      // This Monday: 6.000.000 × 0,6 − 1.000.000 = 2.600.000.
      ['2026-12-07', 12, 6_000_000, 1_000_000, 60],
    ]);
    for (const [moment, today] of MOMENTS) {
      at(moment);
      const running = (await chat.send('/week')).texts.at(-1)!;
      // Before the day closes: Monday alone (6.000.000 vs 5.000.000: +20 %; 2.600.000 vs 2.000.000:
      // +600.000), no fixed cost for a day not recorded. From 04:00 Tuesday is passed too, not recorded:
      // 2.600.000 − 100.000 = 2.500.000 against 2.000.000 + 2.800.000 = 4.800.000 (−2.300.000); 6.000.000
      // against 13.000.000 of revenue: −53,8 %.
      const want = today === '07' ? lang.week : lang.weekLater;
      for (const line of Object.values(want)) expect(running, moment).toContain(line);
    }
  });

  it('/chart week is the Monday–Sunday week of /week, and a day that has not come is not missing', async () => {
    const chat = await start();
    const id = await shopId();
    await updateShopSettings(db, id, { monthlyFixedCost: 3_100_000 });
    await insertDays(db, id, [['2026-12-07', 12, 6_000_000, 1_000_000, 60]]);
    // 00:30 Tuesday: the week so far is Monday alone, one day, too few to draw.
    expect((await chat.send('/chart week')).texts[0]).toContain(lang.chartOneDay);

    // 00:30 Thursday 10/12, the books on Wednesday: Monday and Wednesday recorded, Tuesday not.
    await insertDays(db, id, [['2026-12-09', 10, 5_000_000, 1_000_000, 50]]);
    at('2026-12-10T00:30:00');
    const chart = (await chat.send('/chart week')).sent[0]!;
    // 11.000.000 of revenue and 2.000.000 of ads (ROAS 5,50; break-even 1 / 0,6); profit 2.600.000 +
    // 2.000.000 − 100.000 (Tuesday's share of the fixed cost) = 4.500.000: the numbers of /week.
    expect(chart.caption).toBe(lang.chartCaption);
    const week = (await chat.send('/week')).texts.at(-1)!;
    for (const line of Object.values(lang.weekOfChart)) expect(week).toContain(line);

    // The "not entered" note is drawn under Tuesday only, none under Thursday to Sunday, which have not
    // come (a stray grey pixel of a label's edge aside).
    const notes = await notesPerDay(chart.photo!.bytes);
    // (The note's grey fills some 80 pixels; a label's edges a dozen at most.)
    expect(notes[1]).toBeGreaterThan(40);
    for (const day of [0, 2, 3, 4, 5, 6]) expect(notes[day], `day ${day}`).toBeLessThan(20);
  });

  it('reminds at 01:00 about the books day, as "today"', async () => {
    const chat = await start();
    await chat.send('/remind 01:00');
    at('2026-12-08T01:00:30');
    await schedulerFor(h).tick();
    expect(sentTexts(h, lang.id).filter((t) => t.startsWith('⏰'))).toEqual([
      expect.stringContaining(lang.reminder),
    ]);
  });

  it('follows a day close of 02:00 and of midnight', async () => {
    const chat = await start();
    await chat.send('/dayclose 2h');
    at('2026-12-08T01:59:00');
    expect((await chat.send(`${lang.words.today} ${lang.line}`)).texts[0]).toContain(lang.openCard('07'));
    expect((await chat.send('/today')).texts[0]).toContain(lang.askToday['07']);
    await chat.send('/cancel');
    at('2026-12-08T02:00:00');
    expect((await chat.send(`${lang.words.today} ${lang.line}`)).texts[0]).toContain(lang.card['08']);
    expect((await chat.send(`${lang.words.yesterday} ${lang.line}`)).texts[0]).toContain(lang.card['07']);
    expect((await chat.send('/today')).texts[0]).toContain(lang.askToday['08']);
    await chat.send('/cancel');

    await chat.send('/dayclose 0h');
    at('2026-12-08T00:30:00');
    expect((await chat.send(`${lang.words.today} ${lang.line}`)).texts[0]).toContain(lang.card['08']);
    expect((await chat.send(`${lang.words.yesterday} ${lang.line}`)).texts[0]).toContain(lang.card['07']);
    const ask = await chat.send('/delete');
    expect((await chat.press(lang.today, ask.sent[0])).texts[0]).toContain(lang.noRecord['08']);
  });
});
