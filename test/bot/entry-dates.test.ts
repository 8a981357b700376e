import { expect, it } from 'vitest';
import { dailyRecords, entryDrafts } from '../../src/db/schema/index.js';
import type { Locale } from '../../src/domain/locale.js';
import { useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';

// Sunday 29 November 2026, 20:00 in Ho Chi Minh City.
const { db, h } = await useBotHarness({ now: '2026-11-29T20:00:00+07:00' });

const records = () => db.select().from(dailyRecords);
const drafts = () => db.select().from(entryDrafts);

interface Language {
  id: number;
  line: string;
  future: string;
  changeDate: string;
  save: string;
  /** How the card shows 28/12/2026 and 25/11/2026. */
  lastDecember: string;
  nov25: string;
  deleteAsk: string;
}

const LANGUAGES: Record<Locale, Language> = {
  vi: {
    id: 601,
    line: '15 8tr5 2tr 85',
    future: 'Ngày này chưa tới',
    changeDate: 'Đổi ngày',
    save: 'Lưu',
    lastDecember: '28/12/2026',
    nov25: '25/11/2026',
    deleteAsk: 'Xóa số liệu ngày 28/12/2026?',
  },
  en: {
    id: 602,
    line: '15 8.5m 2m 85',
    future: "That day hasn't come yet",
    changeDate: 'Change date',
    save: 'Save',
    lastDecember: 'Mon 28 Dec 2026',
    nov25: 'Wed 25 Nov 2026',
    deleteAsk: 'Delete the numbers for Mon 28 Dec 2026?',
  },
};

forEachLanguage(LANGUAGES, 'a typed date is its nearest occurrence', (locale, lang) => {
  it.each([['1/12'], ['ngày mai'], ['mai'], ['tomorrow']])(
    'answers %s before an entry on 29/11 "not come yet" and books nothing',
    async (date) => {
      const chat = await startOwner(h, locale, lang.id);
      const reply = await chat.send(`${date} ${lang.line}`);
      expect(reply.texts).toHaveLength(1);
      expect(reply.texts[0]).toContain(lang.future);
      expect(reply.sent[0]!.keyboard).toEqual([]);
      expect(await drafts()).toHaveLength(0);
      expect(await records()).toHaveLength(0);
    },
  );

  it('books 25/11 typed on 29/11 in this year', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const reply = await chat.send(`25/11 ${lang.line}`);
    expect(reply.texts[0]).toContain(lang.nov25);
    await chat.press(lang.save);
    expect(await records()).toMatchObject([{ recordDate: '2026-11-25', orders: 15 }]);
  });

  it('refuses Change date to 30/11 on 29/11 and keeps the card for today', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send(lang.line);
    await chat.press(lang.changeDate);
    const typed = await chat.send('30/11');
    expect(typed.texts[0]).toContain(lang.future);
    expect((await drafts()).map((d) => d.recordDate)).toEqual(['2026-11-29']);
    // The question stays open: a past day still moves the entry.
    await chat.send('25/11');
    expect((await drafts()).map((d) => d.recordDate)).toEqual(['2026-11-25']);
    expect(await records()).toHaveLength(0);
  });

  it.each([['/edit 1/12'], ['/delete 1/12'], ['/edit tomorrow'], ['/delete ngày mai']])(
    'answers %s "not come yet"',
    async (command) => {
      const chat = await startOwner(h, locale, lang.id);
      const reply = await chat.send(command);
      expect(reply.texts).toHaveLength(1);
      expect(reply.texts[0]).toContain(lang.future);
      expect(reply.sent[0]!.keyboard).toEqual([]);
    },
  );

  it('reads 28/12 typed on 5/1 as last December, in an entry, /edit and /delete', async () => {
    const chat = await startOwner(h, locale, lang.id);
    h.clock.now = new Date('2027-01-05T20:00:00+07:00');
    const reply = await chat.send(`28/12 ${lang.line}`);
    expect(reply.texts[0]).toContain(lang.lastDecember);
    await chat.press(lang.save);
    expect(await records()).toMatchObject([{ recordDate: '2026-12-28', orders: 15 }]);
    expect((await chat.send('/edit 28/12')).texts[0]).toContain(lang.lastDecember);
    expect((await chat.send('/delete 28/12')).texts[0]).toContain(lang.deleteAsk);
  });
});
