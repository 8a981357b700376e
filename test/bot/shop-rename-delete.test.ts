import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { dailyRecords, shops, users } from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import type { Locale } from '../../src/domain/locale.js';
import { onboard, useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';
import { insertDays } from '../support/record-fixtures.js';

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

interface Language {
  id: number;
  first: string;
  rename: string;
  askName: string;
  entryRefused: string;
  renamed: string;
  stoppedRename: string;
  addShop: string;
  cogsDefault: RegExp;
  remove: string;
  confirm: string;
  keep: string;
  kept: string;
  yes: string;
  deleted: string;
  deletedLast: string;
  stale: string;
  needStart: string;
}

const LANGUAGES: Record<Locale, Language> = {
  vi: {
    id: 1301,
    first: 'Hoa Mai Shop',
    rename: '✏️ Đổi tên',
    askName: 'Tên mới của cửa hàng là gì?',
    entryRefused: 'Tên mới của cửa hàng là gì?',
    renamed: '✅ Đã đổi tên cửa hàng: Hoa Mai Shop → Hoa Mai Boutique.',
    stoppedRename: 'Đã dừng: đổi tên cửa hàng — chưa lưu gì.',
    addShop: 'Thêm cửa hàng',
    cogsDefault: /40/,
    remove: '🗑 Xóa cửa hàng',
    confirm:
      'Xóa cửa hàng Chi nhánh 2? Cửa hàng có 2 ngày số liệu; xóa là mất hết số liệu, báo cáo, mục tiêu, quảng cáo và sản phẩm của cửa hàng này, không lấy lại được.',
    keep: 'Giữ lại',
    kept: 'Đã giữ lại cửa hàng Chi nhánh 2.',
    yes: '🗑 Xóa Chi nhánh 2',
    deleted: '✅ Đã xóa cửa hàng Chi nhánh 2 (2 ngày số liệu). Đang dùng: Hoa Mai Shop.',
    deletedLast:
      '✅ Đã xóa cửa hàng Hoa Mai Shop (0 ngày số liệu). Bạn không còn cửa hàng nào; gõ /start để tạo cửa hàng mới.',
    stale: 'Nút này đã cũ hoặc không còn hiệu lực.',
    needStart: '/start',
  },
  en: {
    id: 1302,
    first: 'Anna Flowers',
    rename: '✏️ Rename',
    askName: "What is the shop's new name?",
    entryRefused: "What is the shop's new name?",
    renamed: '✅ Shop renamed: Anna Flowers → Hoa Mai Boutique.',
    stoppedRename: 'Stopped: renaming a shop — nothing saved.',
    addShop: 'Add a shop',
    cogsDefault: /40/,
    remove: '🗑 Delete shop',
    confirm:
      'Delete the shop Chi nhánh 2? It holds 2 days of numbers; deleting it removes its numbers, reports, goals, ads and products for good.',
    keep: 'Keep it',
    kept: 'Kept the shop Chi nhánh 2.',
    yes: '🗑 Delete Chi nhánh 2',
    deleted: '✅ Deleted the shop Chi nhánh 2 (2 days of numbers). Now using: Anna Flowers.',
    deletedLast:
      '✅ Deleted the shop Anna Flowers (0 days of numbers). You have no shop left; type /start to create one.',
    stale: 'This button is old or no longer active.',
    needStart: '/start',
  },
};

const shopNamed = async (name: string) => (await db.select().from(shops).where(eq(shops.name, name)))[0];

/** Adds "Chi nhánh 2" through /shop (it becomes the shop in use) with two saved days. */
async function addSecondShop(chat: ChatSession, lang: Language) {
  await chat.send('/shop');
  await chat.press(lang.addShop);
  await chat.send('Chi nhánh 2');
  await chat.press(lang.cogsDefault);
  const second = (await shopNamed('Chi nhánh 2'))!;
  await insertDays(db, second.id, [
    ['2026-11-22', 10, 5_000_000, 1_000_000, 50],
    ['2026-11-23', 12, 6_000_000, 1_000_000, 60],
  ]);
  return second;
}

forEachLanguage(LANGUAGES, '/shop rename and delete', (locale, lang) => {
  it('renames the shop in use after refusing a name that reads as an entry', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const list = await chat.send('/shop');
    expect(chat.buttons(list.sent[0])).toContain(lang.rename);
    expect((await chat.press(lang.rename, list.sent[0])).texts).toEqual([lang.askName]);
    const refused = await chat.send('15 8tr5 2tr 85');
    expect(refused.texts[0]).toContain(lang.entryRefused);
    expect(await shopNamed(lang.first)).toBeDefined();
    expect((await chat.send('Hoa Mai Boutique')).texts).toEqual([lang.renamed]);
    expect(await shopNamed(lang.first)).toBeUndefined();
    expect((await chat.send('/help')).texts[0]).toContain('Hoa Mai Boutique');
  });

  it('a command sent while the new name is asked ends the rename and changes nothing', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send('/shop');
    await chat.press(lang.rename);
    const stopped = await chat.send('/week');
    expect(stopped.texts[0]).toBe(lang.stoppedRename);
    await chat.send('Another name');
    expect(await shopNamed(lang.first)).toBeDefined();
    expect(await shopNamed('Another name')).toBeUndefined();
  });

  it('deletes the shop in use after a confirmation naming its days, and switches to the one left', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const first = (await shopNamed(lang.first))!;
    await insertDays(db, first.id, [['2026-11-23', 15, 8_500_000, 2_000_000, 85]]);
    const second = await addSecondShop(chat, lang);

    const list = await chat.send('/shop');
    const asked = await chat.press(lang.remove, list.sent[0]);
    expect(asked.edited[0]!.text).toBe(lang.confirm);
    expect(chat.buttons(asked.edited[0])).toEqual([lang.yes, lang.keep]);
    const kept = await chat.press(lang.keep, asked.edited[0]);
    expect(kept.edited[0]!.text).toBe(lang.kept);
    expect(await shopNamed('Chi nhánh 2')).toBeDefined();

    await chat.send('/shop');
    const confirm = await chat.press(lang.remove);
    const done = await chat.press(lang.yes, confirm.edited[0]);
    expect(done.edited[0]!.text).toBe(lang.deleted);
    expect(await shopNamed('Chi nhánh 2')).toBeUndefined();
    // Its days went with it; the other shop's day stays, and that shop is in use again.
    expect((await db.select().from(dailyRecords)).map((r) => r.shopId)).toEqual([first.id]);
    expect((await db.select().from(users))[0]!.currentShopId).toBe(first.id);
    expect((await chat.send('/help')).texts[0]).toContain(lang.first);

    // The same confirmation pressed again deletes nothing more.
    const again = await chat.pressData(`shop:yes:${second.id}`, confirm.edited[0]);
    expect(again.answers).toEqual([lang.stale]);
    expect(await db.select().from(shops)).toHaveLength(1);
  });

  it('deleting the last shop leaves the owner to /start, and another owner cannot delete it', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const own = (await shopNamed(lang.first))!;
    const stranger = h.user({ id: lang.id + 50, first_name: 'Khoa', language_code: locale });
    await onboard(stranger, { shopName: 'Khoa Store', language: locale });
    const forged = await stranger.pressData(`shop:yes:${own.id}`);
    expect(forged.answers).toEqual([lang.stale]);
    expect(await shopNamed(lang.first)).toBeDefined();

    await chat.send('/shop');
    const confirm = await chat.press(lang.remove);
    const done = await chat.press(lang.yes.replace('Chi nhánh 2', lang.first), confirm.edited[0]);
    expect(done.edited[0]!.text).toBe(lang.deletedLast);
    expect((await db.select().from(shops)).map((shop) => shop.name)).toEqual(['Khoa Store']);
    expect((await chat.send('15 8tr5 2tr 85')).texts[0]).toContain(lang.needStart);
  });
});
