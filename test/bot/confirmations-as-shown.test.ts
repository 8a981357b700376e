import type { Update } from 'grammy/types';
import { expect, it } from 'vitest';
import { dailyRecords, productPresets, shops } from '../../src/db/schema/index.js';
import type { ChatMessage } from '../../src/dev/bot-api-stand-in.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import type { Locale } from '../../src/domain/locale.js';
import { onboard, useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';
import { insertDays } from '../support/record-fixtures.js';

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

interface Language {
  id: number;
  shop: string;
  remove: string;
  save: string;
  changed: string;
  review: string;
  confirm: (days: number) => string;
  deletedLast: (days: number) => string;
  stale: string;
}

const LANGUAGES: Record<Locale, Language> = {
  vi: {
    id: 2101,
    shop: 'Hoa Mai Shop',
    remove: '🗑 Xóa cửa hàng',
    save: 'Lưu',
    changed: 'Số liệu đã thay đổi, xem lại.',
    review: '⚠️ Số liệu đã thay đổi từ lúc bạn xem nên mình chưa làm gì.',
    confirm: (days) => `Xóa cửa hàng Hoa Mai Shop? Cửa hàng có ${days} ngày số liệu;`,
    deletedLast: (days) => `✅ Đã xóa cửa hàng Hoa Mai Shop (${days} ngày số liệu).`,
    stale: 'Nút này đã cũ hoặc không còn hiệu lực.',
  },
  en: {
    id: 2102,
    shop: 'Anna Flowers',
    remove: '🗑 Delete shop',
    save: 'Save',
    changed: 'The data has changed, look again.',
    review: '⚠️ The numbers changed after you looked, so nothing was done.',
    confirm: (days) => `Delete the shop Anna Flowers? It holds ${days} days of numbers;`,
    deletedLast: (days) => `✅ Deleted the shop Anna Flowers (${days} days of numbers).`,
    stale: 'This button is old or no longer active.',
  },
};

const dayCount = async () => (await db.select().from(dailyRecords)).length;
const shopNames = async () => (await db.select().from(shops)).map((s) => s.name).sort();

/** The owner's only shop, with three saved days (20–22/11). */
async function ownerWithThreeDays(locale: Locale, lang: Language): Promise<ChatSession> {
  const chat = await startOwner(h, locale, lang.id);
  const [shop] = await db.select().from(shops);
  await insertDays(db, shop!.id, [
    ['2026-11-20', 10, 5_000_000, 1_000_000, 50],
    ['2026-11-21', 11, 5_500_000, 1_000_000, 55],
    ['2026-11-22', 12, 6_000_000, 1_000_000, 60],
  ]);
  return chat;
}

/** The shop's delete confirmation, as /shop → Delete shows it. */
async function askDelete(chat: ChatSession, lang: Language): Promise<ChatMessage> {
  const list = await chat.send('/shop');
  return (await chat.press(lang.remove, list.sent[0])).edited[0]!;
}

function yesData(confirmation: ChatMessage): string {
  return confirmation.keyboard[0]![0]!.callback_data!;
}

forEachLanguage(LANGUAGES, 'a confirmation does what it showed, or nothing', (locale, lang) => {
  it('a shop delete shown with 3 days refuses once a day was saved since, and re-shows the count', async () => {
    const chat = await ownerWithThreeDays(locale, lang);
    const old = await askDelete(chat, lang);
    expect(old.text).toContain(lang.confirm(3));
    // The stand-in edits a message in place: keep the button's data as it was shown.
    const oldYes = yesData(old);

    // A fourth day saved through the bot after the confirmation was shown.
    await chat.send('23/11 15 8tr5 2tr 85');
    await chat.press(lang.save);
    expect(await dayCount()).toBe(4);

    const refused = await chat.pressData(oldYes, old);
    expect(refused.answers).toEqual([lang.changed]);
    expect(refused.edited[0]!.text).toContain(lang.review);
    expect(refused.edited[0]!.text).toContain(lang.confirm(4));
    expect(await shopNames()).toEqual([lang.shop]);
    expect(await dayCount()).toBe(4);

    // The same old button again still does nothing; the confirmation shown again does what it says.
    expect((await chat.pressData(oldYes, old)).answers).toEqual([lang.changed]);
    expect(await shopNames()).toEqual([lang.shop]);
    const done = await chat.pressData(yesData(refused.edited[0]!), refused.edited[0]!);
    expect(done.edited[0]!.text).toContain(lang.deletedLast(4));
    expect(await shopNames()).toEqual([]);
  });

  it('a shop delete refuses once a day was deleted or the shop renamed since; a fresh one deletes', async () => {
    const chat = await ownerWithThreeDays(locale, lang);
    const shown = yesData(await askDelete(chat, lang));
    await chat.send('/delete 22/11');
    await chat.press(locale === 'vi' ? '🗑 Xóa' : '🗑 Delete', chat.lastMessage());
    expect(await dayCount()).toBe(2);
    expect((await chat.pressData(shown)).answers).toEqual([lang.changed]);
    expect(await shopNames()).toEqual([lang.shop]);

    const beforeRename = yesData(await askDelete(chat, lang));
    await chat.send('/shop');
    await chat.press('✏️');
    await chat.send('Hoa Mai Boutique');
    expect((await chat.pressData(beforeRename)).answers).toEqual([lang.changed]);
    expect(await shopNames()).toEqual(['Hoa Mai Boutique']);

    const fresh = await askDelete(chat, lang);
    expect((await chat.pressData(yesData(fresh), fresh)).edited[0]!.text).toContain('Hoa Mai Boutique');
    expect(await shopNames()).toEqual([]);
    expect(await dayCount()).toBe(0);
  });

  it('a product delete refuses once the product was edited since, shows it as it is now; a fresh one deletes', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send('/products add Váy hoa 350k 140k');
    await chat.send('/products');
    const opened = (await chat.press('✏️ Váy hoa')).sent[0]!;
    const asked = (await chat.press(locale === 'vi' ? '🗑 Xóa' : '🗑 Delete', opened)).edited[0]!;
    const oldYes = yesData(asked);
    // The price edited through the bot after the confirmation was shown.
    await chat.send('/products');
    await chat.press(locale === 'vi' ? 'Giá bán' : 'Price', (await chat.press('✏️ Váy hoa')).sent[0]!);
    await chat.send('390k');
    const presets = async () => db.select().from(productPresets);
    expect(await presets()).toMatchObject([{ name: 'Váy hoa', sellPrice: 390_000 }]);

    const refused = await chat.pressData(oldYes, asked);
    expect(refused.answers).toEqual([lang.changed]);
    expect(refused.edited[0]!.text).toContain(lang.review);
    expect(refused.edited[0]!.text).toContain(locale === 'vi' ? '390.000' : '390,000');
    expect(await presets()).toHaveLength(1);

    const stranger = h.user({ id: lang.id + 51, first_name: 'Khoa', language_code: locale });
    await onboard(stranger, { shopName: 'Khoa Store', language: locale });
    const freshYes = yesData(refused.edited[0]!);
    expect((await stranger.pressData(freshYes, stranger.lastMessage())).edited).toEqual([]);
    expect(await presets()).toHaveLength(1);

    const done = await chat.pressData(freshYes, refused.edited[0]!);
    expect(done.edited[0]!.text).toContain(locale === 'vi' ? 'Đã xóa Váy hoa' : 'Deleted Váy hoa');
    expect(await presets()).toEqual([]);
  });

  it("another owner pressing the owner's real delete button changes nothing", async () => {
    const chat = await ownerWithThreeDays(locale, lang);
    const shown = await askDelete(chat, lang);
    const stranger = h.user({ id: lang.id + 50, first_name: 'Khoa', language_code: locale });
    await onboard(stranger, { shopName: 'Khoa Store', language: locale });
    const forged = await stranger.pressData(yesData(shown), stranger.lastMessage());
    expect(forged.answers).toEqual([lang.stale]);
    expect(forged.edited).toEqual([]);
    expect(await shopNames()).toEqual(['Khoa Store', lang.shop].sort());
    expect(await dayCount()).toBe(3);
  });
});

/** The same press, as Telegram delivers it for a button on an inline message: no chat message at all. */
function inlineMessagePress(from: { id: number; first_name: string }, data: string): Update {
  return {
    update_id: h.api.newUpdateId(),
    callback_query: {
      id: `cbq-inline-${data.length}-${Date.now()}`,
      chat_instance: `ci-inline-${from.id}`,
      from: { is_bot: false, ...from },
      inline_message_id: 'AAAAAQAAAAAAAAAB',
      data,
    },
  };
}

it('a press on an inline message does nothing and sends nothing, whatever button it carries', async () => {
  const lan = { id: 2110, first_name: 'Lan', language_code: 'vi' };
  const chat = h.user(lan);
  await onboard(chat);
  const [shop] = await db.select().from(shops);
  await insertDays(db, shop!.id, [['2026-11-22', 12, 6_000_000, 1_000_000, 60]]);
  // Real buttons of every kind that changes something: a shop delete, a day delete, an entry's Save,
  // a switch in /settings, /deletemydata.
  const buttons: string[] = [];
  buttons.push(yesData(await askDelete(chat, LANGUAGES.vi)));
  buttons.push(...(await chat.send('/delete 22/11')).sent[0]!.keyboard.flat().map((b) => b.callback_data!));
  buttons.push(...(await chat.send('15 8tr5 2tr 85')).sent[0]!.keyboard.flat().map((b) => b.callback_data!));
  buttons.push(...(await chat.send('/deletemydata')).sent[0]!.keyboard.flat().map((b) => b.callback_data!));
  buttons.push(...(await chat.send('/shop')).sent[0]!.keyboard.flat().map((b) => b.callback_data!));
  expect(buttons.length).toBeGreaterThan(8);
  const before = { shops: await shopNames(), days: await dayCount() };

  for (const data of buttons) {
    const calls = h.api.calls.length;
    await h.bot.handleUpdate(inlineMessagePress(lan, data));
    const made = h.api.calls.slice(calls);
    // At most the empty answer that stops the client's spinner; nothing sent, edited or deleted.
    expect(made.map((c) => c.method)).toEqual(['answerCallbackQuery']);
    expect(made[0]!.payload.text).toBeUndefined();
  }
  expect({ shops: await shopNames(), days: await dayCount() }).toEqual(before);
});
