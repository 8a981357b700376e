import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWeeks,
  daysBetween,
  isoWeekOf,
  isValidTimeZone,
  localDate,
  weekBounds,
  weekDates,
} from '../../src/domain/local-date.js';

describe('localDate', () => {
  it.each([
    ['2026-11-20T16:59:59Z', 'Asia/Ho_Chi_Minh', '2026-11-20'],
    ['2026-11-20T17:00:00Z', 'Asia/Ho_Chi_Minh', '2026-11-21'],
    ['2026-11-20T17:00:00Z', 'UTC', '2026-11-20'],
    ['2026-11-20T03:00:00Z', 'America/New_York', '2026-11-19'],
    ['2026-03-08T07:30:00Z', 'America/New_York', '2026-03-08'],
    ['2025-12-31T17:00:00Z', 'Asia/Ho_Chi_Minh', '2026-01-01'],
  ])('places %s in %s on %s', (instant, tz, expected) => {
    expect(localDate(new Date(instant), tz)).toBe(expected);
  });
});

describe('isValidTimeZone', () => {
  it.each(['Asia/Ho_Chi_Minh', 'Asia/Bangkok', 'UTC', 'Europe/Berlin'])('accepts %s', (tz) => {
    expect(isValidTimeZone(tz)).toBe(true);
  });

  it.each(['America/Argentina/Buenos_Aires', 'Etc/GMT+7'])('accepts the nested or Etc name %s', (tz) => {
    expect(isValidTimeZone(tz)).toBe(true);
  });

  it.each(['', ' ', 'Mars/Olympus', 'GMT+7 please', 'Asia/Hanoi', 'EST', 'GMT', '+07:00', ' Asia/Bangkok'])(
    'refuses %j',
    (tz) => {
      expect(isValidTimeZone(tz)).toBe(false);
    },
  );
});

describe('addDays', () => {
  it.each([
    ['2026-11-20', 1, '2026-11-21'],
    ['2026-11-20', -1, '2026-11-19'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-11-20', 0, '2026-11-20'],
    ['2026-03-28', 2, '2026-03-30'],
  ])('%s + %d days = %s', (iso, n, expected) => {
    expect(addDays(iso, n)).toBe(expected);
  });

  it('throws on a date that is not YYYY-MM-DD', () => {
    expect(() => addDays('20/11/2026', 1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it('counts whole days, negative backwards', () => {
    expect(daysBetween('2026-11-01', '2026-11-30')).toBe(29);
    expect(daysBetween('2026-12-31', '2026-01-01')).toBe(-364);
  });
});

describe('isoWeekOf', () => {
  it.each([
    ['2026-11-20', '2026-W47'],
    ['2026-11-16', '2026-W47'],
    ['2026-11-22', '2026-W47'],
    ['2026-11-23', '2026-W48'],
    ['2026-01-01', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
  ])('puts %s in %s', (iso, week) => {
    expect(isoWeekOf(iso)).toBe(week);
  });
});

describe('weekBounds', () => {
  it.each([
    ['2026-W47', '2026-11-16', '2026-11-22'],
    ['2026-W01', '2025-12-29', '2026-01-04'],
    ['2026-W53', '2026-12-28', '2027-01-03'],
    ['2020-W53', '2020-12-28', '2021-01-03'],
  ])('%s runs from Monday %s to Sunday %s', (week, start, end) => {
    expect(weekBounds(week)).toEqual({ start, end });
  });

  it.each(['2025-W53', '2026-W00', '2026-W54', '2026-47', 'W47'])('throws on %s', (week) => {
    expect(() => weekBounds(week)).toThrow(RangeError);
  });

  it('contains the date its week was taken from, Monday to Sunday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 40 }), (offset) => {
        const date = addDays('2000-01-01', offset);
        const { start, end } = weekBounds(isoWeekOf(date));
        expect(start <= date && date <= end).toBe(true);
        expect(daysBetween(start, end)).toBe(6);
        expect(new Date(`${start}T00:00:00Z`).getUTCDay()).toBe(1);
      }),
    );
  });
});

describe('weekDates', () => {
  it('lists the seven days Monday first', () => {
    expect(weekDates('2026-W47')).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
    ]);
  });
});

describe('addWeeks', () => {
  it.each([
    ['2026-W47', -1, '2026-W46'],
    ['2026-W01', -1, '2025-W52'],
    ['2026-W53', 1, '2027-W01'],
    ['2027-W01', -1, '2026-W53'],
  ])('%s %d week(s) is %s', (week, n, expected) => {
    expect(addWeeks(week, n)).toBe(expected);
  });
});
