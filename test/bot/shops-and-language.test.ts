import { beforeEach, describe, expect, it } from 'vitest';
import { registerCommands } from '../../src/bot/commands.js';
import { dailyRecords, entryDrafts, outboxMessages, shops, users } from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { onboard, useBotHarness } from '../support/bot-harness.js';
import { whileDraftsRefused } from '../support/refused-drafts.js';

const { db, h } = await useBotHarness();
let chat: ChatSession;

beforeEach(async () => {
  chat = h.user({ id: 601, first_name: 'Hoa', language_code: 'vi' });
  await onboard(chat, { shopName: 'Hoa Mai Shop' });
});

describe('/lang', () => {
  it('switches the owner to English and back, stored on the user', async () => {
    const ask = await chat.send('/lang');
    expect(ask.texts[0]).toBe('Chọn ngôn ngữ:');
    const switched = await chat.press('English');
    expect(switched.edited[0]!.text).toBe('Switched to English.');
    expect((await db.select().from(users))[0]!.language).toBe('en');
    const card = await chat.send('15 8.5m 2m 85');
    expect(card.texts[0]).toContain('Net profit: 3,100,000 ₫');
    expect(card.texts[0]).toContain('ROAS: 4.25 · break-even 1.67 ✅ profitable');
    expect(chat.buttons(card.sent[0])).toEqual(['💾 Save', '✏️ Edit', '📅 Change date']);
    await chat.send('/lang');
    expect((await chat.press('Tiếng Việt')).edited[0]!.text).toBe('Đã chuyển sang tiếng Việt.');
  });
});

describe('/shop', () => {
  it('adds a second shop, makes it current, and switches back with a button', async () => {
    const list = await chat.send('/shop');
    expect(list.texts[0]).toContain('đang dùng: Hoa Mai Shop');
    expect(chat.buttons(list.sent[0])).toEqual([
      '✓ Hoa Mai Shop',
      '➕ Thêm cửa hàng',
      '✏️ Đổi tên',
      '🗑 Xóa cửa hàng',
    ]);
    const ask = await chat.press('Thêm cửa hàng');
    expect(ask.texts[0]).toBe('Cửa hàng mới tên gì?');
    await chat.send('Hoa Mai 2');
    const done = await chat.press(/40/);
    expect(done.texts[0]).toContain('Hoa Mai 2');

    await chat.send('15 8tr5 2tr 85');
    const saved = await chat.press('Lưu');
    expect(saved.edited[0]!.text).toContain('Hoa Mai 2');
    const allShops = await db.select().from(shops);
    const second = allShops.find((s) => s.name === 'Hoa Mai 2')!;
    expect((await db.select().from(dailyRecords))[0]!.shopId).toBe(second.id);

    await chat.send('/shop');
    const back = await chat.press('Hoa Mai Shop');
    expect(back.answers).toEqual(['Đã chuyển sang cửa hàng Hoa Mai Shop.']);
    expect((await chat.send('/help')).texts[0]).toContain('Hoa Mai Shop');
  });

  it('refuses to switch to a shop the presser does not own', async () => {
    const stranger = h.user({ id: 602, first_name: 'Khoa', language_code: 'vi' });
    await onboard(stranger, { shopName: 'Khoa Store' });
    const lanShop = (await db.select().from(shops)).find((s) => s.name === 'Hoa Mai Shop')!;
    await stranger.send('/shop');
    const forged = await stranger.pressData(`shop:use:${lanShop.id}`);
    expect(forged.answers).toEqual(['Nút này đã cũ hoặc không còn hiệu lực.']);
    expect((await stranger.send('/help')).texts[0]).toContain('Khoa Store');
  });
});

describe('help and commands', () => {
  it('/help lists the quick entry forms and the commands', async () => {
    const help = await chat.send('/help');
    expect(help.texts[0]).toContain('15 8tr5 2tr 85');
    expect(help.texts[0]).toContain('/today');
  });

  it('registers the command menu in Vietnamese (default) and English', async () => {
    await registerCommands(h.bot.api, h.deps.translator, 'vi');
    const calls = h.api.callsOf('setMyCommands');
    expect(calls).toHaveLength(3);
    const byLanguage = Object.fromEntries(
      calls.map((c) => [
        String(c.payload.language_code ?? 'default'),
        c.payload.commands as { command: string; description: string }[],
      ]),
    );
    expect(byLanguage.vi!.find((c) => c.command === 'today')!.description).toBe('Nhập số liệu hôm nay');
    expect(byLanguage.en!.find((c) => c.command === 'today')!.description).toBe("Enter today's numbers");
    expect(byLanguage.default).toEqual(byLanguage.vi);
    for (const list of Object.values(byLanguage)) {
      for (const c of list) expect(c.description.length).toBeGreaterThan(2);
    }
  });

  it('answers a sticker or photo with a pointer to /help instead of silence', async () => {
    const update = h.api.textUpdate(chat.user, 'x');
    const message = {
      ...update.message!,
      text: undefined,
      sticker: {
        file_id: 's',
        file_unique_id: 's',
        type: 'regular',
        width: 1,
        height: 1,
        is_animated: false,
        is_video: false,
      },
    };
    const before = h.api.callsOf('sendMessage').length;
    await h.bot.handleUpdate({ update_id: update.update_id, message: message as never });
    const sent = h.api.callsOf('sendMessage').slice(before);
    expect(sent.map((call) => call.payload.text)).toEqual([
      'Mình chưa hiểu tin nhắn này. Gõ /help để xem mình làm được gì.',
    ]);
  });

  it('answers politely when something breaks, keeps nothing of that update, and keeps working', async () => {
    // A statement of the update is refused: what it wrote before is rolled back with the rest of it.
    const failed = await whileDraftsRefused(db, () => chat.send('15 8tr5 2tr 85'));
    expect(failed.texts).toEqual([expect.stringContaining('Có lỗi xảy ra')]);
    expect(await db.select().from(entryDrafts)).toHaveLength(0);
    expect(await db.select().from(outboxMessages)).toHaveLength(0);
    expect(await db.select().from(dailyRecords)).toHaveLength(0);
    expect((await chat.send('/help')).texts[0]).toContain('Hoa Mai Shop');
  });
});
