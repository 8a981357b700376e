import { expect, it } from 'vitest';
import { loadOwnerByExternalId } from '../../src/db/queries/owners.js';
import { dailyRecords, entryDrafts } from '../../src/db/schema/index.js';
import { addDays } from '../../src/domain/local-date.js';
import type { Locale } from '../../src/domain/locale.js';
import { onboard, useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';
import { type FixtureDay, insertDays } from '../support/record-fixtures.js';

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

const records = () => db.select().from(dailyRecords);
const drafts = () => db.select().from(entryDrafts);

interface Language {
  id: number;
  save: string;
  stale: string;
  foreign: string;
  fixed: string;
  thousands: string;
  revenueLine: string;
  aovLine: string;
  ordersAboveLeads: string;
  revenueWithoutOrders: string;
  ordersWithoutRevenue: string;
  farAbove: string;
  farBelow: string;
}

const LANGUAGES: Record<Locale, Language> = {
  vi: {
    id: 901,
    save: 'Lưu',
    stale: 'Nút này đã cũ',
    foreign: 'Nút này không thuộc về bạn.',
    fixed: 'Đã nhân 1.000 số tiền',
    thousands: '⚠️ Số tiền có vẻ đang tính bằng nghìn đồng',
    revenueLine: 'Doanh thu: 8.500.000 ₫',
    aovLine: 'AOV (giá trị đơn): 566.667 ₫',
    ordersAboveLeads: '⚠️ Số đơn (20) nhiều hơn số lead (10): tỉ lệ chốt trên 100 %.',
    revenueWithoutOrders: '⚠️ Có doanh thu 8.500.000 ₫ nhưng 0 đơn.',
    ordersWithoutRevenue: '⚠️ Có 15 đơn nhưng doanh thu 0 ₫.',
    farAbove: '⚠️ Doanh thu 95.000.000 ₫ cao hơn 10 lần mức thường ngày (trung vị 8.500.000 ₫).',
    farBelow: '⚠️ Số lead 5 thấp hơn 1/10 mức thường ngày (trung vị 85).',
  },
  en: {
    id: 902,
    save: 'Save',
    stale: 'This button is old',
    foreign: 'This button is not yours.',
    fixed: 'Multiplied the money by 1,000',
    thousands: '⚠️ The money looks typed in thousands of đồng',
    revenueLine: 'Revenue: 8,500,000 ₫',
    aovLine: 'AOV (order value): 566,667 ₫',
    ordersAboveLeads: '⚠️ More orders (20) than leads (10): a conversion rate over 100%.',
    revenueWithoutOrders: '⚠️ Revenue of 8,500,000 ₫ with 0 orders.',
    ordersWithoutRevenue: '⚠️ 15 orders with 0 ₫ revenue.',
    farAbove: '⚠️ Revenue 95,000,000 ₫ is over 10× the usual (median 8,500,000 ₫).',
    farBelow: '⚠️ Leads 5 is under a tenth of the usual (median 85).',
  },
};

const WARNING = '⚠️';

/** The card's ⚠️ lines (the ROAS verdict is on its own ROAS line). */
const warningLines = (text: string) => text.split('\n').filter((line) => line.startsWith(WARNING));

forEachLanguage(LANGUAGES, 'plausibility warnings on the card', (locale, lang) => {
  it('offers the ×1.000 reading of 15 8500 2000 85 and takes it on one tap', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const reply = await chat.send('15 8500 2000 85');
    const card = reply.sent[0]!;
    expect(card.text).toContain(lang.thousands);
    const fix = locale === 'vi' ? '8.500.000 ₫ / 2.000.000 ₫?' : '8,500,000 ₫ / 2,000,000 ₫?';
    expect(chat.buttons(card)[0]).toBe(fix);
    const fixData = card.keyboard[0]![0]!.callback_data!;

    // Someone else pressing the button changes nothing.
    const stranger = h.user({ id: lang.id + 50, first_name: 'Minh', language_code: locale });
    await onboard(stranger, { language: locale });
    const foreign = await stranger.pressData(fixData, card);
    expect(foreign.answers[0]).toContain(lang.foreign);
    expect(await drafts()).toMatchObject([{ revenue: 8500, adSpend: 2000 }]);

    const pressed = await chat.press(fix, card);
    expect(pressed.answers).toEqual([lang.fixed]);
    const edited = pressed.edited[0]!;
    expect(edited.text).toContain(lang.revenueLine);
    expect(edited.text).toContain(lang.aovLine);
    expect(warningLines(edited.text ?? '')).toEqual([]);
    expect(chat.buttons(edited)).not.toContain(fix);
    expect(await drafts()).toMatchObject([{ revenue: 8_500_000, adSpend: 2_000_000, netProfit: 3_100_000 }]);

    // A second press of the old button is stale and changes nothing.
    const again = await chat.pressData(fixData, card);
    expect(again.answers[0]).toContain(lang.stale);
    expect(await drafts()).toMatchObject([{ revenue: 8_500_000, adSpend: 2_000_000 }]);

    await chat.press(lang.save, edited);
    expect(await records()).toMatchObject([{ revenue: 8_500_000, adSpend: 2_000_000, netProfit: 3_100_000 }]);
  });

  it('offers the ×1.000 reading on the card of the guided entry too', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send('/today');
    for (const answer of ['15', '8500', '2000']) await chat.send(answer);
    const card = (await chat.send('85')).sent[0]!;
    expect(card.text).toContain(lang.thousands);
    const fix = locale === 'vi' ? '8.500.000 ₫ / 2.000.000 ₫?' : '8,500,000 ₫ / 2,000,000 ₫?';
    expect(chat.buttons(card)[0]).toBe(fix);
    const pressed = await chat.press(fix, card);
    expect(pressed.edited[0]!.text).toContain(lang.revenueLine);
    expect(await drafts()).toMatchObject([{ revenue: 8_500_000, adSpend: 2_000_000 }]);
  });

  it('still saves a card with a warning, as typed', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const reply = await chat.send('15 8500 2000 85');
    await chat.press(lang.save, reply.sent[0]);
    expect(await records()).toMatchObject([{ revenue: 8500, adSpend: 2000 }]);
  });

  it.each([
    ['20 8tr5 2tr 10', 'ordersAboveLeads'],
    ['0 8tr5 2tr 85', 'revenueWithoutOrders'],
    ['15 0 2tr 85', 'ordersWithoutRevenue'],
  ] as const)('warns about %s and keeps Save', async (line, key) => {
    const chat = await startOwner(h, locale, lang.id);
    const reply = await chat.send(line);
    expect(reply.texts[0]).toContain(lang[key]);
    expect(warningLines(reply.texts[0]!)).toEqual([lang[key]]);
    expect(chat.buttons(reply.sent[0])).toHaveLength(3);
    await chat.press(lang.save, reply.sent[0]);
    expect(await records()).toHaveLength(1);
  });

  it("names the median of the shop's last days for a value far from usual", async () => {
    const chat = await startOwner(h, locale, lang.id);
    const shopId = (await loadOwnerByExternalId(db, String(lang.id)))!.shop!.id;
    // Seven recorded days before today, all 15 8tr5 2tr 85.
    const days: FixtureDay[] = Array.from({ length: 7 }, (_, i) => [
      addDays('2026-11-24', -1 - i),
      15,
      8_500_000,
      2_000_000,
      85,
    ]);
    await insertDays(db, shopId, days.slice(1));
    // Six days are not enough to know what is usual.
    const early = await chat.send('15 95tr 2tr 85');
    expect(warningLines(early.texts[0]!)).toEqual([]);
    await insertDays(db, shopId, days.slice(0, 1));
    const reply = await chat.send('15 95tr 2tr 85');
    expect(warningLines(reply.texts[0]!)).toEqual([lang.farAbove]);
    const low = await chat.send('4 8tr5 2tr 5');
    expect(warningLines(low.texts[0]!)).toEqual([lang.farBelow]);
    // A normal day gets no warning.
    expect(warningLines((await chat.send('15 8tr5 2tr 85')).texts[0]!)).toEqual([]);
  });
});
