import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { dailyRecords, productPresets } from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

const records = () => db.select().from(dailyRecords);
const presets = () => db.select().from(productPresets);

// The day `10 4tr 1tr 50` with the default COGS ratio 40 %: COGS 1.600.000, net profit 4.000.000 × 0,6 −
// 1.000.000 = 1.400.000, ROAS 4, break-even 1 / 0,6 = 1,67. Products: Váy hoa 350.000 / 140.000 and Áo
// thun 200.000 / 120.000. Break-even is the day's own, on its actual revenue and costs: with 10 Váy hoa,
// 4.000.000 / (4.000.000 − 1.400.000) = 1,54 (not the list price's 1 / 0,6).
forEachLanguage(
  {
    vi: {
      entry: '10 4tr 1tr 50',
      products: '🏷 Sản phẩm',
      save: 'Lưu',
      ratioProfit: 'Lãi ròng: 1.400.000 ₫',
      oneCogs: 'Giá vốn: 10 × 140.000 ₫ (Váy hoa) = 1.400.000 ₫',
      oneProfit: 'Lãi ròng: 1.600.000 ₫',
      oneRoas: 'ROAS: 4,00 · hòa vốn 1,54 ✅ có lãi (theo doanh thu và chi phí thực của ngày)',
      askPick: 'Ngày 24/11/2026 có 10 đơn.',
      askCount: 'Bao nhiêu trong 10 đơn là Váy hoa?',
      range: 'Cần một số đơn từ 1 đến 10.',
      pickHint: 'Hãy chọn một sản phẩm bằng nút',
      all: 'Cả 10 đơn',
      twoCogs: 'Giá vốn: 6 × 140.000 ₫ (Váy hoa) + 4 × 120.000 ₫ (Áo thun) = 1.320.000 ₫',
      twoProfit: 'Lãi ròng: 1.680.000 ₫',
      twoRoas: 'ROAS: 4,00 · hòa vốn 1,49 ✅ có lãi',
      allCogs: 'Giá vốn: 10 × 120.000 ₫ (Áo thun) = 1.200.000 ₫',
      allProfit: 'Lãi ròng: 1.800.000 ₫',
      foreign: 'Nút này không thuộc về bạn.',
      stale: 'Nút này đã cũ hoặc không còn hiệu lực.',
      stopped: 'Đã dừng: chọn sản phẩm cho thẻ số liệu — chưa lưu gì.',
      giveUp: 'thẻ số liệu vẫn như cũ',
      del: 'Xóa',
      yes: 'Xóa hẳn',
      todayAnswers: ['10', '4tr', '1tr', '50'],
      vayGone: 'Váy hoa đã bị xóa, chọn lại.',
      aoGone: 'Áo thun đã bị xóa, chọn lại.',
      saveGone: 'Váy hoa đã bị xóa nên chưa lưu gì.',
      pickAgain: '🏷 Chọn lại sản phẩm',
    },
    en: {
      entry: '10 4m 1m 50',
      products: '🏷 Products',
      save: 'Save',
      ratioProfit: 'Net profit: 1,400,000 ₫',
      oneCogs: 'Cost of goods: 10 × 140,000 ₫ (Váy hoa) = 1,400,000 ₫',
      oneProfit: 'Net profit: 1,600,000 ₫',
      oneRoas: "ROAS: 4.00 · break-even 1.54 ✅ profitable (on the day's actual revenue and costs)",
      askPick: 'Tue 24 Nov 2026 has 10 orders.',
      askCount: 'How many of the 10 orders were Váy hoa?',
      range: 'I need a number of orders from 1 to 10.',
      pickHint: 'Pick a product with the buttons',
      all: 'All 10 orders',
      twoCogs: 'Cost of goods: 6 × 140,000 ₫ (Váy hoa) + 4 × 120,000 ₫ (Áo thun) = 1,320,000 ₫',
      twoProfit: 'Net profit: 1,680,000 ₫',
      twoRoas: 'ROAS: 4.00 · break-even 1.49 ✅ profitable',
      allCogs: 'Cost of goods: 10 × 120,000 ₫ (Áo thun) = 1,200,000 ₫',
      allProfit: 'Net profit: 1,800,000 ₫',
      foreign: 'This button is not yours.',
      stale: 'This button is old or no longer active.',
      stopped: 'Stopped: picking products for an entry card — nothing saved.',
      giveUp: 'the entry card is unchanged',
      del: 'Delete',
      yes: '🗑 Delete',
      todayAnswers: ['10', '4m', '1m', '50'],
      vayGone: 'Váy hoa has been deleted; pick again.',
      aoGone: 'Áo thun has been deleted; pick again.',
      saveGone: 'Váy hoa has been deleted, so nothing was saved.',
      pickAgain: '🏷 Pick products again',
    },
  },
  'products in the daily entry',
  (locale, l) => {
    async function ownerWith(id: number, products: string[]): Promise<ChatSession> {
      const chat = await startOwner(h, locale, id);
      for (const line of products) await chat.send(`/products add ${line}`);
      return chat;
    }

    it('offers no products button to a shop without products', async () => {
      const chat = await ownerWith(701, []);
      const card = await chat.send(l.entry);
      expect(card.texts[0]).toContain(l.ratioProfit);
      expect(chat.buttons(card.sent[0]).join(' ')).not.toContain('🏷');
    });

    it('one product takes all the orders: COGS 10 × 140.000 instead of 40 % of revenue, booked on Save', async () => {
      const chat = await ownerWith(702, ['Váy hoa 350k 140k']);
      const card = await chat.send(l.entry);
      expect(card.texts[0]).toContain(l.ratioProfit);
      expect(chat.buttons(card.sent[0])).toContain(l.products);
      const picked = await chat.press(l.products);
      expect(picked.texts[0]).toContain(l.askPick);
      expect(chat.buttons(picked.sent[0])).toEqual(['Váy hoa']);
      const shown = await chat.press('Váy hoa');
      const text = shown.texts.at(-1)!;
      expect(text).toContain(l.oneCogs);
      expect(text).toContain(l.oneProfit);
      expect(text).toContain(l.oneRoas);
      // The old card lost its buttons; the new one has them all.
      expect(card.sent[0]!.keyboard).toEqual([]);
      expect(chat.buttons(shown.sent.at(-1))).toContain(l.products);
      expect(await records()).toHaveLength(0);

      const saved = await chat.press(l.save);
      expect(saved.edited[0]!.text).toContain(l.oneCogs);
      expect(saved.edited[0]!.text).toContain(l.oneProfit);
      const [vay] = await presets();
      expect(await records()).toMatchObject([
        {
          recordDate: '2026-11-24',
          cogs: 1_400_000,
          netProfit: 1_600_000,
          presetId: vay!.id,
          products: [{ presetId: vay!.id, name: 'Váy hoa', orders: 10, unitCogs: 140_000 }],
        },
      ]);
    });

    it('two products with counts that add up to the day’s orders; bad counts re-asked', async () => {
      const chat = await ownerWith(703, ['Váy hoa 350k 140k', 'Áo thun 200k 120k']);
      await chat.send(l.entry);
      await chat.press(l.products);
      expect((await chat.send('Mũ')).texts[0]).toContain(l.pickHint);
      expect((await chat.press('Váy hoa')).texts[0]).toContain(l.askCount);
      expect((await chat.send('11')).texts[0]).toContain(l.range);
      expect((await chat.send('0')).texts[0]).toContain(l.range);
      // 6 of 10: the 4 left are the only other product's, without asking.
      const shown = await chat.send('6');
      const text = shown.texts.at(-1)!;
      expect(text).toContain(l.twoCogs);
      expect(text).toContain(l.twoProfit);
      // 4.000.000 / (4.000.000 − 1.320.000) = 1,49 (the list prices' blended margin would give 1,84).
      expect(text).toContain(l.twoRoas);
      await chat.press(l.save);
      expect(await records()).toMatchObject([
        {
          cogs: 1_320_000,
          netProfit: 1_680_000,
          presetId: null,
          products: [
            { name: 'Váy hoa', orders: 6, unitCogs: 140_000 },
            { name: 'Áo thun', orders: 4, unitCogs: 120_000 },
          ],
        },
      ]);
    });

    it('“all orders” by button, a name typed, and three wrong answers leave the card as it was', async () => {
      const chat = await ownerWith(704, ['Váy hoa 350k 140k', 'Áo thun 200k 120k']);
      await chat.send(l.entry);
      await chat.press(l.products);
      await chat.send('áo thun');
      const shown = await chat.press(l.all);
      expect(shown.texts.at(-1)).toContain(l.allCogs);
      expect(shown.texts.at(-1)).toContain(l.allProfit);

      await chat.press(l.products);
      await chat.press('Váy hoa');
      await chat.send('x');
      await chat.send('99');
      const last = await chat.send('-1');
      expect(last.texts[0]).toContain(l.giveUp);
      await chat.press(l.save);
      expect(await records()).toMatchObject([{ cogs: 1_200_000, netProfit: 1_800_000 }]);
    });

    it('a command ends the picking and says so; the card is still there', async () => {
      const chat = await ownerWith(705, ['Váy hoa 350k 140k', 'Áo thun 200k 120k']);
      await chat.send(l.entry);
      await chat.press(l.products);
      expect((await chat.send('/week')).texts[0]).toContain(l.stopped);
      await chat.press(l.save);
      expect(await records()).toMatchObject([{ cogs: 1_600_000, netProfit: 1_400_000, products: null }]);
    });

    it('the guided /today card offers the products too', async () => {
      const chat = await ownerWith(706, ['Váy hoa 350k 140k']);
      await chat.send('/today');
      for (const answer of l.todayAnswers.slice(0, -1)) await chat.send(answer);
      const card = await chat.send(l.todayAnswers.at(-1)!);
      expect(chat.buttons(card.sent.at(-1))).toContain(l.products);
      await chat.press(l.products);
      expect((await chat.press('Váy hoa')).texts.at(-1)).toContain(l.oneProfit);
      await chat.press(l.save);
      expect(await records()).toMatchObject([{ cogs: 1_400_000, netProfit: 1_600_000 }]);
    });

    it('deleting a product after use keeps the saved day’s COGS and net profit, and the day still reads', async () => {
      const chat = await ownerWith(707, ['Váy hoa 350k 140k']);
      await chat.send(l.entry);
      await chat.press(l.products);
      await chat.press('Váy hoa');
      await chat.press(l.save);
      await chat.send('/products');
      await chat.press('✏️ Váy hoa');
      await chat.press(`🗑 ${l.del}`);
      await chat.press(l.yes);
      expect(await presets()).toEqual([]);
      expect(await records()).toMatchObject([
        {
          cogs: 1_400_000,
          netProfit: 1_600_000,
          presetId: null,
          products: [{ name: 'Váy hoa', orders: 10, unitCogs: 140_000 }],
        },
      ]);
      const day = await chat.send('/edit 24/11');
      expect(day.texts[0]).toContain(l.oneProfit);
      // Without products the next card has no products button.
      const next = await chat.send(`23/11 ${l.entry}`);
      expect(chat.buttons(next.sent[0]).join(' ')).not.toContain('🏷');
    });

    /** Deletes a product of the shop as the delete on another device would (the flow stays open here). */
    const deleteProduct = async (name: string) => {
      await db.delete(productPresets).where(eq(productPresets.name, name));
    };

    it('a product deleted while the picker is open is refused by name, by button or typed, and never booked', async () => {
      const chat = await ownerWith(711, ['Váy hoa 350k 140k', 'Áo thun 200k 120k']);
      await chat.send(l.entry);
      await chat.press(l.products);
      await deleteProduct('Váy hoa');
      const refused = await chat.press('Váy hoa');
      expect(refused.texts[0]).toBe(l.vayGone);
      // Asked again, with only the products left.
      expect(refused.texts[1]).toContain(l.askPick);
      expect(chat.buttons(refused.sent[1])).toEqual(['Áo thun']);
      // The name typed is no longer one of the products asked about.
      const old = refused.sent[1]!;
      expect((await chat.send('váy hoa')).texts[0]).toContain(l.pickHint);
      const shown = await chat.press('Áo thun', old);
      expect(shown.texts.at(-1)).toContain(l.allCogs);
      await chat.press(l.save);
      const [ao] = await presets();
      expect(await records()).toMatchObject([
        { cogs: 1_200_000, presetId: ao!.id, products: [{ presetId: ao!.id, name: 'Áo thun', orders: 10 }] },
      ]);
    });

    it('orders split between a deleted and a live product: refused by name, picked again, the live one booked', async () => {
      const chat = await ownerWith(712, ['Váy hoa 350k 140k', 'Áo thun 200k 120k']);
      await chat.send(l.entry);
      await chat.press(l.products);
      await chat.press('Váy hoa');
      // Áo thun, which would take the 4 orders left, is deleted before the count is answered.
      await deleteProduct('Áo thun');
      const refused = await chat.send('6');
      expect(refused.texts[0]).toBe(l.aoGone);
      expect(chat.buttons(refused.sent[1])).toEqual(['Váy hoa']);
      expect(await records()).toEqual([]);
      const shown = await chat.press('Váy hoa');
      expect(shown.texts.at(-1)).toContain(l.oneCogs);
      await chat.press(l.save);
      expect(await records()).toMatchObject([
        { cogs: 1_400_000, products: [{ name: 'Váy hoa', orders: 10 }] },
      ]);
    });

    it('a product deleted after the card was built: Save refuses by name, saves nothing, and offers to pick again', async () => {
      const chat = await ownerWith(713, ['Váy hoa 350k 140k', 'Áo thun 200k 120k']);
      await chat.send(l.entry);
      await chat.press(l.products);
      await chat.press('Váy hoa');
      await chat.send('6');
      await deleteProduct('Váy hoa');
      const refused = await chat.press(l.save);
      expect(refused.texts[0]).toContain(l.saveGone);
      expect(await records()).toEqual([]);
      await chat.press(l.pickAgain);
      const shown = await chat.press('Áo thun');
      expect(shown.texts.at(-1)).toContain(l.allCogs);
      await chat.press(l.save);
      expect(await records()).toMatchObject([
        { cogs: 1_200_000, products: [{ name: 'Áo thun', orders: 10 }] },
      ]);
    });

    it('another owner cannot press the products button or a product of the picking; a saved card’s is stale', async () => {
      const chat = await ownerWith(708, ['Váy hoa 350k 140k', 'Áo thun 200k 120k']);
      const other = await startOwner(h, locale, 709);
      const card = await chat.send(l.entry);
      const message = card.sent[0]!;
      const button = message.keyboard.flat().find((b) => b.text === l.products)!;
      const foreign = await other.pressData(button.callback_data!, message);
      expect(foreign.answers).toEqual([l.foreign]);
      expect(foreign.sent).toEqual([]);

      const asked = await chat.press(l.products);
      const pick = asked.sent[0]!.keyboard.flat()[0]!;
      const otherPick = await other.pressData(pick.callback_data!, asked.sent[0]!);
      expect(otherPick.answers).toEqual([l.stale]);
      expect(otherPick.sent).toEqual([]);

      await chat.press('Váy hoa');
      await chat.press(l.all);
      await chat.press(l.save);
      const again = await chat.pressData(button.callback_data!, message);
      expect(again.answers).toEqual([l.stale]);
      expect(await records()).toMatchObject([{ cogs: 1_400_000, netProfit: 1_600_000 }]);
    });
  },
);

describe('a product picked on a card', () => {
  it('is redelivered once: the press handled twice enters the picking once', async () => {
    const chat = await startOwner(h, 'vi', 710);
    await chat.send('/products add Váy hoa 350k 140k');
    await chat.send('10 4tr 1tr 50');
    await chat.press('🏷 Sản phẩm');
    const update = chat.lastUpdate!;
    const again = await chat.redeliver(update);
    expect(again.sent).toEqual([]);
    expect(again.answers).toEqual([]);
  });
});
