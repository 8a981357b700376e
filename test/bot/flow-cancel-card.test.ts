import { describe, expect, it } from 'vitest';
import { dailyRecords, entryDrafts } from '../../src/db/schema/index.js';
import { onboard, onboardEnglishOwner, useBotHarness } from '../support/bot-harness.js';

// /cancel with an unsaved entry card on screen drops the card: its buttons go, its draft is deleted.

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
    expect(chat.buttons(chat.messages().find((m) => m.messageId === card.sent[0]!.messageId))).toEqual([]);
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
    expect(await db.select().from(entryDrafts)).toEqual([]);
    const stale = await anna.pressData(saveData, guided.sent[0]);
    expect(stale.answers).toEqual(['This button is old or no longer active.']);
  });
});
