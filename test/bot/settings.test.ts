import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { dailyRecords, shopSettings } from '../../src/db/schema/index.js';
import type { Locale } from '../../src/domain/locale.js';
import { defaultWeeklyPushTime } from '../../src/domain/push-slot.js';
import { SETTINGS, settingDefault } from '../../src/domain/settings-catalog.js';
import { localesFolder } from '../../src/paths.js';
import { onboard, useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

const settings = async () => (await db.select().from(shopSettings))[0]!;

interface Language {
  id: number;
  groups: string[];
  costs: string;
  costLines: string[];
  shipping: string;
  askShipping: string;
  badShipping: string;
  shippingChanged: string;
  stopped: string;
  cardBefore: string;
  cardAfter: string;
  save: string;
  yesterday: string;
  cogsOutOfRange: string;
  cogsReset: string;
  roasSet: string;
  roasUnset: string;
  thresholds: string;
  alertsOff: string;
  defaultButton: string;
  stale: string;
  returnsChanged: string;
  weekNet: string;
  shippingCommand: string;
  since: string;
  reapplyPreview: string;
  reapplyButtons: string[];
  reapplied: string;
  weekAfterReapply: string;
  reapplyDeclined: string;
  reapplyStale: string;
  reapplyCostsOnly: string;
  returnsNet: string;
  returnsRoas: string;
  returnsLine: string;
  returnsPart: string;
}

const LANGUAGES: Record<Locale, Language> = {
  vi: {
    id: 1401,
    groups: ['💰 Chi phí', '🚦 Ngưỡng cảnh báo', '📣 Quảng cáo', '⏰ Lịch', '🏪 Cửa hàng'],
    costs: 'Chi phí',
    costLines: [
      '• Giá vốn: 40 %',
      '• Phí thanh toán: 0 %',
      '• Phí ship: 0 ₫/đơn',
      '• Chi phí cố định: 0 ₫/tháng',
      '• Tỉ lệ hoàn: 0 %',
    ],
    shipping: 'Phí ship',
    askShipping: 'Phí ship: hiện 0 ₫/đơn, mặc định 0 ₫/đơn. Gửi giá trị mới, ví dụ 30k/đơn.',
    badShipping: 'Mình chưa hiểu «ba mươi» cho Phí ship. Ví dụ: 30k/đơn.',
    shippingChanged:
      '✅ Phí ship: 0 ₫/đơn → 30.000 ₫/đơn.\nChi phí mới áp dụng cho các ngày lưu từ bây giờ; các ngày đã lưu giữ nguyên số liệu.',
    stopped: 'Đã dừng: đổi cài đặt — chưa lưu gì.',
    cardBefore: 'Lãi ròng: 3.100.000 ₫',
    cardAfter: 'Lãi ròng: 2.650.000 ₫',
    save: 'Lưu',
    yesterday: 'hôm qua 15 8tr5 2tr 85',
    cogsOutOfRange: '«120%» nằm ngoài khoảng cho phép của Giá vốn: từ 0 % đến 95 %.',
    cogsReset: '✅ Giá vốn: 35 % → 40 %.',
    roasSet: '✅ ROAS mục tiêu: chưa đặt, tự tính: ROAS hòa vốn × 1,3 → 2,50.',
    roasUnset: '✅ ROAS mục tiêu: 2,50 → chưa đặt, tự tính: ROAS hòa vốn × 1,3.',
    thresholds: 'Ngưỡng cảnh báo',
    alertsOff: '• Cảnh báo: tắt (mặc định bật)',
    defaultButton: '↩️ Về mặc định (40 %)',
    stale: 'Nút này đã cũ hoặc không còn hiệu lực.',
    returnsChanged: '✅ Tỉ lệ hoàn: 0 % → 15 %.',
    weekNet: 'Lãi ròng: 5.750.000 ₫',
    shippingCommand: '/settings phí ship',
    since: 'từ',
    reapplyPreview:
      'Áp dụng phí ship mới cho 2 ngày đã lưu từ 21/11/2026 đến 24/11/2026? Chỉ phí ship của các ngày đó thay đổi, các chi phí khác giữ như đã lưu. Lãi ròng các ngày đó: 6.200.000 ₫ → 5.300.000 ₫.',
    reapplyButtons: ['✅ Áp dụng cho 2 ngày', 'Giữ nguyên'],
    reapplied:
      '✅ Đã áp dụng phí ship mới cho 2 ngày từ 21/11/2026 đến 24/11/2026: lãi ròng 6.200.000 ₫ → 5.300.000 ₫.',
    weekAfterReapply: 'Lãi ròng: 8.400.000 ₫',
    reapplyDeclined: 'Đã giữ nguyên các ngày đã lưu; chi phí mới chỉ áp dụng từ ngày lưu tiếp theo.',
    reapplyStale: 'Số liệu đã thay đổi, xem lại.',
    reapplyCostsOnly:
      'Chỉ chi phí mới áp dụng lại được cho các ngày đã lưu (giá vốn, phí thanh toán, phí ship, chi phí cố định, tỉ lệ hoàn).',
    returnsNet: 'Lãi ròng: 2.335.000 ₫',
    returnsRoas: 'ROAS: 4,25 · hòa vốn 1,96 ✅ có lãi',
    returnsLine: '↩️ Hàng hoàn là ước tính theo tỉ lệ hoàn COD trong /settings',
    returnsPart: 'Doanh thu giao được: 7.225.000 ₫ (8.500.000 ₫ − hàng hoàn 1.275.000 ₫)',
  },
  en: {
    id: 1402,
    groups: ['💰 Costs', '🚦 Alert thresholds', '📣 Ads', '⏰ Schedule', '🏪 Shop'],
    costs: 'Costs',
    costLines: [
      '• Cost of goods: 40%',
      '• Payment fee: 0%',
      '• Shipping: 0 ₫/order',
      '• Fixed cost: 0 ₫/month',
      '• Return rate: 0%',
    ],
    shipping: 'Shipping',
    askShipping: 'Shipping: now 0 ₫/order, default 0 ₫/order. Send the new value, e.g. 30k/order.',
    badShipping: 'I could not read «ba mươi» for Shipping. For example: 30k/order.',
    shippingChanged:
      '✅ Shipping: 0 ₫/order → 30,000 ₫/order.\nNew costs apply to the days saved from now on; days already saved keep their numbers.',
    stopped: 'Stopped: changing a setting — nothing saved.',
    cardBefore: 'Net profit: 3,100,000 ₫',
    cardAfter: 'Net profit: 2,650,000 ₫',
    save: 'Save',
    yesterday: 'yesterday 15 8.5m 2m 85',
    cogsOutOfRange: '«120%» is outside what Cost of goods allows: from 0% to 95%.',
    cogsReset: '✅ Cost of goods: 35% → 40%.',
    roasSet: '✅ Target ROAS: not set, derived: break-even ROAS × 1.3 → 2.50.',
    roasUnset: '✅ Target ROAS: 2.50 → not set, derived: break-even ROAS × 1.3.',
    thresholds: 'Alert thresholds',
    alertsOff: '• Alerts: off (default on)',
    defaultButton: '↩️ Back to default (40%)',
    stale: 'This button is old or no longer active.',
    returnsChanged: '✅ Return rate: 0% → 15%.',
    weekNet: 'Net profit: 5,750,000 ₫',
    shippingCommand: '/settings shipping',
    since: 'from',
    reapplyPreview:
      'Apply the new shipping to the 2 days saved from Sat 21 Nov 2026 to Tue 24 Nov 2026? Only their shipping changes; their other costs stay as saved. Net profit of those days: 6,200,000 ₫ → 5,300,000 ₫.',
    reapplyButtons: ['✅ Apply to 2 days', 'Keep them'],
    reapplied:
      '✅ Applied the new shipping to 2 days from Sat 21 Nov 2026 to Tue 24 Nov 2026: net profit 6,200,000 ₫ → 5,300,000 ₫.',
    weekAfterReapply: 'Net profit: 8,400,000 ₫',
    reapplyDeclined: 'Kept the saved days as they were; the new costs apply from the next saved day.',
    reapplyStale: 'The data has changed, look again.',
    reapplyCostsOnly:
      'Only costs can be re-applied to saved days (cost of goods, payment fee, shipping, fixed cost, return rate).',
    returnsNet: 'Net profit: 2,335,000 ₫',
    returnsRoas: 'ROAS: 4.25 · break-even 1.96 ✅ profitable',
    returnsLine: '↩️ Returns are estimated from the COD return rate in /settings',
    returnsPart: 'Delivered revenue: 7,225,000 ₫ (8,500,000 ₫ − returns 1,275,000 ₫)',
  },
};

/** The label of every setting in a language, as the .ftl file defines it. */
function labels(locale: Locale): string[] {
  const source = readFileSync(join(localesFolder, `${locale}.ftl`), 'utf8');
  return SETTINGS.map((s) => new RegExp(`^${s.label} = (.+)$`, 'm').exec(source)![1]!);
}

forEachLanguage(LANGUAGES, '/settings', (locale, lang) => {
  it('changes the shipping cost by buttons with three tries; the next day costs it, the saved day keeps its profit', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send(lang.yesterday);
    expect((await chat.press(lang.save)).edited[0]!.text).toContain(lang.cardBefore);

    const menu = await chat.send('/settings');
    expect(chat.buttons(menu.sent[0])).toEqual(lang.groups);
    const costs = await chat.press(lang.costs, menu.sent[0]);
    for (const line of lang.costLines) expect(costs.edited[0]!.text).toContain(line);
    expect((await chat.press(lang.shipping, costs.edited[0])).texts).toEqual([lang.askShipping]);
    const refused = await chat.send('ba mươi');
    expect(refused.texts[0]).toContain(lang.badShipping);
    expect((await settings()).shippingCostPerOrder).toBe(0);
    expect((await chat.send('30k')).texts).toEqual([lang.shippingChanged]);
    expect((await settings()).shippingCostPerOrder).toBe(30_000);

    // 8.500.000 − 40 % COGS 3.400.000 − 15 × 30.000 shipping − 2.000.000 ads = 2.650.000.
    const card = await chat.send(lang.yesterday.split(' ').slice(-4).join(' '));
    expect(card.texts[0]).toContain(lang.cardAfter);
    await chat.press(lang.save);
    const days = await db.select().from(dailyRecords);
    expect(days.map((d) => [d.recordDate, d.netProfit]).sort()).toEqual([
      ['2026-11-23', 3_100_000],
      ['2026-11-24', 2_650_000],
    ]);
  });

  it('a week sums what its days were saved with: a cost changed mid-week rewrites no saved day', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const line = lang.yesterday.split(' ').slice(-4).join(' ');
    await chat.send(`20/11 ${line}`);
    await chat.press(lang.save);
    await chat.send(locale === 'vi' ? '/settings phí ship 30k' : '/settings shipping 30k');
    await chat.send(`21/11 ${line}`);
    await chat.press(lang.save);
    // Last week (16–22/11): 3.100.000 saved without shipping + 2.650.000 saved with 15 × 30.000, not 2 × 2.650.000.
    const week = (await chat.send('/week')).texts.join('\n');
    expect(week).toContain(lang.weekNet);
  });

  it('re-applies a new cost to the days saved since a date, after showing old → new, and only on Apply', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const line = lang.yesterday.split(' ').slice(-4).join(' ');
    for (const date of ['20/11', '21/11', '22/11']) {
      await chat.send(`${date} ${line}`);
      await chat.press(lang.save);
    }
    const net = async () =>
      (await db.select().from(dailyRecords)).map((d) => [d.recordDate, d.netProfit]).sort();
    const offered = await chat.send(`${lang.shippingCommand} 30k ${lang.since} 21/11`);
    // Two days (21 and 22/11) at 3.100.000 each → 2.650.000 each with 15 × 30.000 of shipping.
    expect(offered.texts[0]).toContain(lang.reapplyPreview);
    expect(chat.buttons(offered.sent[0])).toEqual(lang.reapplyButtons);
    expect(await net()).toEqual([
      ['2026-11-20', 3_100_000],
      ['2026-11-21', 3_100_000],
      ['2026-11-22', 3_100_000],
    ]);
    // A stranger's press, then the owner's Apply.
    const stranger = h.user({ id: lang.id + 60, first_name: 'Khoa', language_code: locale });
    await onboard(stranger, { shopName: 'Khoa Store', language: locale });
    const data = offered.sent[0]!.keyboard[0]![0]!.callback_data!;
    expect((await stranger.pressData(data)).answers).toEqual([lang.stale]);
    const applied = await chat.press(lang.reapplyButtons[0]!, offered.sent[0]);
    expect(applied.edited[0]!.text).toContain(lang.reapplied);
    expect(await net()).toEqual([
      ['2026-11-20', 3_100_000],
      ['2026-11-21', 2_650_000],
      ['2026-11-22', 2_650_000],
    ]);
    expect((await chat.send('/week')).texts.join('\n')).toContain(lang.weekAfterReapply);
  });

  it('keeps the saved days on Keep, refuses an offer made for older settings, and re-applies only costs', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send(`21/11 ${lang.yesterday.split(' ').slice(-4).join(' ')}`);
    await chat.press(lang.save);
    const kept = await chat.send(`${lang.shippingCommand} 30k ${lang.since} 21/11`);
    expect((await chat.press(lang.reapplyButtons[1]!, kept.sent[0])).edited[0]!.text).toBe(
      lang.reapplyDeclined,
    );
    const old = await chat.send(`${lang.shippingCommand} 40k ${lang.since} 21/11`);
    await chat.send(`${lang.shippingCommand} 50k`);
    expect((await chat.press(/^✅/, old.sent[0])).answers).toEqual([lang.reapplyStale]);
    expect((await db.select().from(dailyRecords))[0]!.netProfit).toBe(3_100_000);
    expect(
      (
        await chat.send(
          `/settings ${labels(locale)[SETTINGS.findIndex((s) => s.key === 'reminderTime')]!} 9pm ${lang.since} 21/11`,
        )
      ).texts,
    ).toEqual([lang.reapplyCostsOnly]);
    expect((await settings()).reminderTime).toBe('21:00');
  });

  it('a COD return rate takes the returns off the next card and the day saved with it', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const set = await chat.send(locale === 'vi' ? '/settings hoàn 15%' : '/settings return rate 15%');
    expect(set.texts[0]).toContain(lang.returnsChanged);
    // 15 % of 8.500.000 not collected (1.275.000); COGS 40 % of the 7.225.000 delivered = 2.890.000;
    // net profit 7.225.000 − 2.890.000 − 2.000.000 = 2.335.000; break-even 8.500.000 / 4.335.000 = 1,96.
    const card = (await chat.send(lang.yesterday.split(' ').slice(-4).join(' '))).texts[0]!;
    expect(card).toContain(lang.returnsNet);
    expect(card).toContain(lang.returnsRoas);
    expect(card).toContain(lang.returnsLine);
    expect(card).toContain(lang.returnsPart);
    // Once on the card: among the parts of net profit, not again in the note.
    expect(card.split(locale === 'vi' ? '1.275.000' : '1,275,000')).toHaveLength(2);
    await chat.press(lang.save);
    expect(await db.select().from(dailyRecords)).toMatchObject([{ cogs: 2_890_000, netProfit: 2_335_000 }]);
  });

  it('sets in one line, refuses a value out of range, resets to the default, and sets and unsets a derived one', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const name = labels(locale)[0]!.toLowerCase();
    expect((await chat.send(`/settings ${name} 120%`)).texts).toEqual([lang.cogsOutOfRange]);
    expect((await settings()).cogsRatio).toBe(0.4);
    await chat.send(`/settings ${name} 35%`);
    expect((await settings()).cogsRatio).toBe(0.35);
    const reset = await chat.send(`/settings ${name} ${locale === 'vi' ? 'mặc định' : 'default'}`);
    expect(reset.texts[0]).toContain(lang.cogsReset);
    expect((await settings()).cogsRatio).toBe(0.4);

    expect((await chat.send('/settings roas 2,5'.replace(',', locale === 'vi' ? ',' : '.'))).texts).toEqual([
      lang.roasSet,
    ]);
    expect((await settings()).targetRoas).toBe(2.5);
    expect((await chat.send(`/settings roas ${locale === 'vi' ? 'mặc định' : 'default'}`)).texts).toEqual([
      lang.roasUnset,
    ]);
    expect((await settings()).targetRoas).toBeNull();
  });

  it('refuses a bad value for every setting, by its label, and changes nothing', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const before = await settings();
    for (const label of labels(locale)) {
      const reply = await chat.send(`/settings ${label} zzz`);
      expect(reply.texts[0]).toContain(`«zzz»`);
      expect(reply.texts[0]).toContain(label);
    }
    expect(await settings()).toEqual(before);
  });

  it('flips a switch in place, offers the default while asking, and a command ends the question', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const menu = await chat.send('/settings');
    const group = await chat.press(lang.thresholds, menu.sent[0]);
    const flipped = await chat.press(lang.alertsOff.split(':')[0]!.slice(2), group.edited[0]);
    expect(flipped.edited[0]!.text).toContain(lang.alertsOff);
    expect((await settings()).alertsEnabled).toBe(false);

    await chat.send(`/settings ${labels(locale)[0]!.toLowerCase()} 35%`);
    const asked = await chat.send(`/settings ${labels(locale)[0]!.toLowerCase()}`);
    expect(chat.buttons(asked.sent[0])).toEqual([lang.defaultButton]);
    expect((await chat.press(lang.defaultButton, asked.sent[0])).texts[0]).toContain(lang.cogsReset);
    expect((await settings()).cogsRatio).toBe(0.4);

    await chat.send(`/settings ${labels(locale)[2]!.toLowerCase()}`);
    expect((await chat.send('/week')).texts[0]).toBe(lang.stopped);
    await chat.send('30k');
    expect((await settings()).shippingCostPerOrder).toBe(0);
  });

  it('buttons already in the chat keep working: the data of a group, a switch and Back as they were sent', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const shopId = (await settings()).shopId;
    const group = await chat.pressData(`set:grp:${shopId}:thresholds`);
    expect(group.edited[0]!.text).toContain(lang.thresholds);
    const flipped = await chat.pressData(`set:edit:${shopId}:alert`, group.edited[0]);
    expect(flipped.edited[0]!.text).toContain(lang.alertsOff);
    expect((await settings()).alertsEnabled).toBe(false);
    const back = await chat.pressData(`set:menu:${shopId}:thresholds`, flipped.edited[0]);
    expect(chat.buttons(back.edited[0])).toEqual(lang.groups);
  });

  it("another owner's press of these buttons changes nothing", async () => {
    const chat = await startOwner(h, locale, lang.id);
    const shopId = (await settings()).shopId;
    const stranger = h.user({ id: lang.id + 50, first_name: 'Khoa', language_code: locale });
    await onboard(stranger, { shopName: 'Khoa Store', language: locale });
    for (const data of [`set:grp:${shopId}:costs`, `set:edit:${shopId}:alert`, `set:edit:${shopId}:ship`]) {
      const pressed = await stranger.pressData(data);
      expect(pressed.answers).toEqual([lang.stale]);
      expect(pressed.sent).toEqual([]);
    }
    const own = (await db.select().from(shopSettings)).find((s) => s.shopId === shopId)!;
    expect(own).toMatchObject({ alertsEnabled: true, shippingCostPerOrder: 0 });
    expect((await chat.send('/settings help')).texts[0]).toContain(labels(locale)[2]!);
  });
});

it('the defaults the catalog shows are the database defaults of a new shop', async () => {
  const chat = h.user({ id: 1499, first_name: 'Lan', language_code: 'vi' });
  await onboard(chat);
  const row = await settings();
  for (const spec of SETTINGS) {
    expect([spec.key, row[spec.key]]).toEqual([spec.key, settingDefault(spec, row.shopId)]);
  }
  // The weekly push is the one default of its own: a minute of the Monday morning, not the column's 08:00.
  expect(row.weeklyPushTime).toMatch(/^0[7-9]:[0-5]\d$/);
});

it('the weekly push time goes back to the shop’s own Monday-morning minute, and says so', async () => {
  const chat = h.user({ id: 1498, first_name: 'Lan', language_code: 'vi' });
  await onboard(chat);
  const { shopId, weeklyPushTime } = await settings();
  const own = defaultWeeklyPushTime(shopId);
  expect(weeklyPushTime).toBe(own);
  await chat.send('/settings giờ báo cáo 20:00');
  expect((await settings()).weeklyPushTime).toBe('20:00');
  const asked = await chat.send('/settings giờ báo cáo');
  expect(asked.texts[0]).toContain(`hiện 20:00, mặc định ${own}.`);
  expect(chat.buttons(asked.sent[0])).toEqual([`↩️ Về mặc định (${own})`]);
  await chat.press(`↩️ Về mặc định (${own})`, asked.sent[0]);
  expect((await settings()).weeklyPushTime).toBe(own);
  await chat.send('/settings giờ báo cáo 20:00');
  await chat.send('/settings giờ báo cáo mặc định');
  expect((await settings()).weeklyPushTime).toBe(own);
  expect((await chat.send('/settings help')).texts[0]).toContain(`• Giờ báo cáo: ${own} (mặc định)`);
});
