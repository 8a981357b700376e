import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/domain/format.js';
import {
  type CountParseError,
  MAX_COUNT,
  MAX_MONEY_VND,
  type MoneyParseError,
  parseCount,
  parseMoney,
} from '../../src/domain/money.js';

const MONEY_ERRORS: readonly MoneyParseError[] = ['empty', 'invalid', 'negative', 'too-large', 'fraction'];
const COUNT_ERRORS: readonly CountParseError[] = ['empty', 'invalid', 'negative', 'fraction', 'too-large'];

/** Money-ish pieces, so random soups often come close to real input. */
const MONEY_PIECES = [
  '0',
  '1',
  '5',
  '8',
  '85',
  '500',
  '000',
  '.',
  ',',
  '..',
  ' ',
  '\u00a0',
  '\u202f',
  '-',
  '−',
  'k',
  'K',
  'tr',
  'TR',
  'triệu',
  'trieu',
  'm',
  'củ',
  'tỷ',
  'ty',
  'tỉ',
  'nghìn',
  'ngàn',
  'rưỡi',
  'đ',
  '₫',
  'vnd',
  'VNĐ',
  'đồng',
  'e',
  'x',
  '/',
  ':',
];
const moneySoup = fc.string({ unit: fc.constantFrom(...MONEY_PIECES), maxLength: 12 });

describe('parseMoney', () => {
  it.each([
    ['8500000', 8_500_000],
    ['8.500.000', 8_500_000],
    ['8,500,000', 8_500_000],
    ['8.500.000đ', 8_500_000],
    ['8500000 vnd', 8_500_000],
    ['8tr5', 8_500_000],
    ['8.5tr', 8_500_000],
    ['8,5tr', 8_500_000],
    ['8,5 triệu', 8_500_000],
    ['2 triệu rưỡi', 2_500_000],
    ['850k', 850_000],
    ['850 nghìn', 850_000],
    ['850 ngàn', 850_000],
    ['1.2m', 1_200_000],
    ['2 củ', 2_000_000],
    ['1 tỷ', 1_000_000_000],
    ['1ty2', 1_200_000_000],
    ['8.500.000 ₫', 8_500_000],
    ['8,500,000 ₫', 8_500_000],
  ])('reads %s as %d (a form docs/product.md lists)', (input, expected) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['8.500.000\u00a0₫', 'a no-break space'],
    ['8,500,000\u202f₫', 'a narrow no-break space'],
    ['8.500.000\t₫', 'a tab'],
    ['  8.500.000   ₫  ', 'surrounding spaces'],
    ['8.500.000₫', 'no space'],
    ['\u200b8.500.000 ₫', 'a zero-width space copied from a chat'],
  ])('reads the bot’s own output with %j (%s)', (input) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: 8_500_000 });
  });

  it.each([
    ['8TR5', 8_500_000],
    ['850K', 850_000],
    ['1.2M', 1_200_000],
    ['8 Triệu', 8_000_000],
    ['1 TỶ', 1_000_000_000],
    ['8500000 VND', 8_500_000],
  ])('ignores case: %s is %d', (input, expected) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['8,5 trieu', 8_500_000],
    ['850 nghin', 850_000],
    ['850 ngan', 850_000],
    ['1 ty', 1_000_000_000],
    ['1 tỉ', 1_000_000_000],
    ['1 ti', 1_000_000_000],
    ['1ti5', 1_500_000_000],
    ['2 cu', 2_000_000],
    ['2 trieu ruoi', 2_500_000],
    ['2 triệu rưởi', 2_500_000],
    ['850000 dong', 850_000],
    ['850000 đồng', 850_000],
    ['850000 VND', 850_000],
    ['850000 vnđ', 850_000],
    ['850000d', 850_000],
    ['850kđ', 850_000],
    ['₫ 850.000', 850_000],
    ['VND 850000', 850_000],
  ])('reads the unaccented or variant spelling %s as %d', (input, expected) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: expected });
  });

  it('reads text typed with combining accents (NFD) like precomposed text', () => {
    expect(parseMoney('8,5 triệu'.normalize('NFD'))).toEqual({ ok: true, value: 8_500_000 });
  });

  it('reads full-width digits', () => {
    expect(parseMoney('８５０ｋ')).toEqual({ ok: true, value: 850_000 });
  });

  it.each([
    ['8tr5', 8_500_000],
    ['8tr50', 8_500_000],
    ['8tr05', 8_050_000],
    ['8tr500', 8_500_000],
    ['8tr005', 8_005_000],
    ['8tr123456', 8_123_456],
    ['1ty2', 1_200_000_000],
    ['1ty25', 1_250_000_000],
    ['850k5', 850_500],
    ['8 triệu 5', 8_500_000],
    ['1m2', 1_200_000],
    ['2củ3', 2_300_000],
  ])('continues a unit with the digits after it: %s = %d', (input, expected) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['2 triệu rưỡi', 2_500_000],
    ['8tr rưỡi', 8_500_000],
    ['1 tỷ rưỡi', 1_500_000_000],
    ['5k rưỡi', 5_500],
    ['2 triệu rưỡi đồng', 2_500_000],
  ])('adds half a unit for rưỡi: %s = %d', (input, expected) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['0', 0],
    ['0đ', 0],
    ['0k', 0],
    ['0 ₫', 0],
    ['0.5k', 500],
    ['007', 7],
    ['1,000', 1_000],
    ['999', 999],
    ['1.000.000.000.000', MAX_MONEY_VND],
    ['1000 tỷ', MAX_MONEY_VND],
  ])('reads %s as %d', (input, expected) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: expected });
  });

  it('reads a decimal before a unit as a decimal point even with three digits after it', () => {
    expect(parseMoney('1.500k')).toEqual({ ok: true, value: 1_500 });
  });

  it.each<[string, MoneyParseError]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u00a0', 'empty'],
    ['abc', 'invalid'],
    ['1e9', 'invalid'],
    ['12..5', 'invalid'],
    ['12.5', 'invalid'],
    ['1,5', 'invalid'],
    ['1.23.4', 'invalid'],
    ['8.500,000', 'invalid'],
    ['8,500.000', 'invalid'],
    ['85.00.000', 'invalid'],
    ['8.500.00', 'invalid'],
    ['0.500', 'invalid'],
    ['8tr5k', 'invalid'],
    ['8tr tr', 'invalid'],
    ['1tr200k', 'invalid'],
    ['8.5tr5', 'invalid'],
    ['8.5tr rưỡi', 'invalid'],
    ['8tr5 rưỡi', 'invalid'],
    ['2 rưỡi', 'invalid'],
    ['rưỡi', 'invalid'],
    ['k', 'invalid'],
    ['đ', 'invalid'],
    ['₫ 5 ₫', 'invalid'],
    ['8 500 000', 'invalid'],
    ['8 tr 5 6', 'invalid'],
    ['8tr5.', 'invalid'],
    ['8.500.000.', 'invalid'],
    ['.5tr', 'invalid'],
    ['5-3', 'invalid'],
    ['--5', 'invalid'],
    ['+5', 'invalid'],
    ['$5', 'invalid'],
    ['5 trăm', 'invalid'],
    ['20/11', 'invalid'],
    ['-abc', 'invalid'],
    ['-5', 'negative'],
    ['−5', 'negative'],
    ['-8tr5', 'negative'],
    ['- 700.000 ₫', 'negative'],
    ['1.000.000.000.001', 'too-large'],
    ['1000000000001', 'too-large'],
    ['1001 tỷ', 'too-large'],
    ['999999999999999999999999999', 'too-large'],
    ['1.2345k', 'fraction'],
    ['0.0001k', 'fraction'],
    ['8tr1234567', 'fraction'],
  ])('refuses %j with %s', (input, error) => {
    expect(parseMoney(input)).toEqual({ ok: false, error });
  });

  it('gives the bot’s own negative output back as negative, not as garbage', () => {
    expect(parseMoney(formatMoney(-700_000, 'vi'))).toEqual({ ok: false, error: 'negative' });
  });

  describe('properties', () => {
    const amount = fc.integer({ min: 0, max: MAX_MONEY_VND });

    it('reads formatMoney output back to the same amount in both locales', () => {
      fc.assert(
        fc.property(amount, fc.constantFrom('vi' as const, 'en' as const), (n, locale) => {
          expect(parseMoney(formatMoney(n, locale))).toEqual({ ok: true, value: n });
        }),
      );
    });

    it('reads plain and grouped digits back to the same amount', () => {
      fc.assert(
        fc.property(
          amount,
          fc.constantFrom('.', ','),
          fc.constantFrom('', 'đ', ' ₫', '\u00a0₫', ' vnd'),
          (n, sep, mark) => {
            const grouped = String(n).replace(/\B(?=(\d{3})+$)/g, sep);
            expect(parseMoney(`${n}${mark}`)).toEqual({ ok: true, value: n });
            expect(parseMoney(`${grouped}${mark}`)).toEqual({ ok: true, value: n });
          },
        ),
      );
    });

    it('reads XtrY as X × 10^6 plus Y as the next decimal digits', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 999_999 }),
          fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 6 }),
          fc.constantFrom('tr', 'TR', 'm', ' triệu ', 'trieu', 'củ'),
          (x, y, unit) => {
            const expected = x * 1_000_000 + Number(y) * 10 ** (6 - y.length);
            expect(parseMoney(`${x}${unit}${y}`)).toEqual({ ok: true, value: expected });
          },
        ),
      );
    });

    it('reads X.Y with a unit like XunitY', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 999 }),
          fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 3 }),
          fc.constantFrom('k', 'tr', 'tỷ'),
          fc.constantFrom('.', ','),
          (x, y, unit, point) => {
            expect(parseMoney(`${x}${point}${y}${unit}`)).toEqual(parseMoney(`${x}${unit}${y}`));
          },
        ),
      );
    });

    it.each([
      ['any string', fc.string()],
      ['any unicode string', fc.string({ unit: 'binary' })],
      ['money-ish token soup', moneySoup],
    ])('never throws on %s and returns a whole amount or a known error', (_, arbitrary) => {
      fc.assert(
        fc.property(arbitrary, (input) => {
          const result = parseMoney(input);
          if (result.ok) {
            expect(Number.isSafeInteger(result.value)).toBe(true);
            expect(result.value).toBeGreaterThanOrEqual(0);
            expect(result.value).toBeLessThanOrEqual(MAX_MONEY_VND);
          } else {
            expect(MONEY_ERRORS).toContain(result.error);
          }
        }),
        { numRuns: 2000 },
      );
    });
  });
});

describe('parseCount', () => {
  it.each([
    ['15', 15],
    ['0', 0],
    ['85', 85],
    ['1.200', 1_200],
    ['1,200', 1_200],
    ['99.999', 99_999],
    [' 15 ', 15],
    ['2.0', 2],
    ['100000', MAX_COUNT],
    ['100.000', MAX_COUNT],
    ['１５', 15],
  ])('reads %j as %d', (input, expected) => {
    expect(parseCount(input)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, CountParseError]>([
    ['', 'empty'],
    [' ', 'empty'],
    ['abc', 'invalid'],
    ['15k', 'invalid'],
    ['1.23.4', 'invalid'],
    ['1.200,000', 'invalid'],
    ['1e3', 'invalid'],
    ['15 đơn', 'invalid'],
    ['1 200', 'invalid'],
    ['2.5', 'fraction'],
    ['2,5', 'fraction'],
    ['0.500', 'fraction'],
    ['-1', 'negative'],
    ['-0', 'negative'],
    ['-2.5', 'negative'],
    ['10000001', 'too-large'],
    ['99999999999999999999999', 'too-large'],
  ])('refuses %j with %s', (input, error) => {
    expect(parseCount(input)).toEqual({ ok: false, error });
  });

  it.each([
    ['any string', fc.string()],
    ['any unicode string', fc.string({ unit: 'binary' })],
    ['money-ish token soup', moneySoup],
  ])('never throws on %s and returns a whole count or a known error', (_, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        const result = parseCount(input);
        if (result.ok) {
          expect(Number.isSafeInteger(result.value)).toBe(true);
          expect(result.value).toBeGreaterThanOrEqual(0);
          expect(result.value).toBeLessThanOrEqual(MAX_COUNT);
        } else {
          expect(COUNT_ERRORS).toContain(result.error);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads every count back from its grouped form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_COUNT }), fc.constantFrom('.', ','), (n, sep) => {
        expect(parseCount(String(n).replace(/\B(?=(\d{3})+$)/g, sep))).toEqual({ ok: true, value: n });
      }),
    );
  });
});
