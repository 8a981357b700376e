import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatMoney,
  formatPercent,
  formatRatio,
  formatShortDate,
} from '../../src/domain/format.js';

describe('formatMoney', () => {
  it.each([
    [8_500_000, 'vi', '8.500.000 ₫'],
    [8_500_000, 'en', '8,500,000 ₫'],
    [-700_000, 'vi', '-700.000 ₫'],
    [-700_000, 'en', '-700,000 ₫'],
    [0, 'vi', '0 ₫'],
    [999, 'vi', '999 ₫'],
    [1_000, 'vi', '1.000 ₫'],
    [1_000_000_000_000, 'vi', '1.000.000.000.000 ₫'],
    [1_000_000_000_000, 'en', '1,000,000,000,000 ₫'],
    [566_666.5, 'vi', '566.667 ₫'],
    [-0, 'vi', '0 ₫'],
    [-0.4, 'en', '0 ₫'],
  ] as const)('formats %d in %s as %s', (vnd, locale, expected) => {
    expect(formatMoney(vnd, locale)).toBe(expected);
  });

  it('uses a plain ASCII space and ASCII minus only', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.constantFrom('vi' as const, 'en' as const),
        (n, locale) => {
          expect(formatMoney(n, locale)).toMatch(/^-?\d{1,3}([.,]\d{3})* ₫$/);
        },
      ),
    );
  });
});

describe('formatPercent', () => {
  it.each([
    [15 / 85, 'vi', 2, '17,65 %'],
    [15 / 85, 'en', 2, '17.65%'],
    [56 / 630, 'vi', 2, '8,89 %'],
    [0.529, 'vi', 1, '52,9 %'],
    [0.25, 'vi', 0, '25 %'],
    [0.25, 'en', 2, '25.00%'],
    [12.345_67, 'vi', 2, '1.234,57 %'],
    [12.345_67, 'en', 2, '1,234.57%'],
    [-0.118, 'vi', 1, '-11,8 %'],
    [0, 'en', 2, '0.00%'],
    [-0.000_01, 'vi', 2, '0,00 %'],
  ] as const)('formats %d in %s with %d digits as %s', (fraction, locale, digits, expected) => {
    expect(formatPercent(fraction, locale, digits)).toBe(expected);
  });

  it('uses two digits by default', () => {
    expect(formatPercent(0.1, 'vi')).toBe('10,00 %');
  });
});

describe('formatRatio', () => {
  it.each([
    [4.25, 'vi', '4,25'],
    [4.25, 'en', '4.25'],
    [1 / 0.6, 'vi', '1,67'],
    [1.6, 'vi', '1,60'],
    [1.005, 'en', '1.01'],
    [12_345.678, 'vi', '12.345,68'],
  ] as const)('formats %d in %s as %s', (x, locale, expected) => {
    expect(formatRatio(x, locale)).toBe(expected);
  });

  it('takes the number of digits', () => {
    expect(formatRatio(4.25, 'vi', 1)).toBe('4,3');
    expect(formatRatio(4.25, 'en', 0)).toBe('4');
  });
});

describe('formatCount', () => {
  it.each([
    [1_200, 'vi', '1.200'],
    [1_200, 'en', '1,200'],
    [15, 'vi', '15'],
    [0, 'en', '0'],
    [10_000_000, 'vi', '10.000.000'],
  ] as const)('formats %d in %s as %s', (n, locale, expected) => {
    expect(formatCount(n, locale)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    ['2026-11-20', 'vi', '20/11/2026'],
    ['2026-11-20', 'en', 'Fri 20 Nov 2026'],
    ['2026-01-05', 'vi', '05/01/2026'],
    ['2026-01-05', 'en', 'Mon 5 Jan 2026'],
    ['2028-02-29', 'en', 'Tue 29 Feb 2028'],
    ['2026-11-22', 'en', 'Sun 22 Nov 2026'],
  ] as const)('formats %s in %s as %s', (iso, locale, expected) => {
    expect(formatDate(iso, locale)).toBe(expected);
  });

  it('throws on something that is not a calendar date', () => {
    expect(() => formatDate('2026-02-30', 'vi')).toThrow(RangeError);
    expect(() => formatDate('20/11/2026', 'vi')).toThrow(RangeError);
  });
});

describe('formatShortDate', () => {
  it.each([
    ['2026-11-20', 'vi', '20/11'],
    ['2026-01-05', 'vi', '05/01'],
    ['2026-11-20', 'en', '20 Nov'],
  ] as const)('formats %s in %s as %s', (iso, locale, expected) => {
    expect(formatShortDate(iso, locale)).toBe(expected);
  });

  it('defaults to Vietnamese', () => {
    expect(formatShortDate('2026-11-20')).toBe('20/11');
  });
});
