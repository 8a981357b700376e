import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { shopSettings, shops, users } from '../../src/db/schema/index.js';
import { createHarness, onboard } from '../support/bot-harness.js';
import { useTestDatabase } from '../support/test-db.js';

const db = await useTestDatabase();

const owner = { id: 501, first_name: 'Lan', language_code: 'vi' };

describe('onboarding (/start)', () => {
  it('creates the user, a first shop and its default settings in one short flow', async () => {
    const h = createHarness(db);
    const chat = h.user(owner);
    const welcome = await chat.send('/start');
    expect(welcome.texts[0]).toContain('ShopPulse');
    expect(welcome.texts[1]).toContain('tên gì');
    const language = await chat.send('Hoa Mai Shop');
    expect(chat.buttons(language.sent[0])).toEqual(['🇻🇳 Tiếng Việt', '🇬🇧 English']);
    const cogs = await chat.press('Tiếng Việt');
    expect(cogs.answers).toEqual(['']);
    expect(cogs.texts[0]).toContain('40 %');
    const done = await chat.press('Dùng 40 %');
    expect(done.texts[0]).toContain('Đã tạo cửa hàng Hoa Mai Shop');

    const [user] = await db.select().from(users).where(eq(users.externalId, '501'));
    expect(user).toMatchObject({ language: 'vi', displayName: 'Lan' });
    const [shop] = await db.select().from(shops).where(eq(shops.ownerId, user!.id));
    expect(shop!.name).toBe('Hoa Mai Shop');
    expect(user!.currentShopId).toBe(shop!.id);
    const [settings] = await db.select().from(shopSettings).where(eq(shopSettings.shopId, shop!.id));
    expect(settings).toMatchObject({ cogsRatio: 0.4, timeZone: 'Asia/Ho_Chi_Minh', paymentFeeRatio: 0 });
  });

  it('switches to English when chosen and accepts a typed COGS ratio', async () => {
    const h = createHarness(db);
    const chat = h.user(owner);
    await chat.send('/start');
    await chat.send('Lan Fashion');
    const cogs = await chat.press('English');
    expect(cogs.texts[0]).toContain('cost of goods');
    const done = await chat.send('35%');
    expect(done.texts[0]).toContain('Shop Lan Fashion is ready (cost of goods 35%)');
    const [settings] = await db.select().from(shopSettings);
    expect(settings!.cogsRatio).toBe(0.35);
  });

  it('accepts the COGS ratio written in words: 40 phần trăm, 35 percent', async () => {
    const h = createHarness(db);
    const lan = h.user(owner);
    await lan.send('/start');
    await lan.send('Lan Fashion');
    await lan.press('Tiếng Việt');
    expect((await lan.send('40 phần trăm')).texts[0]).toMatch(/\(giá vốn 40\s?%\)/u);
    const anna = h.user({ id: owner.id + 1, first_name: 'Anna', language_code: 'en' });
    await anna.send('/start');
    await anna.send('Anna Flowers');
    await anna.press('English');
    expect((await anna.send('35 percent')).texts[0]).toContain('cost of goods 35%');
    const ratios = (await db.select().from(shopSettings)).map((row) => row.cogsRatio).sort();
    expect(ratios).toEqual([0.35, 0.4]);
  });

  it('takes a COGS ratio within the bounds /settings takes: 95 % is the most, 96 % is refused', async () => {
    const h = createHarness(db);
    for (const [id, language, refused] of [
      [601, 'Tiếng Việt', 'Cần một tỉ lệ từ 0 đến 95 %, ví dụ 35 hoặc 35%.'],
      [602, 'English', 'I need a ratio between 0 and 95%, for example 35 or 35%.'],
    ] as const) {
      const chat = h.user({ id, first_name: 'Lan', language_code: 'vi' });
      await chat.send('/start');
      await chat.send(`Shop ${id}`);
      await chat.press(language);
      expect((await chat.send('96%')).texts[0]).toContain(refused);
      await chat.send('95%');
    }
    const ratios = (await db.select().from(shopSettings)).map((row) => row.cogsRatio);
    expect(ratios).toEqual([0.95, 0.95]);
  });

  it('re-asks a wrong COGS ratio with the error, then gives up after three tries having created nothing', async () => {
    const h = createHarness(db);
    const chat = h.user(owner);
    await chat.send('/start');
    await chat.send('Hoa Mai Shop');
    await chat.press('Tiếng Việt');
    const first = await chat.send('abc');
    expect(first.texts[0]).toContain('từ 0 đến 95 %');
    expect(first.texts[0]).toContain('2 lần thử');
    const second = await chat.send('150');
    expect(second.texts[0]).toContain('1 lần thử');
    const third = await chat.send('-3');
    expect(third.texts[0]).toContain('/start');
    expect(await db.select().from(users)).toHaveLength(0);
    expect(await db.select().from(shops)).toHaveLength(0);
    // The flow is over: a number now is not an answer to it.
    const after = await chat.send('35');
    expect(after.texts[0]).toContain('/start');
  });

  it('leaves nothing behind when cancelled half-way', async () => {
    const h = createHarness(db);
    const chat = h.user(owner);
    await chat.send('/start');
    await chat.send('Hoa Mai Shop');
    const cancelled = await chat.send('/cancel');
    expect(cancelled.texts).toEqual(['Đã hủy. Không có gì được lưu.']);
    expect(await db.select().from(shops)).toHaveLength(0);
  });

  it('welcomes back an owner who already has a shop instead of onboarding again', async () => {
    const h = createHarness(db);
    const chat = h.user(owner);
    await onboard(chat);
    const again = await chat.send('/start');
    expect(again.texts[0]).toContain('Chào mừng bạn quay lại');
    expect(await db.select().from(shops)).toHaveLength(1);
  });

  it('tells someone without a shop to /start when they send numbers', async () => {
    const h = createHarness(db);
    const reply = await h.user(owner).send('15 8tr5 2tr 85');
    expect(reply.texts[0]).toContain('/start');
  });

  it('answers a new user in English when Telegram says their language is English', async () => {
    const h = createHarness(db);
    const reply = await h.user({ id: 777, first_name: 'Ann', language_code: 'en-GB' }).send('/start');
    expect(reply.texts[0]).toContain("I'm ShopPulse");
  });
});
