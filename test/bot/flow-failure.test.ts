import { sql } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import { conversationStates, dailyRecords, processedUpdates } from '../../src/db/schema/index.js';
import { useBotHarness } from '../support/bot-harness.js';
import { captureLogs, type LogCapture } from '../support/log-capture.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';

// A statement that fails inside a flow is logged as itself, ends the flow with one line saying nothing was
// saved, and the owner's next message is handled as if no flow had been open.

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });
let logs: LogCapture;

beforeEach(() => {
  logs = captureLogs('info');
  h.deps.logger = logs.logger;
  h.restart();
});

const errorLines = () => logs.lines().filter((l) => (l.level as number) >= 50);

/** Makes every insert into `table` fail with SQLSTATE 23514 (a check constraint) while `run` runs. */
async function withFailingInsert<T>(table: string, run: () => Promise<T>): Promise<T> {
  await db.execute(sql.raw(`alter table ${table} add constraint chk_forced_failure check (false) not valid`));
  try {
    return await run();
  } finally {
    await db.execute(sql.raw(`alter table ${table} drop constraint chk_forced_failure`));
  }
}

forEachLanguage(
  {
    vi: {
      answers: ['10', '4tr', '1tr'],
      failed: 'Có lỗi xảy ra nên đã dừng: nhập số liệu ngày — chưa lưu gì.',
      generic: 'Có lỗi xảy ra',
      card: 'Lãi ròng',
      entry: '10 4tr 1tr 50',
      products: '🏷 Sản phẩm',
      pickFailed: 'Có lỗi xảy ra nên đã dừng: chọn sản phẩm cho thẻ số liệu — chưa lưu gì.',
      save: 'Lưu',
    },
    en: {
      answers: ['10', '4m', '1m'],
      failed: "Something went wrong, so I stopped: entering the day's numbers — nothing saved.",
      generic: 'Something went wrong',
      card: 'Net profit',
      entry: '10 4m 1m 50',
      products: '🏷 Products',
      pickFailed: 'Something went wrong, so I stopped: picking products for an entry card — nothing saved.',
      save: 'Save',
    },
  },
  'a statement failing inside a flow',
  (locale, l) => {
    it('is logged as itself, ends the flow in one line, and the next message is not held up', async () => {
      const chat = await startOwner(h, locale, 801 + (locale === 'en' ? 1 : 0));
      await chat.send('/today');
      for (const answer of l.answers) await chat.send(answer);
      const failed = await withFailingInsert('entry_drafts', () => chat.send('50'));
      expect(failed.texts).toEqual([expect.stringContaining(l.failed)]);
      // The log names the insert that failed and its SQLSTATE, not a clean-up after it.
      const [line, ...more] = errorLines();
      expect(more).toEqual([]);
      const err = JSON.stringify(line!.err);
      expect(err).toContain('"code":"23514"');
      expect(err).toContain('insert into \\"entry_drafts\\"');
      expect(err).not.toContain('25P02');
      expect(err).not.toContain('conversation_states');
      // Nothing of the flow is left, and the failed update is claimed (a redelivery does nothing).
      expect(await db.select().from(conversationStates)).toEqual([]);
      const again = await chat.redeliver(chat.lastUpdate!);
      expect(again.calls).toEqual([]);
      // While the statement still fails, the next answer is no longer taken by the flow.
      const next = await withFailingInsert('entry_drafts', () => chat.send('50'));
      expect(next.texts.join(' ')).not.toContain(l.generic);
      // And a whole entry afterwards makes its card and saves.
      const card = await chat.send(locale === 'en' ? '10 4m 1m 50' : '10 4tr 1tr 50');
      expect(card.texts[0]).toContain(l.card);
      expect(await db.select().from(dailyRecords)).toEqual([]);
      expect((await db.select().from(processedUpdates)).length).toBeGreaterThan(0);
    });

    it('a button press failing inside the picker ends it in one line; the card still saves as it was', async () => {
      const chat = await startOwner(h, locale, 811 + (locale === 'en' ? 1 : 0));
      await chat.send('/products add Váy hoa 350k 140k');
      await chat.send(l.entry);
      await chat.press(l.products);
      const failed = await withFailingInsert('entry_drafts', () => chat.press('Váy hoa'));
      expect(failed.texts).toEqual([expect.stringContaining(l.pickFailed)]);
      expect(failed.answers).toEqual(['']);
      const err = JSON.stringify(errorLines()[0]!.err);
      expect(err).toContain('"code":"23514"');
      expect(err).toContain('update \\"entry_drafts\\"');
      expect(await db.select().from(conversationStates)).toEqual([]);
      // The picker is over: the card's Save books the day with the COGS ratio (40 % of 4.000.000).
      await chat.press(l.save);
      expect(await db.select().from(dailyRecords)).toMatchObject([{ cogs: 1_600_000, products: null }]);
    });
  },
);
