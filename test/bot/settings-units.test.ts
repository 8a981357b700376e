import { expect, it } from 'vitest';
import { dailyRecords, shopSettings } from '../../src/db/schema/index.js';
import { addDays } from '../../src/domain/local-date.js';
import type { Locale } from '../../src/domain/locale.js';
import { useBotHarness } from '../support/bot-harness.js';
import { shopIdsOf } from '../support/owner-data-fixtures.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';
import { type FixtureDay, insertDays } from '../support/record-fixtures.js';

// Tuesday 08/12/2026, evening: the books are on 08/12.
const { db, h } = await useBotHarness({ now: '2026-12-08T20:00:00+07:00' });

const settings = async () => (await db.select().from(shopSettings))[0]!;
const days = async () =>
  (await db.select().from(dailyRecords))
    .map((d) => ({
      date: d.recordDate,
      shipping: d.shippingCost,
      fees: d.paymentFees,
      fixed: d.fixedCost,
      net: d.netProfit,
    }))
    .sort((a, b) => a.date.localeCompare(b.date));

// 15 orders, 8.500.000 revenue, 2.000.000 ads, 85 leads; with 40 % COGS (3.400.000) and no other cost the
// net profit is 8.500.000 − 3.400.000 − 2.000.000 = 3.100.000.
const DAY = '15 8tr5 2tr 85';

interface Language {
  id: number;
  fixed: string;
  shipping: string;
  fee: string;
  since: string;
  save: string;
  monthlyForms: string[];
  monthlyChanged: string;
  monthlySplit: string;
  readAsMonthly: string;
  perDayRefused: string;
  exactPerDay: string;
  costsGroup: string;
  costLines: string[];
  shippingChanged: string;
  otherUnits: [string, string][];
  cardFixed: string;
  reapplyPreview: string;
  monthPreview: string;
  monthButton: string;
  reapplyButton: string;
  reapplied: string;
  unchanged: string;
  future: string;
  today: string;
  booksDayPreview: string;
  notYet: string;
  fixedButton: string;
  askFixed: string;
}

const LANGUAGES: Record<Locale, Language> = {
  vi: {
    id: 2301,
    fixed: '/settings chi phí cố định',
    shipping: '/settings phí ship',
    fee: '/settings phí thanh toán',
    since: 'từ',
    save: 'Lưu',
    monthlyForms: ['14tr/tháng', '14tr/thang', '14 triệu mỗi tháng', '14tr / tháng'],
    // 14.000.000 / 30 = 466.666,67 → 467.000 rounded to the thousand, not exact.
    monthlyChanged: '✅ Chi phí cố định: 0 ₫/tháng → 14.000.000 ₫/tháng (≈ 467.000 ₫/ngày).',
    // 14.000.000 / 30 ≈ 466.667; 14.000.000 / 31 = 451.612,9 ≈ 451.613.
    monthlySplit:
      'Mỗi ngày tính phần của ngày đó trong tháng: khoảng 466.667 ₫/ngày với tháng 30 ngày, 451.613 ₫/ngày với tháng 31 ngày; cộng cả tháng đúng bằng số trên.',
    readAsMonthly: 'Số bạn gõ được hiểu là mỗi tháng.',
    perDayRefused: '«500k/ngày»: Chi phí cố định tính mỗi tháng. Ví dụ: 14tr/tháng.',
    // 15.000.000 / 30 = 500.000 exactly.
    exactPerDay: '15.000.000 ₫/tháng (500.000 ₫/ngày)',
    costsGroup: 'Chi phí',
    costLines: ['• Phí ship: 25.000 ₫/đơn', '• Chi phí cố định: 14.000.000 ₫/tháng (≈ 467.000 ₫/ngày)'],
    shippingChanged: '✅ Phí ship: 0 ₫/đơn → 25.000 ₫/đơn.',
    otherUnits: [
      ['/settings cpl tăng vọt 1,5', '✅ CPL tăng vọt: gấp 1,30 lần → gấp 1,50 lần.'],
      ['/settings số ngày tối thiểu 5', '✅ Số ngày tối thiểu: 6 ngày → 5 ngày.'],
      ['/settings cpl mục tiêu 35k/lead', '→ 35.000 ₫/lead.'],
    ],
    cardFixed: 'Lãi ròng: 2.648.387 ₫',
    // Two days, each 3.100.000 → 3.100.000 − 15 × 25.000 = 2.725.000: 6.200.000 → 5.450.000.
    reapplyPreview:
      'Áp dụng phí ship mới cho 2 ngày đã lưu từ 01/12/2026 đến 08/12/2026? Chỉ phí ship của các ngày đó thay đổi, các chi phí khác giữ như đã lưu. Lãi ròng các ngày đó: 6.200.000 ₫ → 5.450.000 ₫.',
    // 30 days at 3.100.000 = 93.000.000; minus the month's 14.000.000 of fixed cost = 79.000.000.
    monthPreview:
      'Áp dụng chi phí cố định mới cho 30 ngày đã lưu từ 01/11/2026 đến 08/12/2026? Chỉ chi phí cố định của các ngày đó thay đổi, các chi phí khác giữ như đã lưu. Lãi ròng các ngày đó: 93.000.000 ₫ → 79.000.000 ₫.',
    monthButton: '✅ Áp dụng cho 30 ngày',
    reapplyButton: '✅ Áp dụng cho 2 ngày',
    reapplied: '✅ Đã áp dụng phí ship mới cho 2 ngày từ 01/12/2026 đến 08/12/2026',
    unchanged: 'Phí ship đã là 25.000 ₫/đơn, không có gì thay đổi.',
    future: 'Ngày 20/12/2026 chưa tới',
    today: 'hôm nay',
    booksDayPreview: 'cho 1 ngày đã lưu từ 08/12/2026 đến 08/12/2026?',
    notYet: 'Ngày 09/12/2026 chưa tới',
    fixedButton: 'Chi phí cố định',
    askFixed: 'Chi phí cố định: hiện 0 ₫/tháng, mặc định 0 ₫/tháng. Gửi giá trị mới, ví dụ 14tr/tháng.',
  },
  en: {
    id: 2302,
    fixed: '/settings fixed cost',
    shipping: '/settings shipping',
    fee: '/settings payment fee',
    since: 'from',
    save: 'Save',
    monthlyForms: ['14m/month', '14m per month', '14m a month', '14tr/tháng'],
    monthlyChanged: '✅ Fixed cost: 0 ₫/month → 14,000,000 ₫/month (≈ 467,000 ₫/day).',
    monthlySplit:
      'Each day counts its share of the month: about 466,667 ₫/day in a 30-day month, 451,613 ₫/day in a 31-day month; a whole month adds up to the amount exactly.',
    readAsMonthly: 'The amount you typed is read as per month.',
    perDayRefused: '«500k/ngày»: Fixed cost is per month. E.g. 14m/month.',
    exactPerDay: '15,000,000 ₫/month (500,000 ₫/day)',
    costsGroup: 'Costs',
    costLines: ['• Shipping: 25,000 ₫/order', '• Fixed cost: 14,000,000 ₫/month (≈ 467,000 ₫/day)'],
    shippingChanged: '✅ Shipping: 0 ₫/order → 25,000 ₫/order.',
    otherUnits: [
      ['/settings cpl spike 1.5', '✅ CPL spike: 1.30 times → 1.50 times.'],
      ['/settings min days 1', '✅ Min days: 6 days → 1 day.'],
      ['/settings target cpl 35k/lead', '→ 35,000 ₫/lead.'],
    ],
    cardFixed: 'Net profit: 2,648,387 ₫',
    reapplyPreview:
      'Apply the new shipping to the 2 days saved from Tue 1 Dec 2026 to Tue 8 Dec 2026? Only their shipping changes; their other costs stay as saved. Net profit of those days: 6,200,000 ₫ → 5,450,000 ₫.',
    monthPreview:
      'Apply the new fixed cost to the 30 days saved from Sun 1 Nov 2026 to Tue 8 Dec 2026? Only their fixed cost changes; their other costs stay as saved. Net profit of those days: 93,000,000 ₫ → 79,000,000 ₫.',
    monthButton: '✅ Apply to 30 days',
    reapplyButton: '✅ Apply to 2 days',
    reapplied: '✅ Applied the new shipping to 2 days from Tue 1 Dec 2026 to Tue 8 Dec 2026',
    unchanged: 'Shipping is already 25,000 ₫/order: nothing changed.',
    future: 'Sun 20 Dec 2026 has not come yet',
    today: 'today',
    booksDayPreview: 'to the day saved from Tue 8 Dec 2026 to Tue 8 Dec 2026?',
    notYet: 'Wed 9 Dec 2026 has not come yet',
    fixedButton: 'Fixed cost',
    askFixed: 'Fixed cost: now 0 ₫/month, default 0 ₫/month. Send the new value, e.g. 14m/month.',
  },
};

forEachLanguage(LANGUAGES, '/settings units', (locale, lang) => {
  it('reads the fixed cost per month, says so with the share of a day, and a day counts its own month’s share', async () => {
    const chat = await startOwner(h, locale, lang.id);
    for (const form of lang.monthlyForms) {
      await chat.send(`${lang.fixed} 0`);
      const set = (await chat.send(`${lang.fixed} ${form}`)).texts[0]!;
      expect(set).toContain(lang.monthlyChanged);
      expect(set).toContain(lang.monthlySplit);
      expect(set).not.toContain(lang.readAsMonthly);
      expect((await settings()).monthlyFixedCost).toBe(14_000_000);
    }
    // 07/12: December has 31 days; 14.000.000 = 31 × 451.612 + 28, so days 1–28 count 451.613:
    // 3.100.000 − 451.613 = 2.648.387.
    expect((await chat.send(`07/12 ${DAY}`)).texts[0]).toContain(lang.cardFixed);
    await chat.press(lang.save);
    // 30/11: November has 30 days; 14.000.000 = 30 × 466.666 + 20, so days 21–30 count 466.666:
    // 3.100.000 − 466.666 = 2.633.334.
    await chat.send(`30/11 ${DAY}`);
    await chat.press(lang.save);
    expect(await days()).toEqual([
      { date: '2026-11-30', shipping: 0, fees: 0, fixed: 466_666, net: 2_633_334 },
      { date: '2026-12-07', shipping: 0, fees: 0, fixed: 451_613, net: 2_648_387 },
    ]);
  });

  it('reads an amount without its unit as per month and says so; refuses one per day; shows an exact share without ≈', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const bare = (await chat.send(`${lang.fixed} 14tr`)).texts[0]!;
    expect(bare).toContain(lang.monthlyChanged);
    expect(bare).toContain(lang.readAsMonthly);
    expect((await settings()).monthlyFixedCost).toBe(14_000_000);
    expect((await chat.send(`${lang.fixed} 500k/ngày`)).texts).toEqual([lang.perDayRefused]);
    expect((await settings()).monthlyFixedCost).toBe(14_000_000);
    expect((await chat.send(`${lang.fixed} 15tr/tháng`)).texts[0]).toContain(lang.exactPerDay);
  });

  it('says shipping per order, and every value its unit, on the confirmation and in /settings', async () => {
    const chat = await startOwner(h, locale, lang.id);
    expect((await chat.send(`${lang.shipping} 25k`)).texts[0]).toContain(lang.shippingChanged);
    await chat.send(`${lang.shipping} 0`);
    const typed = locale === 'vi' ? '25k/đơn' : '25k/order';
    expect((await chat.send(`${lang.shipping} ${typed}`)).texts[0]).toContain(lang.shippingChanged);
    expect((await settings()).shippingCostPerOrder).toBe(25_000);
    await chat.send(`${lang.fixed} 14tr`);
    const menu = await chat.send('/settings');
    const group = (await chat.press(new RegExp(lang.costsGroup), menu.sent[0])).edited[0]!.text;
    for (const line of lang.costLines) expect(group).toContain(line);
    for (const [command, confirmed] of lang.otherUnits) {
      expect((await chat.send(command)).texts[0]).toContain(confirmed);
    }
  });

  it('re-applies only the cost named: the other costs of the saved days stay as saved', async () => {
    const chat = await startOwner(h, locale, lang.id);
    for (const date of ['01/12', '02/12']) {
      await chat.send(`${date} ${DAY}`);
      await chat.press(lang.save);
    }
    // Later costs the saved days were not counted with: a 2 % fee and 14.000.000 a month of fixed cost.
    await chat.send(`${lang.fee} 2%`);
    await chat.send(`${lang.fixed} 14tr/tháng`);
    const offered = await chat.send(`${lang.shipping} 25k ${lang.since} 01/12`);
    // Re-applying every cost would give 3.100.000 − 375.000 − 170.000 (2 % of 8.500.000) − 451.613 each.
    expect(offered.texts[0]).toContain(lang.reapplyPreview);
    const applied = await chat.press(lang.reapplyButton, offered.sent[0]);
    expect(applied.edited[0]!.text).toContain(lang.reapplied);
    expect(await days()).toEqual([
      { date: '2026-12-01', shipping: 375_000, fees: 0, fixed: 0, net: 2_725_000 },
      { date: '2026-12-02', shipping: 375_000, fees: 0, fixed: 0, net: 2_725_000 },
    ]);
  });

  it('re-applies a monthly fixed cost to a whole saved month: its days’ shares sum to it exactly', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const [shopId] = await shopIdsOf(db, String(lang.id));
    const november = Array.from(
      { length: 30 },
      (_, i): FixtureDay => [addDays('2026-11-01', i), 15, 8_500_000, 2_000_000, 85],
    );
    await insertDays(db, shopId!, november);
    const offered = await chat.send(`${lang.fixed} 14tr/tháng ${lang.since} 01/11`);
    expect(offered.texts[0]).toContain(lang.monthPreview);
    await chat.press(lang.monthButton, offered.sent[0]);
    const saved = await days();
    // 14.000.000 = 30 × 466.666 + 20: days 1–20 count 466.667, days 21–30 466.666.
    expect(saved.map((d) => d.fixed)).toEqual([...Array(20).fill(466_667), ...Array(10).fill(466_666)]);
    expect(saved.reduce((sum, d) => sum + d.fixed, 0)).toBe(14_000_000);
    expect(saved.reduce((sum, d) => sum + d.net, 0)).toBe(79_000_000);
  });

  it('says a value is already set and offers no re-apply when no saved day would change', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send(`01/12 ${DAY}`);
    await chat.press(lang.save);
    await chat.send(`${lang.shipping} 25k`);
    const same = await chat.send(`${lang.shipping} 25k`);
    expect(same.texts).toEqual([lang.unchanged]);
    await chat.send(`${lang.shipping} 25k ${lang.since} 01/12`);
    await chat.press(/^✅/);
    const again = await chat.send(`${lang.shipping} 25k ${lang.since} 01/12`);
    expect(again.texts).toEqual([lang.unchanged]);
    expect(chat.buttons(again.sent[0])).toEqual([]);
  });

  it('says a day after the books day has not come yet, and changes nothing', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const future = await chat.send(`${lang.shipping} 25k ${lang.since} 20/12`);
    expect(future.texts[0]).toContain(lang.future);
    expect((await settings()).shippingCostPerOrder).toBe(0);
  });

  it('reads a day in a setting relative to the books day: at 00:30 "today" is still the day before', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send(`08/12 ${DAY}`);
    await chat.press(lang.save);
    h.clock.now = new Date('2026-12-09T00:30:00+07:00');
    try {
      const offered = await chat.send(`${lang.shipping} 25k ${lang.since} ${lang.today}`);
      expect(offered.texts[0]).toContain(lang.booksDayPreview);
      expect((await chat.send(`${lang.shipping} 30k ${lang.since} 09/12`)).texts[0]).toContain(lang.notYet);
    } finally {
      h.clock.now = new Date('2026-12-08T20:00:00+07:00');
    }
  });

  it('asks the fixed cost by its button per month, and reads a bare amount as per month', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const menu = await chat.send('/settings');
    const costs = await chat.press(new RegExp(lang.costsGroup), menu.sent[0]);
    expect((await chat.press(lang.fixedButton, costs.edited[0])).texts).toEqual([lang.askFixed]);
    const set = (await chat.send('14tr')).texts[0]!;
    expect(set).toContain(lang.monthlyChanged);
    expect(set).toContain(lang.readAsMonthly);
    expect((await settings()).monthlyFixedCost).toBe(14_000_000);
  });
});
