import { describe, expect, it } from 'vitest';
import { shops } from '../../src/db/schema/index.js';
import { onboard, onboardEnglishOwner, useBotHarness } from '../support/bot-harness.js';

// A shop name that reads as a day's numbers or as a command is refused with the reason; the flow asks again.

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

const shopNames = async () => (await db.select().from(shops)).map((s) => s.name).sort();

describe('the name of a new shop', () => {
  it('Vietnamese: a quick entry or a line of numbers is refused, a name with a number is kept', async () => {
    const chat = h.user({ id: 901, first_name: 'Hoa', language_code: 'vi' });
    await onboard(chat, { shopName: 'Hoa Mai Shop' });
    await chat.send('/shop');
    await chat.press('Thêm cửa hàng');
    const entry = await chat.send('hôm qua 5 2tr5 1tr 30');
    expect(entry.texts).toEqual([
      '“hôm qua 5 2tr5 1tr 30” đọc như số liệu một ngày (đơn, doanh thu, quảng cáo, lead), không giống tên cửa hàng.\n' +
        'Cửa hàng mới tên gì?\nVui lòng nhập lại (2 lần thử còn lại).',
    ]);
    const numbers = await chat.send('15 8tr5 2tr');
    expect(numbers.texts[0]).toContain('“15 8tr5 2tr” đọc như số liệu một ngày');
    const done = await chat.send('Tiệm Bánh Số 1');
    expect(done.texts[0]).toContain('40');
    await chat.press(/40/);
    expect(await shopNames()).toEqual(['Hoa Mai Shop', 'Tiệm Bánh Số 1']);
  });

  it('English: a name starting with / is refused as a command, at /start too', async () => {
    const newcomer = h.user({ id: 902, first_name: 'Anna', language_code: 'en' });
    await newcomer.send('/start');
    const slash = await newcomer.send('/ Anna Flowers');
    expect(slash.texts).toEqual([
      'A shop name cannot start with / (that is how commands are typed).\n' +
        'What is your shop called? (for example: Hoa Mai Shop)\nPlease try again (2 tries left).',
    ]);
    const entry = await newcomer.send('yesterday 5 2.5m 1m 30');
    expect(entry.texts[0]).toContain(
      "“yesterday 5 2.5m 1m 30” reads as a day's numbers (orders, revenue, ad spend, leads), not as a shop name.",
    );
    await onboardEnglishOwner(h, 903);
    expect(await shopNames()).toEqual(['Anna Flowers']);
    await newcomer.send('Shop 68');
    await newcomer.press('English');
    await newcomer.press(/40/);
    expect(await shopNames()).toEqual(['Anna Flowers', 'Shop 68']);
  });
});
