import { expect, it } from 'vitest';
import { dailyRecords, shops } from '../../src/db/schema/index.js';
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
