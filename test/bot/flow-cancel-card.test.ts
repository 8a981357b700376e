import { describe, expect, it } from 'vitest';
import { dailyRecords, entryDrafts } from '../../src/db/schema/index.js';
import { onboard, onboardEnglishOwner, useBotHarness } from '../support/bot-harness.js';

// /cancel with an unsaved entry card on screen drops the card: its draft is deleted, and the card keeps its
// numbers but says it was dropped, without its Save prompt and buttons.

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

describe('/cancel with an unsaved entry card', () => {
  it('Vietnamese: takes the buttons off the quick entry card, deletes the draft and says so', async () => {
    const chat = h.user({ id: 1001, first_name: 'Lan', language_code: 'vi' });
    await onboard(chat);
    const card = await chat.send('15 8tr5 2tr 85');
    expect(chat.buttons(card.sent[0])).toHaveLength(3);
    const cancel = await chat.send('/cancel');
    expect(cancel.texts).toEqual([
      'Đã bỏ thẻ số liệu chưa lưu (nút của thẻ đã được gỡ) — không có gì được lưu.',
    ]);
    expect(cancel.edited.map((m) => m.messageId)).toEqual([card.sent[0]!.messageId]);
    const dropped = chat.messages().find((m) => m.messageId === card.sent[0]!.messageId)!;
    expect(chat.buttons(dropped)).toEqual([]);
    expect(card.texts[0]).toContain('Bấm Lưu để ghi sổ.');
    expect(dropped.text).not.toContain('Bấm Lưu');
    expect(dropped.text!.split('\n')[0]).toBe('📒 Hoa Mai Shop · 24/11/2026');
    // The numbers stay: 15 orders, 8.500.000 ₫ revenue.
    expect(dropped.text).toContain('8.500.000 ₫');
    expect(dropped.text!.split('\n').at(-1)).toBe(
      '🚫 Đã bỏ thẻ này (/cancel): số liệu ngày 24/11/2026 chưa được lưu. Gửi lại 4 số nếu muốn ghi.',
    );
    expect(await db.select().from(entryDrafts)).toEqual([]);
    // A saved card is left alone: nothing to drop the second time.
    await chat.send('15 8tr5 2tr 85');
    await chat.press('Lưu');
    expect((await chat.send('/cancel')).texts).toEqual(['Không có thao tác nào đang chạy.']);
    expect(await db.select().from(dailyRecords)).toHaveLength(1);
  });

  it('English: drops the card shown by /today, and the card a Change date flow waits on', async () => {
    const anna = await onboardEnglishOwner(h, 1002);
    await anna.send('/today');
    await anna.send('15');
    await anna.send('8.5m');
    await anna.send('2m');
    const guided = await anna.send('85');
    expect(anna.buttons(guided.sent[0])).toEqual(['💾 Save', '✏️ Edit', '📅 Change date']);
    const saveData = guided.sent[0]!.keyboard.flat()[0]!.callback_data!;
    const quick = await anna.send('yesterday 3 1m 0 10');
    await anna.press('Change date', quick.sent[0]);
    const cancel = await anna.send('/cancel');
    expect(cancel.texts).toEqual([
      'Cancelled. Nothing was saved.',
      'Dropped 2 unsaved entry cards (their buttons are gone) — nothing saved.',
    ]);
    expect(cancel.edited.map((m) => m.messageId).sort()).toEqual(
      [guided.sent[0]!.messageId, quick.sent[0]!.messageId].sort(),
    );
    for (const [shown, date] of [
      [guided, 'Tue 24 Nov 2026'],
      [quick, 'Mon 23 Nov 2026'],
    ] as const) {
      const dropped = anna.messages().find((m) => m.messageId === shown.sent[0]!.messageId)!;
      expect(shown.texts[0]).toContain('Press Save to book it.');
      expect(dropped.text).not.toContain('Press Save');
      expect(anna.buttons(dropped)).toEqual([]);
      expect(dropped.text!.split('\n').at(-1)).toBe(
        `🚫 Card dropped (/cancel): the numbers for ${date} were not saved. Send the 4 numbers again to book them.`,
      );
    }
    expect(await db.select().from(entryDrafts)).toEqual([]);
    const stale = await anna.pressData(saveData, guided.sent[0]);
    expect(stale.answers).toEqual(['This button is old or no longer active.']);
  });
});
