import { describe, expect, it } from 'vitest';
import { conversationStates, dailyRecords, entryDrafts } from '../../src/db/schema/index.js';
import { onboard, onboardEnglishOwner, useBotHarness } from '../support/bot-harness.js';

// A whole quick entry typed while a guided flow waits for one field is offered as the day's entry.

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

const flowStates = async () =>
  (await db.select().from(conversationStates)).filter((row) => !row.key.endsWith(':cards'));

describe('a quick entry typed while /today waits for one number', () => {
  it('Vietnamese: offers it instead of "not a number"; the button leaves the flow and shows its card', async () => {
    const chat = h.user({ id: 801, first_name: 'Lan', language_code: 'vi' });
    await onboard(chat);
    await chat.send('/today');
    const offer = await chat.send('15 8tr5 2tr 85');
    expect(offer.texts).toHaveLength(1);
    expect(offer.texts[0]).not.toContain('số nguyên');
    expect(offer.texts[0]).toContain('Dùng làm số liệu ngày 24/11/2026?');
    expect(chat.buttons(offer.sent[0])).toEqual(['Dùng làm số liệu ngày 24/11/2026']);

    const used = await chat.press('Dùng làm số liệu');
    expect(used.texts).toHaveLength(1);
    // The same card as the quick entry: 8.500.000 − 40 % COGS (3.400.000) − 2.000.000 ads = 3.100.000.
    expect(used.texts[0]).toContain('📒 Hoa Mai Shop');
    expect(used.texts[0]).toContain('Lãi ròng: 3.100.000 ₫');
    expect(chat.buttons(used.sent[0])).toEqual(['💾 Lưu', '✏️ Sửa', '📅 Đổi ngày']);
    expect(chat.buttons(offer.sent[0])).toEqual([]);
    expect(await flowStates()).toEqual([]);

    // The flow is over: the next number is not taken as an answer.
    expect((await chat.send('21')).texts[0]).not.toContain('Doanh thu bao nhiêu');
    await chat.press('Lưu');
    expect(await db.select().from(dailyRecords)).toMatchObject([
      { recordDate: '2026-11-24', orders: 15, revenue: 8_500_000, adSpend: 2_000_000, leads: 85 },
    ]);
  });

  it('English: a dated entry typed at the revenue question is offered for its own day', async () => {
    const anna = await onboardEnglishOwner(h, 802);
    await anna.send('/today');
    await anna.send('21');
    const offer = await anna.send('yesterday 15 8.5m 2m 85');
    expect(offer.texts[0]).toContain('Use it as the entry for Mon 23 Nov 2026?');
    const used = await anna.press('Use as the entry');
    expect(used.texts[0]).toContain('Anna Flowers');
    expect(used.texts[0]).toContain('Net profit: 3,100,000 ₫');
    await anna.press('Save');
    expect(await db.select().from(dailyRecords)).toMatchObject([{ recordDate: '2026-11-23', orders: 15 }]);
  });

  it('an entry typed while editing a day is offered for that day, and the answer still counts if given', async () => {
    const chat = h.user({ id: 803, first_name: 'Lan', language_code: 'vi' });
    await onboard(chat);
    await chat.send('/edit');
    await chat.send('20/11');
    expect((await chat.press('Nhập số liệu ngày này')).texts[0]).toContain(
      'Ngày 20/11/2026 có bao nhiêu đơn?',
    );
    const offer = await chat.send('15 8tr5 2tr 85');
    expect(offer.texts[0]).toContain('Dùng làm số liệu ngày 20/11/2026?');
    // Answering the question instead goes on with the flow; the offer's button is then stale.
    expect((await chat.send('21')).texts[0]).toContain('Doanh thu bao nhiêu');
    const stale = await chat.press('Dùng làm số liệu', offer.sent[0]);
    expect(stale.answers).toEqual(['Nút này đã cũ hoặc không còn hiệu lực.']);
    expect(stale.sent).toEqual([]);
    expect(await db.select().from(entryDrafts)).toEqual([]);
    expect((await chat.send('7tr')).texts[0]).toContain('Tiền quảng cáo');
  });
});

describe('a stale or foreign press of the offer changes nothing', () => {
  it('Vietnamese: after /cancel, and with a forged token', async () => {
    const chat = h.user({ id: 804, first_name: 'Lan', language_code: 'vi' });
    await onboard(chat);
    await chat.send('/today');
    const offer = await chat.send('15 8tr5 2tr 85');
    const forged = await chat.pressData('useentry:aaaaaaaa', offer.sent[0]);
    expect(forged.answers).toEqual(['Nút này đã cũ hoặc không còn hiệu lực.']);
    expect(forged.sent).toEqual([]);
    await chat.send('/cancel');
    const stale = await chat.press('Dùng làm số liệu', offer.sent[0]);
    expect(stale.answers).toEqual(['Nút này đã cũ hoặc không còn hiệu lực.']);
    expect(stale.sent).toEqual([]);
    expect(await db.select().from(entryDrafts)).toEqual([]);
  });

  it('English: another owner pressing the same data gets nothing of it', async () => {
    const anna = await onboardEnglishOwner(h, 805);
    await anna.send('/today');
    const offer = await anna.send('15 8.5m 2m 85');
    const data = offer.sent[0]!.keyboard.flat()[0]!.callback_data!;
    const other = h.user({ id: 806, first_name: 'Bob', language_code: 'en' });
    await onboard(other, { shopName: 'Bob Shop', language: 'en' });
    await other.send('/today');
    const foreign = await other.pressData(data, other.lastMessage());
    expect(foreign.answers).toEqual(['This button is old or no longer active.']);
    expect(foreign.sent).toEqual([]);
    expect(await db.select().from(entryDrafts)).toEqual([]);
    expect((await anna.press('Use as the entry')).texts[0]).toContain('Anna Flowers');
  });
});
