import { expect, it } from 'vitest';
import { dailyRecords, productPresets, shops, users } from '../../src/db/schema/index.js';
import type { ChatMessage } from '../../src/dev/bot-api-stand-in.js';
import type { Locale } from '../../src/domain/locale.js';
import { onboard, useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

interface Language {
  id: number;
  save: string;
  changed: string;
  review: string;
  stale: string;
  dayDelete: string;
  /** 21/11/2026 and 22/11/2026 as the bot writes them. */
  day21: string;
  day22: string;
  dayDeleteAsk: (date: string) => string;
  dayDeleted: (date: string) => string;
  /** How the saved day's revenue line reads. */
  revenue: (amount: string) => string;
  money: (vnd: number) => string;
  dataDelete: string;
  /** The /deletemydata confirmation's line for the shops, and for the days. */
  dataShops: (count: number, names: string) => string;
  dataDays: (count: number) => string;
  dataDeleted: (shops: number, days: number) => string;
  addShop: string;
  cogsDefault: RegExp;
  shippingSince: (value: string, date: string) => string;
  /** The re-apply offer for `days` days from 21/11 to 24/11, net profit `before` → `after`. */
  reapplyOffer: (days: number, before: number, after: number) => string;
  reapplyButton: RegExp;
  reapplied: (days: number) => string;
}

const LANGUAGES: Record<Locale, Language> = {
  vi: {
    id: 2201,
    save: 'Lưu',
    changed: 'Số liệu đã thay đổi, xem lại.',
    review: '⚠️ Số liệu đã thay đổi từ lúc bạn xem nên mình chưa làm gì.',
    stale: 'Nút này đã cũ hoặc không còn hiệu lực.',
    dayDelete: '🗑 Xóa',
    day21: '21/11/2026',
    day22: '22/11/2026',
    dayDeleteAsk: (date) => `Xóa số liệu ngày ${date}?`,
    dayDeleted: (date) => `🗑 Đã xóa số liệu ngày ${date}.`,
    revenue: (amount) => `Doanh thu: ${amount}`,
    money: (vnd) => vnd.toLocaleString('de-DE'),
    dataDelete: '🗑 Xóa tất cả',
    dataShops: (count, names) => `• ${count} cửa hàng: ${names}\n`,
    dataDays: (count) => `• ${count} ngày số liệu\n`,
    dataDeleted: (shops, days) =>
      `✅ Đã xóa xong toàn bộ dữ liệu của bạn (${shops} cửa hàng, ${days} ngày số liệu`,
    addShop: '➕ Thêm cửa hàng',
    cogsDefault: /40/,
    shippingSince: (value, date) => `/settings phí ship ${value} từ ${date}`,
    reapplyOffer: (days, before, after) =>
      `Áp dụng phí ship mới cho ${days} ngày đã lưu từ 21/11/2026 đến 24/11/2026? Chỉ phí ship của các ngày đó thay đổi, các chi phí khác giữ như đã lưu. Lãi ròng các ngày đó: ${before.toLocaleString('de-DE')} ₫ → ${after.toLocaleString('de-DE')} ₫.`,
    reapplyButton: /^✅ Áp dụng/,
    reapplied: (days) => `✅ Đã áp dụng phí ship mới cho ${days} ngày từ`,
  },
  en: {
    id: 2202,
    save: 'Save',
    changed: 'The data has changed, look again.',
    review: '⚠️ The numbers changed after you looked, so nothing was done.',
    stale: 'This button is old or no longer active.',
    dayDelete: '🗑 Delete',
    day21: 'Sat 21 Nov 2026',
    day22: 'Sun 22 Nov 2026',
    dayDeleteAsk: (date) => `Delete the numbers for ${date}?`,
    dayDeleted: (date) => `🗑 Deleted the numbers for ${date}.`,
    revenue: (amount) => `Revenue: ${amount}`,
    money: (vnd) => vnd.toLocaleString('en-US'),
    dataDelete: '🗑 Delete everything',
    dataShops: (count, names) => `• ${count} ${count === 1 ? 'shop' : 'shops'}: ${names}\n`,
    dataDays: (count) => `• ${count} ${count === 1 ? 'day' : 'days'} of numbers\n`,
    dataDeleted: (shops, days) =>
      `✅ All your data is deleted (${shops} ${shops === 1 ? 'shop' : 'shops'}, ${days} ${days === 1 ? 'day' : 'days'} of numbers`,
    addShop: '➕ Add a shop',
    cogsDefault: /40/,
    shippingSince: (value, date) => `/settings shipping ${value} from ${date}`,
    reapplyOffer: (days, before, after) =>
      `Apply the new shipping to the ${days} days saved from Sat 21 Nov 2026 to Tue 24 Nov 2026? Only their shipping changes; their other costs stay as saved. Net profit of those days: ${before.toLocaleString('en-US')} ₫ → ${after.toLocaleString('en-US')} ₫.`,
    reapplyButton: /^✅ Apply/,
    reapplied: (days) => `✅ Applied the new shipping to ${days === 1 ? 'one day' : `${days} days`} from`,
  },
};

/** The saved days as (date, orders, revenue), by date. */
const days = async () =>
  (await db.select().from(dailyRecords))
    .map((d) => [d.recordDate, d.orders, d.revenue] as const)
    .sort((a, b) => a[0].localeCompare(b[0]));

function yesData(confirmation: ChatMessage): string {
  return confirmation.keyboard[0]![0]!.callback_data!;
}

forEachLanguage(LANGUAGES, 'a day delete does what its confirmation showed, or nothing', (locale, lang) => {
  it('refuses once the day was edited since, shows it as it is now; the fresh Yes deletes it', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send('22/11 12 6tr 1tr 60');
    await chat.press(lang.save);
    const asked = (await chat.send('/delete 22/11')).sent[0]!;
    expect(asked.text).toContain(lang.dayDeleteAsk(lang.day22));
    expect(asked.text).toContain(lang.revenue(lang.money(6_000_000)));
    // The stand-in edits a message in place: keep the button's data as it was shown.
    const oldYes = yesData(asked);

    // The day entered again with other numbers, through the bot, after the confirmation was shown.
    await chat.send('22/11 14 7tr 1tr 70');
    await chat.press(lang.save);
    expect(await days()).toEqual([['2026-11-22', 14, 7_000_000]]);

    const refused = await chat.pressData(oldYes, asked);
    expect(refused.answers).toEqual([lang.changed]);
    const again = refused.edited[0]!;
    expect(again.text).toContain(lang.review);
    expect(again.text).toContain(lang.revenue(lang.money(7_000_000)));
    expect(again.text).toContain(lang.dayDeleteAsk(lang.day22));
    expect(await days()).toEqual([['2026-11-22', 14, 7_000_000]]);
    // The old button again still does nothing.
    expect((await chat.pressData(oldYes, asked)).answers).toEqual([lang.changed]);
    expect(await days()).toHaveLength(1);

    const done = await chat.pressData(yesData(again), again);
    expect(done.edited[0]!.text).toBe(lang.dayDeleted(lang.day22));
    expect(await days()).toEqual([]);
  });

  it('refuses once the day was deleted and entered again with the same numbers, picked from /delete', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send('21/11 11 5tr5 1tr 55');
    await chat.press(lang.save);
    const [before] = await db.select().from(dailyRecords);
    // /delete without a date asks which day; the day typed gets the confirmation.
    await chat.send('/delete');
    const asked = (await chat.send('21/11')).sent[0]!;
    expect(asked.text).toContain(lang.revenue(lang.money(5_500_000)));
    const oldYes = yesData(asked);

    await chat.send('/delete 21/11');
    expect((await chat.press(lang.dayDelete)).edited[0]!.text).toBe(lang.dayDeleted(lang.day21));
    await chat.send('21/11 11 5tr5 1tr 55');
    await chat.press(lang.save);
    const [after] = await db.select().from(dailyRecords);
    // The same figures, stored again: only the record is another one.
    const figures = (r: typeof before) => ({ ...r!, id: '', createdAt: null, updatedAt: null });
    expect(figures(after)).toEqual(figures(before));
    expect(after!.id).not.toBe(before!.id);

    const refused = await chat.pressData(oldYes, asked);
    expect(refused.answers).toEqual([lang.changed]);
    expect(refused.edited[0]!.text).toContain(lang.review);
    expect(await days()).toEqual([['2026-11-21', 11, 5_500_000]]);

    const fresh = refused.edited[0]!;
    expect((await chat.pressData(yesData(fresh), fresh)).edited[0]!.text).toBe(lang.dayDeleted(lang.day21));
    expect(await days()).toEqual([]);
  });

  it('a Yes pressed after the day was deleted, or by another owner, changes nothing', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send('20/11 10 5tr 1tr 50');
    await chat.press(lang.save);
    const shown = yesData((await chat.send('/delete 20/11')).sent[0]!);
    const stranger = h.user({ id: lang.id + 50, first_name: 'Khoa', language_code: locale });
    await onboard(stranger, { shopName: 'Khoa Store', language: locale });
    expect((await stranger.pressData(shown, stranger.lastMessage())).answers).toEqual([lang.stale]);
    expect(await days()).toHaveLength(1);
    expect((await db.select().from(shops)).length).toBe(2);

    await chat.press(lang.dayDelete);
    expect(await days()).toEqual([]);
    expect((await chat.pressData(shown)).answers).toEqual([lang.stale]);
  });
});

/** Every row of the owner's data the confirmation counts, to check nothing went. */
const ownerRows = async () => ({
  users: (await db.select().from(users)).length,
  shops: (await db.select().from(shops)).map((shop) => shop.name).sort(),
  days: (await days()).length,
  presets: (await db.select().from(productPresets)).length,
});

forEachLanguage(LANGUAGES, '/deletemydata does what its confirmation counted, or nothing', (locale, lang) => {
  const shopName = locale === 'vi' ? 'Hoa Mai Shop' : 'Anna Flowers';

  it('refuses once a day was saved since, shows the counts now; the fresh Delete deletes everything', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send('21/11 11 5tr5 1tr 55');
    await chat.press(lang.save);
    const asked = (await chat.send('/deletemydata')).sent[0]!;
    expect(asked.text).toContain(lang.dataDays(1));
    const oldDelete = yesData(asked);

    await chat.send('22/11 12 6tr 1tr 60');
    await chat.press(lang.save);
    const before = await ownerRows();
    expect(before).toEqual({ users: 1, shops: [shopName], days: 2, presets: 0 });

    const refused = await chat.pressData(oldDelete, asked);
    expect(refused.answers).toEqual([lang.changed]);
    const again = refused.edited[0]!;
    expect(again.text).toContain(lang.review);
    expect(again.text).toContain(lang.dataDays(2));
    expect(await ownerRows()).toEqual(before);
    expect((await chat.pressData(oldDelete, asked)).answers).toEqual([lang.changed]);
    expect(await ownerRows()).toEqual(before);

    const done = await chat.pressData(yesData(again), again);
    expect(done.edited[0]!.text).toContain(lang.dataDeleted(1, 2));
    expect(await ownerRows()).toEqual({ users: 0, shops: [], days: 0, presets: 0 });
  });

  it('refuses once a shop or a product was added since; the Delete shown with them deletes them', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const beforeShop = (await chat.send('/deletemydata')).sent[0]!;
    await chat.send('/shop');
    await chat.press(lang.addShop);
    await chat.send('Chi nhánh 2');
    await chat.press(lang.cogsDefault);
    const refused = await chat.pressData(yesData(beforeShop), beforeShop);
    expect(refused.answers).toEqual([lang.changed]);
    expect(refused.edited[0]!.text).toContain(lang.dataShops(2, `${shopName}, Chi nhánh 2`));
    expect(await ownerRows()).toEqual({
      users: 1,
      shops: ['Chi nhánh 2', shopName].sort(),
      days: 0,
      presets: 0,
    });

    const beforeProduct = (await chat.send('/deletemydata')).sent[0]!;
    await chat.send('/products add Váy hoa 350k 140k');
    expect((await chat.pressData(yesData(beforeProduct), beforeProduct)).answers).toEqual([lang.changed]);
    expect((await ownerRows()).presets).toBe(1);

    const fresh = (await chat.send('/deletemydata')).sent[0]!;
    expect((await chat.press(lang.dataDelete, fresh)).edited[0]!.text).toContain(lang.dataDeleted(2, 0));
    expect(await ownerRows()).toEqual({ users: 0, shops: [], days: 0, presets: 0 });
  });
});

/** Each saved day's stored net profit, by date. */
const netProfits = async () =>
  Object.fromEntries(
    (await db.select().from(dailyRecords)).map((d) => [d.recordDate, d.netProfit] as const).sort(),
  );

forEachLanguage(LANGUAGES, 'a cost re-apply does what its offer showed, or nothing', (locale, lang) => {
  // 15 orders, 8.500.000 ₫, 2.000.000 ₫ of ads: 8.500.000 − 40 % COGS 3.400.000 − 2.000.000 = 3.100.000 net;
  // with 30.000 ₫ of shipping per order, 450.000 less: 2.650.000.
  const line = '15 8tr5 2tr 85';

  async function ownerWithDays(dates: string[]) {
    const chat = await startOwner(h, locale, lang.id);
    for (const date of dates) {
      await chat.send(`${date} ${line}`);
      await chat.press(lang.save);
    }
    return chat;
  }

  it('refuses once a day was saved in its range since, shows the offer now; the fresh Apply applies', async () => {
    const chat = await ownerWithDays(['20/11', '21/11', '22/11']);
    const offered = (await chat.send(lang.shippingSince('30k', '21/11'))).sent[0]!;
    expect(offered.text).toContain(lang.reapplyOffer(2, 6_200_000, 5_300_000));
    const oldApply = yesData(offered);

    // 23/11 saved after the offer, with the new shipping cost already: 2.650.000.
    await chat.send(`23/11 ${line}`);
    await chat.press(lang.save);
    const before = {
      '2026-11-20': 3_100_000,
      '2026-11-21': 3_100_000,
      '2026-11-22': 3_100_000,
      '2026-11-23': 2_650_000,
    };
    expect(await netProfits()).toEqual(before);

    const refused = await chat.pressData(oldApply, offered);
    expect(refused.answers).toEqual([lang.changed]);
    const again = refused.edited[0]!;
    expect(again.text).toContain(lang.review);
    // 3.100.000 + 3.100.000 + 2.650.000 = 8.850.000 → 3 × 2.650.000 = 7.950.000.
    expect(again.text).toContain(lang.reapplyOffer(3, 8_850_000, 7_950_000));
    expect(await netProfits()).toEqual(before);
    expect((await chat.pressData(oldApply, offered)).answers).toEqual([lang.changed]);
    expect(await netProfits()).toEqual(before);

    const done = await chat.press(lang.reapplyButton, again);
    expect(done.edited[0]!.text).toContain(lang.reapplied(3));
    expect(await netProfits()).toEqual({
      '2026-11-20': 3_100_000,
      '2026-11-21': 2_650_000,
      '2026-11-22': 2_650_000,
      '2026-11-23': 2_650_000,
    });
  });

  it('refuses once a day of its range was edited or deleted since; a day saved outside it changes nothing', async () => {
    const chat = await ownerWithDays(['21/11', '22/11']);
    const offered = (await chat.send(lang.shippingSince('30k', '21/11'))).sent[0]!;
    const oldApply = yesData(offered);
    // 22/11 entered again: 10 orders, 5.000.000 ₫, 1.000.000 ₫ of ads, 30.000 ₫ of shipping per order:
    // 5.000.000 − 2.000.000 − 1.000.000 − 300.000 = 1.700.000.
    await chat.send('22/11 10 5tr 1tr 50');
    await chat.press(lang.save);
    const edited = { '2026-11-21': 3_100_000, '2026-11-22': 1_700_000 };
    expect(await netProfits()).toEqual(edited);
    const refused = await chat.pressData(oldApply, offered);
    expect(refused.answers).toEqual([lang.changed]);
    expect(refused.edited[0]!.text).toContain(lang.reapplyOffer(2, 4_800_000, 4_350_000));
    expect(await netProfits()).toEqual(edited);

    const beforeDelete = yesData(refused.edited[0]!);
    await chat.send('/delete 21/11');
    await chat.press(lang.dayDelete);
    expect(await netProfits()).toEqual({ '2026-11-22': 1_700_000 });
    expect((await chat.pressData(beforeDelete, refused.edited[0]!)).answers).toEqual([lang.changed]);
    expect(await netProfits()).toEqual({ '2026-11-22': 1_700_000 });

    // A day saved before the offer's first day is not one it rewrites: its Apply still holds.
    const fresh = (await chat.send(lang.shippingSince('40k', '21/11'))).sent[0]!;
    await chat.send(`19/11 ${line}`);
    await chat.press(lang.save);
    const done = await chat.press(lang.reapplyButton, fresh);
    expect(done.edited[0]!.text).toContain(lang.reapplied(1));
    // 22/11 with 40.000 ₫ of shipping per order: 5.000.000 − 2.000.000 − 1.000.000 − 400.000 = 1.600.000;
    // 19/11, saved with it: 8.500.000 − 3.400.000 − 2.000.000 − 600.000 = 2.500.000, left as saved.
    expect(await netProfits()).toEqual({ '2026-11-19': 2_500_000, '2026-11-22': 1_600_000 });
  });
});
