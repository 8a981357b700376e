import { beforeEach, describe, expect, it } from 'vitest';
import { conversationStates, dailyRecords, entryDrafts, shops, users } from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { onboard, onboardEnglishOwner, useBotHarness } from '../support/bot-harness.js';

// A command always wins over an open flow: the flow ends first, with one line naming it, then the command
// runs; the flow never takes a later message as its answer.

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

const shopNames = async () => (await db.select().from(shops)).map((s) => s.name).sort();
const openStates = async () =>
  (await db.select().from(conversationStates)).filter((row) => !row.key.endsWith(':cards'));

describe('a command sent while "add a shop" waits for the name', () => {
  let chat: ChatSession;
  beforeEach(async () => {
    chat = h.user({ id: 701, first_name: 'Hoa', language_code: 'vi' });
    await onboard(chat, { shopName: 'Hoa Mai Shop' });
  });

  it('ends the flow (saying so), switches the language, and the entry lands in the shop in use', async () => {
    await chat.send('/shop');
    expect((await chat.press('Thêm cửa hàng')).texts).toEqual(['Cửa hàng mới tên gì?']);

    const lang = await chat.send('/lang');
    expect(lang.texts).toEqual(['Đã dừng: thêm cửa hàng — chưa lưu gì.', 'Chọn ngôn ngữ:']);
    expect((await chat.press('English')).edited[0]!.text).toBe('Switched to English.');
    const help = await chat.send('/help');
    expect(help.texts).toHaveLength(1);
    expect(help.texts[0]).not.toContain('Stopped');

    // 24/11 is today: yesterday is 23/11.
    const card = await chat.send('yesterday 5 2.5m 1m 30');
    expect(card.texts[0]).toContain('Hoa Mai Shop');
    await chat.press('Save');
    expect(await shopNames()).toEqual(['Hoa Mai Shop']);
    const [record] = await db.select().from(dailyRecords);
    expect(record).toMatchObject({ recordDate: '2026-11-23', orders: 5, revenue: 2_500_000, leads: 30 });
    expect(await openStates()).toEqual([]);
  });

  it('in English: /lang during "add a shop" says it stopped adding the shop', async () => {
    const anna = await onboardEnglishOwner(h, 702);
    await anna.send('/shop');
    expect((await anna.press('Add a shop')).texts).toEqual(['What is the new shop called?']);
    const lang = await anna.send('/lang');
    expect(lang.texts).toEqual(['Stopped: adding a shop — nothing saved.', 'Choose a language:']);
    expect((await anna.press('Tiếng Việt')).edited[0]!.text).toBe('Đã chuyển sang tiếng Việt.');
    const card = await anna.send('hôm qua 5 2tr5 1tr 30');
    expect(card.texts[0]).toContain('Anna Flowers');
    expect(await shopNames()).toEqual(['Anna Flowers', 'Hoa Mai Shop']);
  });
});

describe('a command sent while /today waits for a number', () => {
  it('Vietnamese: /week ends the guided entry, and the next quick entry gets its card', async () => {
    const chat = h.user({ id: 703, first_name: 'Lan', language_code: 'vi' });
    await onboard(chat);
    await chat.send('/today');
    const week = await chat.send('/week');
    expect(week.texts[0]).toBe('Đã dừng: nhập số liệu ngày — chưa lưu gì.');
    expect(week.texts.length).toBeGreaterThan(1);
    const card = await chat.send('15 8tr5 2tr 85');
    expect(card.texts).toHaveLength(1);
    expect(card.texts[0]).toContain('Lãi ròng: 3.100.000 ₫');
    expect(await openStates()).toEqual([]);
    expect(await db.select().from(entryDrafts)).toHaveLength(1);
  });

  it('English: /week ends the guided entry, and the next quick entry gets its card', async () => {
    const anna = await onboardEnglishOwner(h, 704);
    await anna.send('/today');
    await anna.send('15');
    const week = await anna.send('/week');
    expect(week.texts[0]).toBe("Stopped: entering the day's numbers — nothing saved.");
    const card = await anna.send('15 8.5m 2m 85');
    expect(card.texts[0]).toContain('Net profit: 3,100,000 ₫');
    expect(await openStates()).toEqual([]);
  });

  it('names the other flows it ends: editing, changing a date, deleting, setting up', async () => {
    const chat = h.user({ id: 705, first_name: 'Lan', language_code: 'vi' });
    await onboard(chat);
    await chat.send('/edit');
    expect((await chat.send('/help')).texts[0]).toBe('Đã dừng: sửa số liệu một ngày — chưa lưu gì.');
    await chat.send('/delete');
    expect((await chat.send('/help')).texts[0]).toBe('Đã dừng: xóa số liệu một ngày — chưa lưu gì.');
    await chat.send('15 8tr5 2tr 85');
    await chat.press('Đổi ngày');
    expect((await chat.send('/help')).texts[0]).toBe('Đã dừng: đổi ngày của thẻ số liệu — chưa lưu gì.');

    const newcomer = h.user({ id: 706, first_name: 'Minh', language_code: 'en' });
    await newcomer.send('/start');
    const help = await newcomer.send('/help');
    expect(help.texts[0]).toBe('Stopped: setting up your shop — nothing saved.');
    expect(await db.select().from(users)).toHaveLength(1);
  });
});
