import { describe, expect, it } from 'vitest';
import { productPresets } from '../../src/db/schema/index.js';
import { useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

const presets = () => db.select().from(productPresets);

// Váy hoa 350.000 / 140.000 with no fee or shipping: margin 210.000 / 350.000 = 60 %, break-even 1 / 0,6 = 1,67.
// Áo thun 200.000 / 120.000: margin 80.000 / 200.000 = 40 %, break-even 2,50. Mũ 100.000 / 100.000: margin 0.
forEachLanguage(
  {
    vi: {
      add: 'thêm',
      example: 'Thêm nhanh: /products add Váy hoa 350k 140k (tên, giá bán, giá vốn).',
      title: '🏷 Sản phẩm của Hoa Mai Shop:',
      empty: 'Hoa Mai Shop chưa có sản phẩm nào',
      vayHoa: '• Váy hoa: giá 350.000 ₫ · vốn 140.000 ₫ · biên lãi 60,0 % · ROAS hòa vốn 1,67',
      aoThun: '• Áo thun: giá 200.000 ₫ · vốn 120.000 ₫ · biên lãi 40,0 % · ROAS hòa vốn 2,50',
      vayHoa380: '• Váy hoa: giá 380.000 ₫ · vốn 140.000 ₫ · biên lãi 63,2 % · ROAS hòa vốn 1,58',
      mu: '• Mũ: giá 100.000 ₫ · vốn 100.000 ₫ · biên lãi 0,0 % · không bao giờ hòa vốn',
      added: '✅ Đã thêm Váy hoa.',
      addButton: 'Thêm sản phẩm',
      askName: 'Tên sản phẩm là gì?',
      askPrice: 'Giá bán một Váy hoa?',
      askCost: 'Giá vốn một Váy hoa (giá bán 350.000 ₫)?',
      duplicate: 'Đã có sản phẩm tên “Váy hoa”',
      missing: 'Cần tên, giá bán và giá vốn',
      costAbove: 'Giá vốn không thể cao hơn giá bán',
      zeroPrice: 'Giá bán phải lớn hơn 0',
      badMoney: 'Mình không đọc được số tiền này',
      command: 'không thể bắt đầu bằng dấu /',
      tryAgain: '2 lần thử còn lại',
      giveUp: 'Gõ /products để thử lại',
      price: 'Giá bán',
      cost: 'Giá vốn',
      name: 'Tên',
      askNewPrice: 'Giá bán mới của Váy hoa (hiện 350.000 ₫)?',
      updated: '✅ Đã cập nhật Váy hoa.',
      del: 'Xóa',
      confirm: 'Xóa sản phẩm Váy hoa?',
      yes: 'Xóa hẳn',
      keep: 'Giữ lại',
      deleted: '🗑 Đã xóa Váy hoa.',
      gone: 'Sản phẩm này không còn',
      stopped: 'Đã dừng: thêm sản phẩm — chưa lưu gì.',
      usage: 'Mình chưa hiểu lệnh này',
    },
    en: {
      add: 'add',
      example: 'Quick add: /products add Flower dress 350k 140k (name, sell price, cost).',
      title: '🏷 Products of Anna Flowers:',
      empty: 'Anna Flowers has no products yet',
      vayHoa: '• Váy hoa: price 350,000 ₫ · cost 140,000 ₫ · margin 60.0% · break-even ROAS 1.67',
      aoThun: '• Áo thun: price 200,000 ₫ · cost 120,000 ₫ · margin 40.0% · break-even ROAS 2.50',
      vayHoa380: '• Váy hoa: price 380,000 ₫ · cost 140,000 ₫ · margin 63.2% · break-even ROAS 1.58',
      mu: '• Mũ: price 100,000 ₫ · cost 100,000 ₫ · margin 0.0% · never breaks even',
      added: '✅ Added Váy hoa.',
      addButton: 'Add a product',
      askName: 'What is the product called?',
      askPrice: 'Sell price of one Váy hoa?',
      askCost: 'Cost of one Váy hoa (sold at 350,000 ₫)?',
      duplicate: 'There is already a product called “Váy hoa”',
      missing: 'I need a name, a sell price and a cost',
      costAbove: 'The cost cannot be above the sell price',
      zeroPrice: 'The sell price must be above 0',
      badMoney: "I can't read that amount",
      command: 'cannot start with /',
      tryAgain: '2 tries left',
      giveUp: 'Send /products to try again',
      price: 'Price',
      cost: 'Cost',
      name: 'Name',
      askNewPrice: 'New sell price of Váy hoa (now 350,000 ₫)?',
      updated: '✅ Updated Váy hoa.',
      del: 'Delete',
      confirm: 'Delete the product Váy hoa?',
      yes: '🗑 Delete',
      keep: 'Keep',
      deleted: '🗑 Deleted Váy hoa.',
      gone: 'This product is gone',
      stopped: 'Stopped: adding a product — nothing saved.',
      usage: 'I did not understand that',
    },
  },
  '/products',
  (locale, l) => {
    it('lists nothing at first, adds by one line, and lists price, cost, margin and break-even ROAS', async () => {
      const chat = await startOwner(h, locale, 601);
      const empty = await chat.send('/products');
      expect(empty.texts[0]).toContain(l.empty);
      expect(chat.buttons(empty.sent[0])).toEqual([`➕ ${l.addButton}`]);

      const added = await chat.send(`/products ${l.add} Váy hoa 350k 140k`);
      expect(added.texts[0]).toBe(`${l.added}\n${l.vayHoa}`);
      await chat.send('/products add Áo thun 200.000 120 nghìn');
      await chat.send('/products add Mũ 100k 100k');
      expect(await presets()).toHaveLength(3);

      const list = await chat.send('/products');
      // By name as a Vietnamese reader sorts them: Á with A.
      expect(list.texts[0]).toContain(`${l.title}\n${l.aoThun}\n${l.mu}\n${l.vayHoa}`);
      expect(chat.buttons(list.sent[0])).toEqual(['✏️ Áo thun', '✏️ Mũ', '✏️ Váy hoa', `➕ ${l.addButton}`]);
    });

    it.each([
      ['Váy hoa 350k', 'missing'],
      ['Váy hoa 140k 350k', 'costAbove'],
      ['Váy hoa 0 0', 'zeroPrice'],
    ] as const)('refuses the line %s with its reason and saves nothing', async (line, reason) => {
      const chat = await startOwner(h, locale, 602);
      const reply = await chat.send(`/products ${l.add} ${line}`);
      expect(reply.texts[0]).toContain(l[reason]);
      expect(reply.texts[0]).toContain(l.example);
      expect(await presets()).toHaveLength(0);
    });

    it('refuses a duplicate name, letter case aside, and an unknown sub-command', async () => {
      const chat = await startOwner(h, locale, 603);
      await chat.send('/products add Váy hoa 350k 140k');
      const again = await chat.send('/products add váy HOA 300k 100k');
      expect(again.texts[0]).toContain(l.duplicate.replace('Váy hoa', 'váy HOA'));
      expect(await presets()).toMatchObject([{ name: 'Váy hoa', sellPrice: 350_000 }]);
      expect((await chat.send('/products list')).texts[0]).toContain(l.usage);
    });

    it('adds by buttons, re-asking each wrong answer with its reason', async () => {
      const chat = await startOwner(h, locale, 604);
      await chat.send('/products add Váy hoa 350k 140k');
      await chat.send('/products');
      const asked = await chat.press(l.addButton);
      expect(asked.texts[0]).toContain(l.askName);
      expect((await chat.send('/x')).texts.join('\n')).toContain(l.stopped);
      await chat.send('/products');
      await chat.press(l.addButton);
      // Duplicate, then a valid name.
      const dup = await chat.send('VÁY HOA');
      expect(dup.texts[0]).toContain(l.duplicate);
      expect(dup.texts[0]).toContain(l.tryAgain);
      expect((await chat.send('Áo thun')).texts[0]).toContain(l.askPrice.replace('Váy hoa', 'Áo thun'));
      expect((await chat.send('abc')).texts[0]).toContain(l.badMoney);
      expect((await chat.send('0')).texts[0]).toContain(l.zeroPrice);
      expect((await chat.send('200k')).texts[0]).toContain(
        l.askCost.replace('Váy hoa', 'Áo thun').split('(')[0]!,
      );
      expect((await chat.send('250k')).texts[0]).toContain(l.costAbove);
      const done = await chat.send('120k');
      expect(done.texts[0]).toBe(`${l.added.replace('Váy hoa', 'Áo thun')}\n${l.aoThun}`);
      expect((await presets()).map((p) => p.name).sort()).toEqual(['Váy hoa', 'Áo thun'].sort());
    });

    it('stops after three wrong answers and saves nothing', async () => {
      const chat = await startOwner(h, locale, 605);
      await chat.send('/products');
      await chat.press(l.addButton);
      await chat.send('Váy hoa');
      await chat.send('x');
      await chat.send('y');
      const last = await chat.send('z');
      expect(last.texts[0]).toContain(l.giveUp);
      expect(await presets()).toHaveLength(0);
      expect((await chat.send('/products')).texts[0]).toContain(l.empty);
    });

    it('edits the price, the cost and the name by buttons, and refuses a price under the cost', async () => {
      const chat = await startOwner(h, locale, 606);
      await chat.send('/products add Váy hoa 350k 140k');
      await chat.send('/products add Áo thun 200k 120k');
      await chat.send('/products');
      const opened = await chat.press('✏️ Váy hoa');
      expect(opened.texts[0]).toBe(l.vayHoa);
      expect(chat.buttons(opened.sent[0])).toEqual([l.name, l.price, l.cost, `🗑 ${l.del}`]);
      expect((await chat.press(l.price)).texts[0]).toContain(l.askNewPrice);
      expect((await chat.send('100k')).texts[0]).toContain(l.costAbove);
      expect((await chat.send('380k')).texts[0]).toBe(`${l.updated}\n${l.vayHoa380}`);

      await chat.send('/products');
      await chat.press('✏️ Váy hoa');
      await chat.press(new RegExp(`^${l.cost}$`));
      await chat.send('1tr');
      expect((await chat.send('150k')).texts[0]).toContain('150');

      await chat.send('/products');
      await chat.press('✏️ Váy hoa');
      await chat.press(new RegExp(`^${l.name}$`));
      expect((await chat.send('áo THUN')).texts[0]).toContain(l.duplicate.replace('Váy hoa', 'Áo thun'));
      expect((await chat.send('Váy hoa xanh')).texts[0]).toContain('Váy hoa xanh');
      expect((await presets()).find((p) => p.sellPrice === 380_000)).toMatchObject({
        name: 'Váy hoa xanh',
        cogs: 150_000,
      });
    });

    it('deletes after confirmation, keeps on Keep, and a second press changes nothing', async () => {
      const chat = await startOwner(h, locale, 607);
      await chat.send('/products add Váy hoa 350k 140k');
      await chat.send('/products');
      await chat.press('✏️ Váy hoa');
      const asked = await chat.press(`🗑 ${l.del}`);
      expect(asked.edited[0]!.text).toContain(l.confirm);
      const kept = await chat.press(l.keep);
      expect(kept.edited[0]!.text).toBe(l.vayHoa);
      await chat.press(`🗑 ${l.del}`);
      const confirmMessage = chat.lastMessage();
      const yesData = confirmMessage.keyboard.flat()[0]!.callback_data!;
      const yes = await chat.press(l.yes);
      expect(yes.edited[0]!.text).toContain(l.deleted);
      expect(await presets()).toHaveLength(0);
      // The old confirmation pressed again (a redelivery or a stale client): nothing left to delete.
      const again = await chat.pressData(yesData, confirmMessage);
      expect(again.answers).toEqual([expect.stringContaining(l.gone)]);
    });

    it('shows another owner nothing of these products, and their presses change nothing', async () => {
      const chat = await startOwner(h, locale, 608);
      await chat.send('/products add Váy hoa 350k 140k');
      const list = await chat.send('/products');
      const opened = await chat.press('✏️ Váy hoa');
      const other = await startOwner(h, locale, 609);
      expect((await other.send('/products')).texts[0]).not.toContain('Váy hoa');
      for (const message of [list.sent[0]!, opened.sent[0]!]) {
        for (const button of message.keyboard.flat()) {
          if (!button.callback_data?.startsWith('prod:')) continue;
          const press = await other.pressData(button.callback_data, message);
          expect(press.answers).toEqual([expect.stringContaining(l.gone)]);
          expect(press.sent).toEqual([]);
          expect(press.edited).toEqual([]);
        }
      }
      const yes = opened.sent[0]!.keyboard.flat().find((b) => b.callback_data?.startsWith('prod:del'))!;
      await other.pressData(yes.callback_data!.replace('prod:del', 'prod:yes'), opened.sent[0]!);
      expect(await presets()).toMatchObject([{ name: 'Váy hoa', sellPrice: 350_000, cogs: 140_000 }]);
    });
  },
);

describe('/products in the command menu and /help', () => {
  it('is named in /help', async () => {
    const chat = await startOwner(h, 'vi', 610);
    expect((await chat.send('/help')).texts[0]).toContain('/products add Váy hoa 350k 140k');
  });
});
