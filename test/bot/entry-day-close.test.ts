import { expect, it } from 'vitest';
import { loadOwnerByExternalId } from '../../src/db/queries/owners.js';
import { dailyRecords, entryDrafts } from '../../src/db/schema/index.js';
import type { Locale } from '../../src/domain/locale.js';
import { schedulerFor, sentTexts } from '../jobs/job-fixtures.js';
import { useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';

// Sunday 29 November 2026, 01:30 in Ho Chi Minh City: the books of Saturday 28/11 are still open.
const { db, h } = await useBotHarness({ now: '2026-11-29T01:30:00+07:00' });

const records = () => db.select().from(dailyRecords);
const drafts = () => db.select().from(entryDrafts);
const dayClosesAt = async (id: number) =>
  (await loadOwnerByExternalId(db, String(id)))!.shop!.settings.dayClosesAt;

interface Language {
  id: number;
  line: string;
  /** The card titles for 28/11 while its books are open, and for 28/11 and 29/11. */
  titleYesterday: string;
  title28: string;
  title29: string;
  changeDate: string;
  save: string;
  askOrders28: string;
  status4: string;
  statusMidnight: string;
  set: (time: string) => string;
  tooLate: string;
  /** 06:01, refused by /dayclose and by /settings, with the one range both take. */
  tooLate0601: string;
  settingsTooLate: string;
  usageRange: string;
  bad: string;
  reminder28: string;
  help: string;
}

const LANGUAGES: Record<Locale, Language> = {
  vi: {
    id: 1001,
    line: '15 8tr5 2tr 85',
    titleYesterday: '📒 Hoa Mai Shop · 28/11/2026 (sổ chưa chốt)',
    title28: '📒 Hoa Mai Shop · 28/11/2026\n',
    title29: '📒 Hoa Mai Shop · 29/11/2026\n',
    changeDate: 'Đổi ngày',
    save: 'Lưu',
    askOrders28: 'Hôm nay (28/11/2026) có bao nhiêu đơn?',
    status4: '🌙 Hoa Mai Shop chốt sổ lúc 04:00',
    statusMidnight: '🌙 Hoa Mai Shop chốt sổ lúc 00:00 (nửa đêm)',
    set: (time) => `✅ Giờ chốt sổ mới: ${time}.`,
    tooLate: 'Không đặt được 07:00: giờ chốt sổ phải từ 00:00 đến 06:00',
    tooLate0601:
      'Không đặt được 06:01: giờ chốt sổ phải từ 00:00 đến 06:00, vì sau 06:00 sáng đã là ngày mới.',
    settingsTooLate: '«06:01» nằm ngoài khoảng cho phép của Giờ chốt sổ: từ 00:00 đến 06:00.',
    usageRange: '/dayclose 0h (từ 00:00 đến 06:00)',
    bad: 'Mình chưa hiểu «abc»',
    reminder28: '⏰ Hoa Mai Shop: chưa có số liệu hôm nay (28/11/2026).',
    help: '/dayclose giờ chốt sổ',
  },
  en: {
    id: 1002,
    line: '15 8.5m 2m 85',
    titleYesterday: '📒 Anna Flowers · Sat 28 Nov 2026 (books still open)',
    title28: '📒 Anna Flowers · Sat 28 Nov 2026\n',
    title29: '📒 Anna Flowers · Sun 29 Nov 2026\n',
    changeDate: 'Change date',
    save: 'Save',
    askOrders28: 'How many orders today (Sat 28 Nov 2026)?',
    status4: '🌙 Anna Flowers closes its day at 04:00',
    statusMidnight: '🌙 Anna Flowers closes its day at 00:00 (midnight)',
    set: (time) => `✅ Your day now closes at ${time}.`,
    tooLate: 'Cannot close the day at 07:00: it must be between 00:00 and 06:00',
    tooLate0601:
      'Cannot close the day at 06:01: it must be between 00:00 and 06:00, as after 06:00 in the morning a new day has begun.',
    settingsTooLate: '«06:01» is outside what Day closes allows: from 00:00 to 06:00.',
    usageRange: '/dayclose 0h (from 00:00 to 06:00)',
    bad: 'I could not read «abc»',
    reminder28: '⏰ Anna Flowers: no numbers for today (Sat 28 Nov 2026) yet.',
    help: '/dayclose when your day closes',
  },
};

forEachLanguage(LANGUAGES, 'the day closes at 04:00 by default', (locale, lang) => {
  it('books a dateless entry at 01:30 for the day before, and says so in the title', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const reply = await chat.send(lang.line);
    expect(reply.texts[0]).toContain(lang.titleYesterday);
    await chat.press(lang.save, reply.sent[0]);
    expect(await records()).toMatchObject([{ recordDate: '2026-11-28', orders: 15 }]);
  });

  it('books an entry dated the calendar day for that day, with no "(books still open)"', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const reply = await chat.send(`29/11 ${lang.line}`);
    expect(reply.texts[0]).toContain(lang.title29);
  });

  it('still lets Change date move the entry', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send(lang.line);
    await chat.press(lang.changeDate);
    const moved = await chat.send('29/11');
    expect(moved.texts.at(-1)).toContain(lang.title29);
    expect((await drafts()).map((d) => d.recordDate)).toEqual(['2026-11-29']);
  });

  it('books a dateless entry after the day closed for the calendar day', async () => {
    const chat = await startOwner(h, locale, lang.id);
    h.clock.now = new Date('2026-11-29T04:00:00+07:00');
    const reply = await chat.send(lang.line);
    expect(reply.texts[0]).toContain(lang.title29);
  });

  it('asks /today for the day before at 01:30, as the books day is still "today"', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const reply = await chat.send('/today');
    expect(reply.texts[0]).toContain(lang.askOrders28);
    await chat.send('15');
    await chat.send('8tr5');
    await chat.send('2tr');
    const card = await chat.send('85');
    expect(card.texts[0]).toContain(lang.title28);
    await chat.press(lang.save);
    expect(await records()).toMatchObject([{ recordDate: '2026-11-28' }]);
  });

  it('/dayclose shows the hour, sets 3h, 02:30 and midnight, and refuses a morning hour', async () => {
    const chat = await startOwner(h, locale, lang.id);
    expect((await chat.send('/dayclose')).texts[0]).toContain(lang.status4);

    const three = (await chat.send('/dayclose 3h')).texts[0]!;
    expect(three).toContain(lang.set('03:00'));
    expect(await dayClosesAt(lang.id)).toBe('03:00');

    expect((await chat.send('/dayclose 02:30')).texts[0]).toContain(lang.set('02:30'));
    expect(await dayClosesAt(lang.id)).toBe('02:30');

    expect((await chat.send('/dayclose 7h')).texts[0]).toContain(lang.tooLate);
    expect((await chat.send('/dayclose abc')).texts[0]).toContain(lang.bad);
    expect(await dayClosesAt(lang.id)).toBe('02:30');

    const midnight = (await chat.send('/dayclose 0h')).texts[0]!;
    expect(midnight).toContain(lang.set('00:00'));
    expect(midnight).toContain(lang.statusMidnight);
    // With the day closing at midnight, 01:30 is already the new day.
    expect((await chat.send(lang.line)).texts[0]).toContain(lang.title29);
  });

  it('/dayclose and /settings take the same latest hour: 06:00 is set, 06:01 refused by both', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const six = (await chat.send('/dayclose 6h')).texts[0]!;
    expect(six).toContain(lang.set('06:00'));
    expect(six).toContain(lang.usageRange);
    expect(await dayClosesAt(lang.id)).toBe('06:00');

    expect((await chat.send('/dayclose 06:01')).texts).toEqual([lang.tooLate0601]);
    const name = locale === 'vi' ? 'chốt sổ' : 'day closes';
    expect((await chat.send(`/settings ${name} 06:01`)).texts).toEqual([lang.settingsTooLate]);
    expect(await dayClosesAt(lang.id)).toBe('06:00');
  });

  it('lists /dayclose in /help', async () => {
    const chat = await startOwner(h, locale, lang.id);
    expect((await chat.send('/help')).texts[0]).toContain(lang.help);
  });

  it('reminds at 01:00 about the books day ("today", the day before), unless it is booked', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send('/remind 01:00');
    h.clock.now = new Date('2026-11-29T01:00:30+07:00');
    await schedulerFor(h).tick();
    expect(sentTexts(h, lang.id).filter((t) => t.startsWith('⏰'))).toEqual([
      expect.stringContaining(lang.reminder28),
    ]);

    // The next night, with the day before booked after midnight, nothing is sent.
    h.clock.now = new Date('2026-11-30T00:30:00+07:00');
    await chat.send(lang.line);
    await chat.press(lang.save);
    expect(await records()).toMatchObject([{ recordDate: '2026-11-29' }]);
    h.clock.now = new Date('2026-11-30T01:00:30+07:00');
    await schedulerFor(h).tick();
    expect(sentTexts(h, lang.id).filter((t) => t.startsWith('⏰'))).toHaveLength(1);
  });
});
