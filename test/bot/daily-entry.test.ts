import { beforeEach, describe, expect, it } from 'vitest';
import { dailyRecords, entryDrafts } from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { exampleDay } from '../db/fixtures.js';
import { onboard, useBotHarness } from '../support/bot-harness.js';

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });
let chat: ChatSession;

beforeEach(async () => {
  chat = h.user({ id: 501, first_name: 'Lan', language_code: 'vi' });
  await onboard(chat);
});

const records = () => db.select().from(dailyRecords);

describe('quick entry', () => {
  it('shows the card with the metrics of 15 8tr5 2tr 85 and saves only on Save', async () => {
    const reply = await chat.send('15 8tr5 2tr 85');
    const card = reply.texts[0]!;
    expect(card).toContain('24/11/2026');
    expect(card).toContain('Doanh thu: 8.500.000 ₫');
    expect(card).toContain('AOV (giá trị đơn): 566.667 ₫');
    expect(card).toContain('CPL (chi phí/lead): 23.529 ₫');
    expect(card).toContain('CVR (tỉ lệ chốt): 17,65 %');
    expect(card).toContain('ROAS: 4,25 · hòa vốn 1,67 ✅ có lãi');
    expect(card).toContain('Lãi ròng: 3.100.000 ₫');
    expect(chat.buttons(reply.sent[0])).toEqual(['💾 Lưu', '✏️ Sửa', '📅 Đổi ngày']);
    expect(await records()).toHaveLength(0);

    const saved = await chat.press('Lưu');
    expect(saved.answers).toEqual(['Đã lưu']);
    expect(saved.edited[0]!.text).toContain('✅ Đã lưu số liệu ngày 24/11/2026');
    expect(saved.edited[0]!.keyboard).toEqual([]);
    const [row] = await records();
    expect(row).toMatchObject(exampleDay('2026-11-24'));
    // The draft stays, stamped saved, so a second press on the old card can say so.
    expect(await db.select().from(entryDrafts)).toMatchObject([{ savedAt: expect.any(Date) }]);
  });

  it.each([
    ['đơn 15 doanh thu 8.500.000đ ads 2 triệu lead 85'],
    ['lead 85, ads 2tr, doanh thu 8,5 triệu, đơn 15'],
    ['orders 15 revenue 8.5m ads 2m leads 85'],
    ['15 8500000 2000000 85'],
    ['15 8.500.000 2.000.000 85'],
  ])('reads %s as the same day', async (text) => {
    const reply = await chat.send(text);
    expect(reply.texts[0]).toContain('Lãi ròng: 3.100.000 ₫');
    await chat.press('Lưu');
    expect((await records())[0]).toMatchObject({
      orders: 15,
      revenue: 8_500_000,
      adSpend: 2_000_000,
      leads: 85,
    });
  });

  it('books a past day from a date prefix', async () => {
    const reply = await chat.send('hôm qua đơn 12 doanh thu 6tr ads 1tr5 lead 40');
    expect(reply.texts[0]).toContain('23/11/2026');
    await chat.press('Lưu');
    expect((await records())[0]).toMatchObject({ recordDate: '2026-11-23', orders: 12, revenue: 6_000_000 });
    await chat.send('20/11 10 5tr 1tr 30');
    await chat.press('Lưu');
    expect((await records()).map((r) => r.recordDate).sort()).toEqual(['2026-11-20', '2026-11-23']);
  });

  it.each([
    ['15 8tr5 2tr', 'Cần đúng 4 số'],
    ['15 abc 2tr 85', 'Doanh thu «abc» chưa đúng'],
    ['15 8tr5 -2tr 85', 'không được âm'],
    ['1.5 8tr5 2tr 85', 'Số đơn «1.5» chưa đúng'],
    ['đơn 15 doanh thu 8tr5 ads 2tr', 'Thiếu số lead'],
    // A date without a year is its nearest occurrence: on 24/11/2026, 25/12 is 31 days ahead (25/12/2025
    // is 334 days back), so it has not come yet.
    ['25/12 15 8tr5 2tr 85', 'Ngày này chưa tới'],
    ['31/02 15 8tr5 2tr 85', 'không hiểu ngày'],
    ['15 2000000000000 2tr 85', 'quá lớn'],
  ])('answers %s with a clear error and saves nothing', async (text, expected) => {
    const reply = await chat.send(text);
    expect(reply.texts[0]).toContain(expected);
    expect(reply.sent[0]!.keyboard).toEqual([]);
    expect(await records()).toHaveLength(0);
  });

  it('gives one line pointing at /help, not silence, for a message that is not an entry', async () => {
    const reply = await chat.send('xin chào');
    expect(reply.texts).toEqual(['Mình chưa hiểu tin nhắn này. Gõ /help để xem mình làm được gì.']);
  });

  it('shows old and new numbers side by side for a day that already has a record', async () => {
    await chat.send('15 8tr5 2tr 85');
    await chat.press('Lưu');
    const reply = await chat.send('20 10tr 2tr 85');
    expect(reply.texts[0]).toContain('cũ → mới');
    expect(reply.texts[0]).toContain('Đơn: 15 → 20');
    expect(reply.texts[0]).toContain('Doanh thu: 8.500.000 ₫ → 10.000.000 ₫');
    expect(reply.texts[0]).toContain('Quảng cáo: 2.000.000 ₫\n');
    expect((await records())[0]!.orders).toBe(15);
    const saved = await chat.press('Lưu');
    expect(saved.answers).toEqual(['Đã thay số liệu cũ']);
    const rows = await records();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ orders: 20, revenue: 10_000_000, netProfit: 4_000_000 });
  });

  it('answers a second press on the old card "already saved" and books the day once', async () => {
    const entry = await chat.send('15 8tr5 2tr 85');
    const card = entry.sent[0]!;
    // `card` is live (edits change it): keep the buttons the owner saw before pressing.
    const [saveData, editData, dateData] = card.keyboard.flat().map((b) => b.callback_data!);
    const first = await chat.pressData(saveData!, card);
    expect(first.answers).toEqual(['Đã lưu']);
    // A client still showing the old card (the edit had not reached it) sends the same data again.
    const second = await chat.pressData(saveData!, card);
    expect(second.answers).toEqual(['Ngày này đã được lưu từ lần bấm trước, không lưu lại lần nữa.']);
    expect(h.api.message(card.chatId, card.messageId)!.text).toContain('✅ Đã lưu số liệu ngày 24/11/2026');
    expect(await records()).toHaveLength(1);
    // Edit and Change date on a saved card change nothing either.
    for (const data of [editData!, dateData!]) {
      const press = await chat.pressData(data, card);
      expect(press.answers).toEqual(['Ngày này đã được lưu từ lần bấm trước, không lưu lại lần nữa.']);
    }
    expect(await records()).toMatchObject([{ revenue: 8_500_000, adSpend: 2_000_000 }]);
  });

  it('keeps a saved day when the card could not be updated, and shows it saved on the next press', async () => {
    const entry = await chat.send('15 8tr5 2tr 85');
    const card = entry.sent[0]!;
    const saveData = card.keyboard[0]![0]!.callback_data!;
    h.api.failNext('editMessageText', {
      error_code: 400,
      description: 'Bad Request: message to edit not found',
    });
    await chat.pressData(saveData, card);
    expect(await records()).toMatchObject([{ revenue: 8_500_000 }]);
    expect(h.api.message(card.chatId, card.messageId)!.text).toContain('Bấm Lưu');

    const again = await chat.pressData(saveData, card);
    expect(again.answers).toEqual(['Ngày này đã được lưu từ lần bấm trước, không lưu lại lần nữa.']);
    const shown = h.api.message(card.chatId, card.messageId)!;
    expect(shown.text).toContain('✅ Đã lưu số liệu ngày 24/11/2026');
    expect(shown.keyboard).toEqual([]);
    expect(await records()).toHaveLength(1);
  });

  it('answers a Save press for a draft that no longer exists as an old button', async () => {
    await chat.send('15 8tr5 2tr 85');
    const stale = await chat.pressData(`entry:save:${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`);
    expect(stale.answers).toEqual(['Nút này đã cũ hoặc không còn hiệu lực.']);
    expect(await records()).toHaveLength(0);
  });

  it('answers a malformed button with a notice and changes nothing', async () => {
    await chat.send('15 8tr5 2tr 85');
    const reply = await chat.pressData('entry:save:not-a-uuid');
    expect(reply.answers).toEqual(['Nút này đã cũ hoặc không còn hiệu lực.']);
    const unknown = await chat.pressData('nonsense');
    expect(unknown.answers).toEqual(['Nút này đã cũ hoặc không còn hiệu lực.']);
    expect(await records()).toHaveLength(0);
  });
});

describe('guided entry (/today)', () => {
  it('asks orders, revenue, ad spend and leads in order, then shows the card', async () => {
    expect((await chat.send('/today')).texts[0]).toContain('bao nhiêu đơn');
    expect((await chat.send('15')).texts[0]).toContain('Doanh thu bao nhiêu');
    expect((await chat.send('8tr5')).texts[0]).toContain('Tiền quảng cáo');
    expect((await chat.send('2tr')).texts[0]).toContain('Bao nhiêu lead');
    const card = await chat.send('85');
    expect(card.texts[0]).toContain('Lãi ròng: 3.100.000 ₫');
    await chat.press('Lưu');
    expect(await records()).toHaveLength(1);
  });

  it('re-asks a wrong answer with a localized error, at every step', async () => {
    await chat.send('/today');
    expect((await chat.send('mười lăm ngày')).texts[0]).toContain('Cần một số nguyên');
    await chat.send('15');
    expect((await chat.send('abc')).texts[0]).toContain('không đọc được số tiền');
    await chat.send('8tr5');
    expect((await chat.send('-5')).texts[0]).toContain('không được âm');
    await chat.send('2tr');
    expect((await chat.send('2.5')).texts[0]).toContain('số nguyên');
    const card = await chat.send('85');
    expect(card.texts[0]).toContain('Lãi ròng: 3.100.000 ₫');
  });

  it('ends after three wrong answers and saves nothing', async () => {
    await chat.send('/today');
    await chat.send('15');
    await chat.send('x');
    await chat.send('y');
    const last = await chat.send('z');
    expect(last.texts[0]).toContain('sai 3 lần');
    expect(await records()).toHaveLength(0);
    expect(await db.select().from(entryDrafts)).toHaveLength(0);
    // Out of the flow, a message is a quick entry again.
    expect((await chat.send('8tr5')).texts[0]).toContain('Cần đúng 4 số');
  });

  it('is left with /cancel and saves nothing', async () => {
    await chat.send('/today');
    await chat.send('15');
    expect((await chat.send('/cancel')).texts).toEqual(['Đã hủy. Không có gì được lưu.']);
    expect((await chat.send('/cancel')).texts).toEqual(['Không có thao tác nào đang chạy.']);
    expect(await records()).toHaveLength(0);
  });

  it('survives a restart mid-flow: a new bot instance on the same database finishes it', async () => {
    await chat.send('/today');
    await chat.send('15');
    await chat.send('8tr5');
    const restarted = chat.withBot(h.restart() as never);
    // The first answer after the restart says which question it answered (test/bot/flow-restart.test.ts).
    expect((await restarted.send('2tr')).texts[1]).toContain('Bao nhiêu lead');
    const card = await restarted.send('85');
    expect(card.texts[0]).toContain('Lãi ròng: 3.100.000 ₫');
    await restarted.press('Lưu');
    expect(await records()).toHaveLength(1);
  });

  it('keeps going when a reply fails inside the flow', async () => {
    await chat.send('/today');
    h.api.failNext('sendMessage', { error_code: 400, description: 'Bad Request: chat not found' });
    const lost = await chat.send('15');
    expect(lost.texts).toEqual([]);
    expect((await chat.send('8tr5')).texts[0]).toContain('Tiền quảng cáo');
    await chat.send('2tr');
    expect((await chat.send('85')).texts[0]).toContain('Lãi ròng');
  });

  it('retries a reply that Telegram rate-limited (429) and delivers it', async () => {
    h.api.failNext('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    });
    const reply = await chat.send('/today');
    expect(reply.texts[0]).toContain('bao nhiêu đơn');
    expect(h.api.callsOf('sendMessage').length).toBeGreaterThanOrEqual(2);
  });
});

describe('card buttons', () => {
  it('Edit asks again with the current values, "." keeps one', async () => {
    await chat.send('15 8tr5 2tr 85');
    const edit = await chat.press('Sửa');
    expect(edit.texts[0]).toContain('Gửi . để giữ 15');
    await chat.send('.');
    await chat.send('9tr');
    await chat.send('.');
    const card = await chat.send('.');
    expect(card.texts[0]).toContain('Doanh thu: 9.000.000 ₫');
    expect(card.texts[0]).toContain('Đơn: 15');
    await chat.press('Lưu');
    expect((await records())[0]).toMatchObject({ orders: 15, revenue: 9_000_000, leads: 85 });
  });

  it('Change date moves the entry to the picked day', async () => {
    await chat.send('15 8tr5 2tr 85');
    const card = chat.lastMessage();
    const ask = await chat.press('Đổi ngày');
    expect(chat.buttons(ask.sent[0])).toEqual(['Hôm nay', 'Hôm qua', 'Hôm kia']);
    const moved = await chat.press('Hôm qua');
    expect(moved.texts[0]).toContain('23/11/2026');
    expect(h.api.message(card.chatId, card.messageId)!.keyboard).toEqual([]);
    await chat.press('Lưu');
    expect((await records())[0]!.recordDate).toBe('2026-11-23');
  });

  it('Change date accepts a typed date and refuses a future one', async () => {
    await chat.send('15 8tr5 2tr 85');
    await chat.press('Đổi ngày');
    expect((await chat.send('30/11/2026')).texts[0]).toContain('chưa tới');
    const moved = await chat.send('21/11');
    expect(moved.texts[0]).toContain('21/11/2026');
    await chat.press('Lưu');
    expect((await records())[0]!.recordDate).toBe('2026-11-21');
  });
});

describe('past days (/edit, /delete)', () => {
  beforeEach(async () => {
    await chat.send('hôm qua 15 8tr5 2tr 85');
    await chat.press('Lưu');
  });

  it('/edit shows a saved day, and Edit replaces it after the card', async () => {
    const shown = await chat.send('/edit 23/11');
    expect(shown.texts[0]).toContain('Số liệu đã lưu');
    expect(chat.buttons(shown.sent[0])).toEqual(['✏️ Sửa số liệu', '🗑 Xóa ngày này']);
    await chat.press('Sửa số liệu');
    await chat.send('16');
    await chat.send('.');
    await chat.send('.');
    const card = await chat.send('.');
    expect(card.texts[0]).toContain('Đơn: 15 → 16');
    await chat.press('Lưu');
    expect((await records())[0]).toMatchObject({ recordDate: '2026-11-23', orders: 16 });
  });

  it('/edit without a date asks which day, then shows the saved day with Edit / Delete', async () => {
    await chat.send('/edit');
    const shown = await chat.send('23/11');
    expect(shown.texts[0]).toContain('Số liệu đã lưu');
    expect(chat.buttons(shown.sent[0])).toEqual(['✏️ Sửa số liệu', '🗑 Xóa ngày này']);
  });

  it('/delete asks for confirmation, Keep keeps and Delete deletes', async () => {
    const confirm = await chat.send('/delete hôm qua');
    expect(confirm.texts[0]).toContain('Xóa số liệu ngày 23/11/2026?');
    await chat.press('Giữ lại');
    expect(await records()).toHaveLength(1);
    await chat.send('/delete 23/11');
    const done = await chat.press('🗑 Xóa');
    expect(done.edited[0]!.text).toContain('Đã xóa số liệu ngày 23/11/2026');
    expect(await records()).toHaveLength(0);
    const again = await chat.send('/delete 23/11');
    expect(again.texts[0]).toContain('chưa có số liệu');
  });
});

describe('two owners', () => {
  it('cannot see or touch each other’s data', async () => {
    await chat.send('15 8tr5 2tr 85');
    const lanCard = chat.lastMessage();
    const other = h.user({ id: 502, first_name: 'Minh', language_code: 'vi' });
    await onboard(other, { shopName: 'Minh Store' });

    // Minh presses Lan's Save button (a forged or forwarded callback).
    const forged = await other.pressData(lanCard.keyboard[0]![0]!.callback_data!, lanCard);
    expect(forged.answers).toEqual(['Nút này không thuộc về bạn.']);
    expect(await records()).toHaveLength(0);

    await chat.press('Lưu', lanCard);
    const [lanRecord] = await records();
    // Minh asks for that day: his shop has nothing there, and he cannot delete Lan's.
    expect((await other.send('/delete hôm nay')).texts[0]).toContain('chưa có số liệu');
    const lanShopId = lanRecord!.shopId;
    const deleteLan = await other.pressData(`day:yes:${lanShopId}:2026-11-24`, other.lastMessage());
    expect(deleteLan.answers).toEqual(['Nút này đã cũ hoặc không còn hiệu lực.']);
    expect(await records()).toHaveLength(1);
  });
});
