import { expect, it } from 'vitest';
import type { Locale } from '../../src/domain/locale.js';
import { MONEY_EXAMPLES } from '../../src/domain/money-examples.js';
import { useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';

const { h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

interface Language {
  id: number;
  /** A card line for orders, revenue, ad spend, leads and net profit. */
  card(orders: string, revenue: string, adSpend: string, leads: string, profit: string): string[];
  /** Groups thousands as the card does: 8.500.000 / 8,500,000. */
  group: string;
}

const LANGUAGES: Record<Locale, Language> = {
  vi: {
    id: 701,
    card: (o, r, a, l, p) => [
      `Đơn: ${o}`,
      `Doanh thu: ${r} ₫`,
      `Quảng cáo: ${a} ₫`,
      `Lead: ${l}`,
      `Lãi ròng: ${p} ₫`,
    ],
    group: '.',
  },
  en: {
    id: 702,
    card: (o, r, a, l, p) => [
      `Orders: ${o}`,
      `Revenue: ${r} ₫`,
      `Ad spend: ${a} ₫`,
      `Leads: ${l}`,
      `Net profit: ${p} ₫`,
    ],
    group: ',',
  },
};

/** Writes 8.500.000 with the language's group separator. */
const grouped = (text: string, lang: Language) => text.replaceAll('.', lang.group);

// Each line with its orders, revenue, ad spend, leads and net profit (COGS 40 % of revenue), worked by hand.
const LINES: [
  line: string,
  orders: string,
  revenue: string,
  adSpend: string,
  leads: string,
  profit: string,
][] = [
  ['15 8,5 triệu 2tr 85', '15', '8.500.000', '2.000.000', '85', '3.100.000'],
  ['3 2 củ 500k 20', '3', '2.000.000', '500.000', '20', '700.000'],
  ['5 3 triệu 2 1 triệu 30', '5', '3.200.000', '1.000.000', '30', '920.000'],
  ['15 850 nghìn 200 ngàn 85', '15', '850.000', '200.000', '85', '310.000'],
  ['15 8500000 vnd 2000000 85', '15', '8.500.000', '2.000.000', '85', '3.100.000'],
  ['orders 10 revenue 5 million ads 1m leads 50', '10', '5.000.000', '1.000.000', '50', '2.000.000'],
];

// Every form /help lists, as the revenue it stands for.
const EXAMPLE_VALUES: Record<string, string> = {
  '8500000': '8.500.000',
  '8.500.000': '8.500.000',
  '8,500,000': '8.500.000',
  '8500000 đ': '8.500.000',
  '8500000 vnd': '8.500.000',
  '8tr5': '8.500.000',
  '8,5 triệu': '8.500.000',
  '8.5m': '8.500.000',
  '8.5 million': '8.500.000',
  '3 triệu 2': '3.200.000',
  '850k': '850.000',
  '850 nghìn': '850.000',
  '850 thousand': '850.000',
  '2 củ': '2.000.000',
  '1 tỷ': '1.000.000.000',
  '1 billion': '1.000.000.000',
};

forEachLanguage(LANGUAGES, 'money forms in a quick entry', (locale, lang) => {
  it.each(LINES)('reads %s', async (line, orders, revenue, adSpend, leads, profit) => {
    const chat = await startOwner(h, locale, lang.id);
    const reply = await chat.send(line);
    for (const expected of lang.card(orders, revenue, adSpend, leads, profit)) {
      expect(reply.texts[0]).toContain(grouped(expected, lang));
    }
  });

  it('lists every money form in /help, and reads each one positional and labelled', async () => {
    const chat = await startOwner(h, locale, lang.id);
    const forms = MONEY_EXAMPLES[locale];
    const help = (await chat.send('/help')).texts[0]!;
    for (const form of forms) {
      expect(help).toContain(form);
      const revenueLine = grouped(lang.card('3', EXAMPLE_VALUES[form]!, '', '', '')[1]!, lang);
      const positional = await chat.send(`3 ${form} 500k 20`);
      expect(positional.texts[0], form).toContain(revenueLine);
      const labelled = await chat.send(`leads 20 revenue ${form} ads 500k orders 3`);
      expect(labelled.texts[0], form).toContain(revenueLine);
    }
  });
});
