import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  isoWeekday,
  isValidIsoDate,
  splitIsoDate,
  toIsoDate,
} from '../../src/domain/iso-date.js';

describe('daysInMonth', () => {
  it.each([
    [2026, 2, 28],
    [2028, 2, 29],
    [2000, 2, 29],
    [2100, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%d-%d has %d days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('isValidIsoDate', () => {
  it.each(['2026-11-20', '2028-02-29', '2000-02-29'])('accepts %s', (iso) => {
    expect(isValidIsoDate(iso)).toBe(true);
  });

  it.each([
    '2026-02-29',
    '2100-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-11-31',
    '2026-1-5',
    '20/11/2026',
    '',
  ])('refuses %j', (iso) => {
    expect(isValidIsoDate(iso)).toBe(false);
  });
});

describe('splitIsoDate and toIsoDate', () => {
  it('round-trips a date', () => {
    expect(splitIsoDate('2026-01-05')).toEqual({ year: 2026, month: 1, day: 5 });
    expect(toIsoDate({ year: 2026, month: 1, day: 5 })).toBe('2026-01-05');
  });
});

describe('isoWeekday', () => {
  it.each([
    ['2026-11-16', 1],
    ['2026-11-20', 5],
    ['2026-11-22', 7],
    ['2000-01-01', 6],
  ])('%s is weekday %d', (iso, weekday) => {
    expect(isoWeekday(splitIsoDate(iso)!)).toBe(weekday);
  });
});
