import { expect, it } from 'vitest';
import { dailyRecords } from '../../src/db/schema/index.js';
import type { Locale } from '../../src/domain/locale.js';
import { useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

const records = () => db.select().from(dailyRecords);

interface Language {
  id: number;
  save: string;
  first: string;
  second: string;
  /** Every line of the card replacing 15 8.5M 2M 85 by 20 10M 2.5M 100, worked by hand (COGS 40 %). */
  lines: string[];
  noRecord: string;
  enterButton: string;
  askOrders: string;
  alreadySaved: string;
  keepHint: string;
}

const LANGUAGES: Record<Locale, Language> = {
  vi: {
    id: 1101,
    save: 'Lưu',
    first: '15 8tr5 2tr 85',
    second: '20 10tr 2tr5 100',
    lines: [
      'Đơn: 15 → 20',
      'Doanh thu: 8.500.000 ₫ → 10.000.000 ₫',
      'Quảng cáo: 2.000.000 ₫ → 2.500.000 ₫',
      'Lead: 85 → 100',
      'AOV (giá trị đơn): 566.667 ₫ → 500.000 ₫',
      'CPL (chi phí/lead): 23.529 ₫ → 25.000 ₫',
      'CVR (tỉ lệ chốt): 17,65 % → 20,00 %',
      'ROAS: 4,25 → 4,00 · hòa vốn 1,67 ✅ có lãi',
      'Lãi ròng: 3.100.000 ₫ → 3.500.000 ₫',
    ],
    noRecord: 'Ngày 20/11/2026 chưa có số liệu.',
    enterButton: '✏️ Nhập số liệu ngày này',
    askOrders: 'Ngày 20/11/2026 có bao nhiêu đơn?',
    alreadySaved:
      'Ngày 24/11/2026 đã có số liệu. Nhập lại từng số, hoặc gõ . để giữ số đã lưu; chỉ thay khi bấm Lưu.',
    keepHint: '15',
  },
  en: {
    id: 1102,
    save: 'Save',
    first: '15 8.5m 2m 85',
    second: '20 10m 2.5m 100',
    lines: [
      'Orders: 15 → 20',
      'Revenue: 8,500,000 ₫ → 10,000,000 ₫',
      'Ad spend: 2,000,000 ₫ → 2,500,000 ₫',
      'Leads: 85 → 100',
      'AOV (order value): 566,667 ₫ → 500,000 ₫',
      '23,529 ₫ → 25,000 ₫',
      '17.65% → 20.00%',
      'ROAS: 4.25 → 4.00 · break-even 1.67 ✅ profitable',
      'Net profit: 3,100,000 ₫ → 3,500,000 ₫',
    ],
    noRecord: 'Fri 20 Nov 2026 has no numbers yet.',
    enterButton: '✏️ Enter this day',
    askOrders: 'How many orders on Fri 20 Nov 2026?',
    alreadySaved:
      'Tue 24 Nov 2026 already has numbers. Type each one again, or . to keep the saved one; nothing changes until you press Save.',
    keepHint: '15',
  },
};

forEachLanguage(LANGUAGES, 'a card replacing a saved day', (locale, lang) => {
  it('shows old → new on every line, ROAS and net profit included', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send(lang.first);
    await chat.press(lang.save);
    const card = (await chat.send(lang.second)).texts[0]!;
    for (const line of lang.lines) expect(card).toContain(line);
    await chat.press(lang.save);
    expect(await records()).toMatchObject([{ orders: 20, revenue: 10_000_000, netProfit: 3_500_000 }]);
  });

  it('/edit of a day without a record says so and offers to enter it', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const reply = await chat.send('/edit 20/11');
    expect(reply.texts).toEqual([lang.noRecord]);
    expect(chat.buttons(reply.sent[0])).toEqual([lang.enterButton]);
    const pressed = await chat.press(lang.enterButton, reply.sent[0]);
    expect(pressed.texts[0]).toContain(lang.askOrders);
    await chat.send('15');
    await chat.send('8tr5');
    await chat.send('2tr');
    await chat.send('85');
    await chat.press(lang.save);
    expect(await records()).toMatchObject([{ recordDate: '2026-11-20', orders: 15 }]);
  });

  it('/edit without a date: a picked day without a record says so and offers to enter it', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send('/edit');
    const reply = await chat.send('20/11');
    expect(reply.texts).toEqual([lang.noRecord]);
    expect(chat.buttons(reply.sent[0])).toEqual([lang.enterButton]);
    const pressed = await chat.press(lang.enterButton, reply.sent[0]);
    expect(pressed.texts[0]).toContain(lang.askOrders);
    expect(await records()).toEqual([]);
  });

  it('/today on a day already saved says so and lets . keep each saved value', async () => {
    const chat = await startOwner(h, locale, lang.id);
    await chat.send(lang.first);
    await chat.press(lang.save);
    const asked = await chat.send('/today');
    expect(asked.texts[0]).toBe(lang.alreadySaved);
    // The first question shows the saved value that `.` keeps.
    expect(asked.texts[1]).toContain(lang.keepHint);
    await chat.send('20');
    await chat.send('.');
    await chat.send('.');
    const card = await chat.send('.');
    expect(card.texts[0]).toContain(lang.lines[0]);
    await chat.press(lang.save);
    expect(await records()).toMatchObject([
      { orders: 20, revenue: 8_500_000, adSpend: 2_000_000, leads: 85 },
    ]);
  });
});
