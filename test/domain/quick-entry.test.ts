import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/domain/format.js';
import { MAX_COUNT } from '../../src/domain/input-limits.js';
import { MONEY_EXAMPLES } from '../../src/domain/money-examples.js';
import {
  parseQuickEntry,
  positionalCuts,
  QUICK_ENTRY_FIELDS,
  type QuickEntry,
  type QuickEntryError,
  type QuickEntryResult,
} from '../../src/domain/quick-entry.js';

const TODAY = '2026-11-25';
const EXAMPLE = { orders: 15, revenue: 8_500_000, adSpend: 2_000_000, leads: 85 };

function entry(fields: Partial<QuickEntry> = {}): QuickEntryResult {
  return { kind: 'entry', entry: { date: null, ...EXAMPLE, ...fields } };
}

function error(e: QuickEntryError): QuickEntryResult {
  return { kind: 'error', error: e };
}

describe('parseQuickEntry', () => {
  describe('positional shape', () => {
    it('reads 15 8tr5 2tr 85 as orders, revenue, ad spend, leads', () => {
      expect(parseQuickEntry('15 8tr5 2tr 85', TODAY)).toEqual(entry());
    });

    it.each<[string, Partial<QuickEntry>]>([
      ['15 8,5 triệu 2tr 85', {}],
      ['3 2 củ 500k 20', { orders: 3, revenue: 2_000_000, adSpend: 500_000, leads: 20 }],
      ['5 3 triệu 2 1 triệu 30', { orders: 5, revenue: 3_200_000, adSpend: 1_000_000, leads: 30 }],
      ['15 850 nghìn 200 ngàn 85', { revenue: 850_000, adSpend: 200_000 }],
      ['15 8500000 vnd 2000000 85', {}],
      ['15 8 triệu 5 2 triệu 85', {}],
      ['15 2 triệu rưỡi 2tr 85', { revenue: 2_500_000 }],
      ['15 8,5 triệu đồng 2 triệu đ 85', {}],
      ['15 8.5 million 2 million 85', {}],
      ['15 1 tỷ 2 tr 85', { revenue: 1_000_000_000 }],
      ['hôm qua 15 8,5 triệu 2 triệu 85', { date: '2026-11-24' }],
    ])('reads the unit written apart in %j', (text, fields) => {
      expect(parseQuickEntry(text, TODAY)).toEqual(entry(fields));
    });

    it.each([
      // Digits after a unit typed together with its number start a new value: five values, not four.
      '15 8tr5 2tr 85 12',
      '15 2tr 5 1tr 30',
      '15 8 triệu 2tr 5 85',
      '15 triệu 8 2tr 85',
    ])('still counts the values of %j', (text) => {
      expect(parseQuickEntry(text, TODAY)).toEqual(error({ code: 'wrong-count' }));
    });

    it.each([
      '15 8.500.000 2.000.000 85',
      '15 8,500,000 2,000,000 85',
      '15 8500000 2000000 85',
      '15 8.5tr 2tr 85',
      '15 8,5tr 2m 85',
      '15 8500k 2000k 85',
      '15 8tr5đ 2trđ 85',
      '  15   8tr5\t2tr\n85  ',
      '15, 8tr5, 2tr, 85',
      '15 8TR5 2TR 85',
      '15 8tr5 2tr 85.',
      '15\u00a08tr5\u00a02tr\u00a085',
    ])('reads %j', (text) => {
      expect(parseQuickEntry(text, TODAY)).toEqual(entry());
    });

    it('reads thousands-grouped counts', () => {
      expect(parseQuickEntry('1.200 8tr5 2tr 3,400', TODAY)).toEqual(entry({ orders: 1_200, leads: 3_400 }));
    });

    it('reads a day of zeros', () => {
      expect(parseQuickEntry('0 0 0 0', TODAY)).toEqual(
        entry({ orders: 0, revenue: 0, adSpend: 0, leads: 0 }),
      );
    });
  });

  describe('positional shape with units after the counts and dashes between values', () => {
    it.each([
      ['15 đơn 8tr5 2tr 85', {}],
      ['12 đơn 6tr 1tr5 60', { orders: 12, revenue: 6_000_000, adSpend: 1_500_000, leads: 60 }],
      ['15 8tr5 2tr 85 lead', {}],
      ['15 đơn 8tr5 2tr 85 leads', {}],
      ['15 orders 8.5m 2m 85 leads', {}],
      ['15 đơn hàng 8,5 triệu 2 triệu 85', {}],
      ['15 - 8tr5 - 2tr - 85', {}],
      ['15 – 8tr5 – 2tr – 85', {}],
      ['15 — 8 triệu rưỡi — 2tr — 85', {}],
      ['15 đơn - 8tr5 - 2tr - 85 lead', {}],
    ])('reads %j', (text, fields) => {
      expect(parseQuickEntry(text, TODAY)).toEqual(entry(fields));
    });

    it('keeps a date and a minus sign as they were', () => {
      expect(parseQuickEntry('hôm qua 15 - 8tr5 - 2tr - 85', TODAY)).toEqual(entry({ date: '2026-11-24' }));
      expect(parseQuickEntry('15 - 8tr5 - -2tr - 85', TODAY)).toEqual(
        error({ code: 'bad-value', field: 'adSpend', value: '-2tr', reason: 'negative' }),
      );
    });

    it('still names the field a labelled line leaves out', () => {
      expect(parseQuickEntry('12 đơn 60 lead', TODAY)).toEqual(
        error({ code: 'missing-field', field: 'revenue' }),
      );
      expect(parseQuickEntry('12 đơn 6tr 60', TODAY)).toEqual(error({ code: 'wrong-count' }));
    });
  });

  describe('labelled shape', () => {
    it.each([
      ['đơn 15 doanh thu 2 triệu rưỡi ads 2tr lead 85', { revenue: 2_500_000 }],
      ['orders 15 revenue 8.5m ads 2m leads 85', {}],
      ['đơn 15, doanh thu 8tr5, ads 2tr, lead 85', {}],
      ['lead 85 ads 2tr doanh thu 8tr5 đơn 15', {}],
      ['đơn: 15, doanh thu: 8tr5, ads: 2tr, lead: 85', {}],
      ['đơn:15 dt:8tr5 qc:2tr inbox:85', {}],
      ['ĐƠN 15 DOANH THU 8TR5 ADS 2TR LEAD 85', {}],
      ['don 15 doanh thu 8tr5 quang cao 2tr khach hoi 85', {}],
      ['đơn hàng 15 doanh số 8tr5 chi phí ads 2tr tin nhắn 85', {}],
      ['đh 15 dt 8tr5 qc 2tr mess 85', {}],
      ['order 15 sales 8.5m ad spend 2m inbox 85', {}],
      ['orders 15 rev 8.5m spend 2m leads 85', {}],
      ['đơn 15 doanhthu 8tr5 cp ads 2tr lead 85', {}],
      ['đơn 15 doanh thu 8,5 triệu chi ads 2 triệu lead 85', {}],
      ['đơn 15 doanh thu 8.500.000 ₫ ads 2.000.000 ₫ lead 85', {}],
      ['đơn 15\ndoanh thu 8tr5\nads 2tr\nlead 85', {}],
      ['đơn 15; doanh thu 8tr5; ads 2tr; lead 85', {}],
      ['đơn 15 doanh thu 8 triệu 5 ads 2tr lead 85', {}],
    ])('reads %j', (text, fields) => {
      expect(parseQuickEntry(text, TODAY)).toEqual(entry(fields));
    });

    it.each([
      '15 đơn, 8tr5 doanh thu, 2tr ads, 85 lead',
      '15 đơn 8tr5 doanh thu 2tr ads 85 lead',
      '15 đơn, 2 triệu rưỡi doanh thu, 2tr ads, 85 khách hỏi',
    ])('reads values written before their labels: %j', (text) => {
      const result = parseQuickEntry(text, TODAY);
      expect(result.kind).toBe('entry');
      if (result.kind === 'entry') expect(result.entry.orders).toBe(15);
    });

    it('reads labels typed with combining accents (NFD)', () => {
      expect(
        parseQuickEntry('đơn 15 doanh thu 8tr5 quảng cáo 2tr khách hỏi 85'.normalize('NFD'), TODAY),
      ).toEqual(entry());
    });
  });

  describe('date prefix', () => {
    it.each([
      ['hôm qua 15 8tr5 2tr 85', '2026-11-24'],
      ['Hôm qua: 15 8tr5 2tr 85', '2026-11-24'],
      ['hôm qua, 15 8tr5 2tr 85', '2026-11-24'],
      ['hom qua 15 8tr5 2tr 85', '2026-11-24'],
      ['qua 15 8tr5 2tr 85', '2026-11-24'],
      ['hôm kia 15 8tr5 2tr 85', '2026-11-23'],
      ['hôm nay 15 8tr5 2tr 85', '2026-11-25'],
      ['yesterday orders 15 revenue 8.5m ads 2m leads 85', '2026-11-24'],
      ['20/11 15 8tr5 2tr 85', '2026-11-20'],
      ['20-11 15 8tr5 2tr 85', '2026-11-20'],
      ['ngày 20/11 15 8tr5 2tr 85', '2026-11-20'],
      ['20/11/2026 15 8tr5 2tr 85', '2026-11-20'],
      ['2026-11-20 15 8tr5 2tr 85', '2026-11-20'],
      ['20/11 đơn 15 doanh thu 8tr5 ads 2tr lead 85', '2026-11-20'],
      ['28/5 15 8tr5 2tr 85', '2026-05-28'],
    ])('reads %j as the entry of %s', (text, date) => {
      expect(parseQuickEntry(text, TODAY)).toEqual(entry({ date }));
    });

    it.each([
      ['15 8tr5 2tr 85 hôm qua', '2026-11-24'],
      ['đơn 15 doanh thu 8tr5 ads 2tr lead 85, hôm qua', '2026-11-24'],
      ['15 8tr5 2tr 85 20/11', '2026-11-20'],
    ])('also takes the date at the end: %j', (text, date) => {
      expect(parseQuickEntry(text, TODAY)).toEqual(entry({ date }));
    });

    it('wraps a date without a year to last year in early January', () => {
      expect(parseQuickEntry('20/12 15 8tr5 2tr 85', '2026-01-05')).toEqual(entry({ date: '2025-12-20' }));
    });

    it('does not read a leading date as orders', () => {
      const result = parseQuickEntry('20/11 15 8tr5 2tr', TODAY);
      expect(result).toEqual(error({ code: 'wrong-count' }));
    });
  });

  describe('the amounts /help lists', () => {
    // Worked by hand; every form /help shows must be here.
    const VALUES: Record<string, number> = {
      '8500000': 8_500_000,
      '8.500.000': 8_500_000,
      '8,500,000': 8_500_000,
      '8500000 đ': 8_500_000,
      '8500000 vnd': 8_500_000,
      '8tr5': 8_500_000,
      '8.5m': 8_500_000,
      '8,5 triệu': 8_500_000,
      '8.5 million': 8_500_000,
      '3 triệu 2': 3_200_000,
      '850k': 850_000,
      '850 nghìn': 850_000,
      '850 thousand': 850_000,
      '2 củ': 2_000_000,
      '1 tỷ': 1_000_000_000,
      '1 billion': 1_000_000_000,
    };
    const forms = (['vi', 'en'] as const).flatMap((locale) =>
      MONEY_EXAMPLES[locale].map((form) => [locale, form]),
    );

    it.each(forms)('knows the value of the %s form %j', (_, form) => {
      expect(VALUES[form]).toBeDefined();
    });

    it.each(forms)('reads the %s form %j in the four-number line and the labelled one', (_, form) => {
      const value = VALUES[form]!;
      const expected = entry({ revenue: value, adSpend: value });
      expect(parseQuickEntry(`15 ${form} ${form} 85`, TODAY)).toEqual(expected);
      expect(parseQuickEntry(`đơn 15 doanh thu ${form} ads ${form} lead 85`, TODAY)).toEqual(expected);
      expect(parseQuickEntry(`orders 15 revenue ${form} ads ${form} leads 85`, TODAY)).toEqual(expected);
    });
  });

  describe('errors', () => {
    it.each<[string, QuickEntryError]>([
      ['15 8tr5 2tr', { code: 'wrong-count' }],
      ['15 8tr5 2tr 85 12', { code: 'wrong-count' }],
      ['15', { code: 'wrong-count' }],
      ['20/11', { code: 'wrong-count' }],
      ['15 8 500 000 2tr', { code: 'wrong-count' }],
      ['15 đơn 8tr5', { code: 'wrong-count' }],
      ['15 abc 2tr 85', { code: 'bad-value', field: 'revenue', value: 'abc', reason: 'invalid' }],
      ['abc 8tr5 2tr 85', { code: 'bad-value', field: 'orders', value: 'abc', reason: 'invalid' }],
      ['2.5 8tr5 2tr 85', { code: 'bad-value', field: 'orders', value: '2.5', reason: 'fraction' }],
      ['15 8tr5 -2tr 85', { code: 'bad-value', field: 'adSpend', value: '-2tr', reason: 'negative' }],
      ['15 8tr5 2tr 85k', { code: 'bad-value', field: 'leads', value: '85k', reason: 'invalid' }],
      ['15 2000 tỷ 2tr 85', { code: 'bad-value', field: 'revenue', value: '2000 tỷ', reason: 'too-large' }],
      ['15 2000tỷ 2tr 85', { code: 'bad-value', field: 'revenue', value: '2000tỷ', reason: 'too-large' }],
      ['15 1.2345k 2tr 85', { code: 'bad-value', field: 'revenue', value: '1.2345k', reason: 'fraction' }],
      ['15 8tr5k 2tr 85', { code: 'bad-value', field: 'revenue', value: '8tr5k', reason: 'invalid' }],
      [
        '20000000 8tr5 2tr 85',
        { code: 'bad-value', field: 'orders', value: '20000000', reason: 'too-large' },
      ],
      [
        'đơn 15 doanh thu 8 triệu abc ads 2tr lead 85',
        { code: 'bad-value', field: 'revenue', value: '8 triệu abc', reason: 'invalid' },
      ],
      [
        'đơn 15 doanh thu ads 2tr lead 85',
        { code: 'bad-value', field: 'revenue', value: '', reason: 'empty' },
      ],
      ['đơn 15 doanh thu 8tr5 ads 2tr', { code: 'missing-field', field: 'leads' }],
      ['doanh thu 8tr5 ads 2tr', { code: 'missing-field', field: 'orders' }],
      ['đơn 15 doanh thu 8tr5 ads 2tr đơn 16', { code: 'duplicate-field', field: 'orders' }],
      ['đơn 15 dt 8tr5 doanh thu 8tr5 ads 2tr lead 85', { code: 'duplicate-field', field: 'revenue' }],
      ['31/02 15 8tr5 2tr 85', { code: 'bad-date', reason: 'invalid-date' }],
      ['26/11/2026 15 8tr5 2tr 85', { code: 'bad-date', reason: 'future-date' }],
      ['2027-01-01 15 8tr5 2tr 85', { code: 'bad-date', reason: 'future-date' }],
      // A date without a year is its nearest occurrence: 30/11 typed on 25/11 is ahead, never last year.
      ['30/11 15 8tr5 2tr 85', { code: 'bad-date', reason: 'future-date' }],
      ['ngày mai 15 8tr5 2tr 85', { code: 'bad-date', reason: 'future-date' }],
    ])('answers %j with %o', (text, e) => {
      expect(parseQuickEntry(text, TODAY)).toEqual(error(e));
    });
  });

  describe('text that is not an entry', () => {
    it.each(['hello', 'cảm ơn', 'hôm qua', '', '   ', 'đơn doanh thu', '/start', '/week 47', '👍'])(
      'leaves %j alone',
      (text) => {
        expect(parseQuickEntry(text, TODAY)).toEqual({ kind: 'not-entry' });
      },
    );
  });

  describe('properties', () => {
    const day = fc.record({
      orders: fc.integer({ min: 0, max: MAX_COUNT }),
      revenue: fc.integer({ min: 0, max: 1e12 }),
      adSpend: fc.integer({ min: 0, max: 1e12 }),
      leads: fc.integer({ min: 0, max: MAX_COUNT }),
    });

    it('reads back a positional line built from formatted money', () => {
      fc.assert(
        fc.property(day, fc.constantFrom('vi' as const, 'en' as const), (d, locale) => {
          const money = (n: number) => formatMoney(n, locale).replace(' ', '');
          const text = `${d.orders} ${money(d.revenue)} ${money(d.adSpend)} ${d.leads}`;
          expect(parseQuickEntry(text, TODAY)).toEqual({ kind: 'entry', entry: { date: null, ...d } });
        }),
      );
    });

    it('reads back a labelled line in any order, with spaced money', () => {
      const labels = {
        orders: 'đơn',
        revenue: 'doanh thu',
        adSpend: 'quảng cáo',
        leads: 'khách hỏi',
      } as const;
      fc.assert(
        fc.property(day, fc.shuffledSubarray([...QUICK_ENTRY_FIELDS], { minLength: 4 }), (d, order) => {
          const text = order
            .map((field) => {
              const value =
                field === 'revenue' || field === 'adSpend' ? formatMoney(d[field], 'vi') : d[field];
              return `${labels[field]} ${value}`;
            })
            .join(', ');
          expect(parseQuickEntry(text, TODAY)).toEqual({ kind: 'entry', entry: { date: null, ...d } });
        }),
      );
    });

    const ENTRY_PIECES = [
      '15',
      '8tr5',
      '2tr',
      '85',
      '2 triệu rưỡi',
      '8.500.000',
      '₫',
      'đơn',
      'doanh thu',
      'ads',
      'lead',
      'hôm qua',
      '20/11',
      '31/02',
      ':',
      ',',
      ';',
      ' ',
      '\n',
      '-',
      'abc',
      '/',
      '.',
    ];
    const entrySoup = fc
      .array(fc.constantFrom(...ENTRY_PIECES), { maxLength: 14 })
      .map((parts) => parts.join(' '));
    const ERROR_CODES = ['wrong-count', 'bad-value', 'missing-field', 'duplicate-field', 'bad-date'];

    it('never finds two ways of cutting one line', () => {
      const word = fc.constantFrom(
        '15',
        '8',
        '8,5',
        '2tr',
        '8tr5',
        'triệu',
        'tr',
        'k',
        'củ',
        'rưỡi',
        'vnd',
        'đ',
        '5',
        '200',
      );
      fc.assert(
        fc.property(fc.array(word, { minLength: 4, maxLength: 10 }), (words) => {
          expect(positionalCuts(words).length).toBeLessThanOrEqual(1);
        }),
        { numRuns: 5000 },
      );
    });

    it.each([
      ['any string', fc.string()],
      ['any unicode string', fc.string({ unit: 'binary' })],
      ['entry-ish token soup', entrySoup],
    ])('never throws on %s and returns a known result', (_, arbitrary) => {
      fc.assert(
        fc.property(arbitrary, (text) => {
          const result = parseQuickEntry(text, TODAY);
          if (result.kind === 'error') expect(ERROR_CODES).toContain(result.error.code);
          else if (result.kind === 'entry') {
            for (const field of QUICK_ENTRY_FIELDS)
              expect(Number.isSafeInteger(result.entry[field])).toBe(true);
            if (result.entry.date !== null) expect(result.entry.date <= TODAY).toBe(true);
          } else expect(result.kind).toBe('not-entry');
          if (!/[0-9]/.test(text.normalize('NFKD'))) expect(result.kind).toBe('not-entry');
        }),
        { numRuns: 2000 },
      );
    });
  });
});
