// The calendar functions, rebuilt on dayjs and Intl, against the hand-written arithmetic they replaced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatShortDate } from '../../src/domain/format.js';
import { daysInMonth, isoWeekday, requireIsoDate, toIsoDate } from '../../src/domain/iso-date.js';
import {
  addDays,
  addWeeks,
  daysBetween,
  isoWeekOf,
  localDate,
  weekBounds,
  weekDates,
} from '../../src/domain/local-date.js';
import {
  refAddDays,
  refDaysBetween,
  refDaysInMonth,
  refFormatDateEn,
  refFormatShortDateEn,
  refIsoWeekday,
  refIsoWeekOf,
} from './calendar-reference.js';

// dayjs reads years 0–99 through Date.UTC (as 1900–1999) in its ISO-week and start-of plugins, so the
// properties run from year 101; the shop's dates are all far inside that range.
const FIRST = '0101-01-01';
const DAYS_TO_9998 = refDaysBetween(FIRST, '9998-12-31');
const anyDate = fc.integer({ min: 0, max: DAYS_TO_9998 }).map((n) => refAddDays(FIRST, n));
/** Dates near today, where the bot works, and around New Year where ISO weeks change year. */
const recentDate = fc.integer({ min: 0, max: 365 * 60 }).map((n) => refAddDays('2000-01-01', n));
const newYearDate = fc
  .tuple(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: -7, max: 7 }))
  .map(([year, n]) => refAddDays(`${year}-01-01`, n));
const someDate = fc.oneof(anyDate, recentDate, newYearDate);

describe('calendar functions against the hand-written arithmetic', () => {
  it('daysInMonth and isoWeekday agree for every year 1–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        expect(daysInMonth(year, month)).toBe(refDaysInMonth(year, month));
        const last = { year, month, day: refDaysInMonth(year, month) };
        expect(isoWeekday(last)).toBe(refIsoWeekday(last));
      }),
    );
  });

  it('addDays and daysBetween agree, and round-trip', () => {
    fc.assert(
      fc.property(someDate, fc.integer({ min: -4000, max: 4000 }), (date, n) => {
        const later = refAddDays(date, n);
        fc.pre(later.length === 10 && later >= FIRST && later <= '9998-12-31');
        expect(addDays(date, n)).toBe(later);
        expect(daysBetween(date, later)).toBe(n);
        expect(daysBetween(later, date)).toBe(-n || 0);
        expect(addDays(addDays(date, n), -n)).toBe(date);
      }),
    );
  });

  it('isoWeekOf agrees, and its week holds the date Monday to Sunday', () => {
    fc.assert(
      fc.property(someDate, (date) => {
        const week = refIsoWeekOf(date);
        expect(isoWeekOf(date)).toBe(week);
        const { start, end } = weekBounds(week);
        expect(daysBetween(start, date)).toBe(refIsoWeekday(requireIsoDate(date)) - 1);
        expect(daysBetween(start, end)).toBe(6);
        expect(weekDates(week)).toContain(date);
      }),
    );
  });

  it('addWeeks moves by whole weeks both ways, across years with 52 and 53 weeks', () => {
    fc.assert(
      fc.property(fc.oneof(recentDate, newYearDate), fc.integer({ min: -200, max: 200 }), (date, n) => {
        const week = isoWeekOf(date);
        const moved = addWeeks(week, n);
        expect(moved).toBe(refIsoWeekOf(refAddDays(date, n * 7)));
        expect(addWeeks(moved, -n)).toBe(week);
      }),
    );
  });

  it('has a week 53 exactly in the years whose 28 December falls in it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 101, max: 9998 }), (year) => {
        const week53 = `${String(year).padStart(4, '0')}-W53`;
        const has53 = refIsoWeekOf(toIsoDate({ year, month: 12, day: 28 })) === week53;
        if (has53)
          expect(weekBounds(week53).start).toBe(
            refAddDays(
              toIsoDate({ year, month: 12, day: 28 }),
              1 - refIsoWeekday({ year, month: 12, day: 28 }),
            ),
          );
        else expect(() => weekBounds(week53)).toThrow(RangeError);
      }),
    );
  });

  it('formats English dates with the same names as the old tables', () => {
    fc.assert(
      fc.property(someDate, (date) => {
        expect(formatDate(date, 'en')).toBe(refFormatDateEn(date));
        expect(formatShortDate(date, 'en')).toBe(refFormatShortDateEn(date));
      }),
    );
  });
});

describe('calendar edge cases', () => {
  it.each([
    ['2020-12-31', '2020-W53'],
    ['2026-12-31', '2026-W53'],
    ['2026-12-28', '2026-W53'],
    ['2015-12-31', '2015-W53'],
    ['2016-01-03', '2015-W53'],
    ['2019-12-30', '2020-W01'],
    ['2027-12-31', '2027-W52'],
  ])('puts %s in %s', (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });

  it('formats every month and weekday name in English', () => {
    expect(weekDates('2026-W47').map((d) => formatDate(d, 'en').slice(0, 3))).toEqual([
      'Mon',
      'Tue',
      'Wed',
      'Thu',
      'Fri',
      'Sat',
      'Sun',
    ]);
    expect(
      Array.from({ length: 12 }, (_, m) =>
        formatShortDate(toIsoDate({ year: 2026, month: m + 1, day: 1 }), 'en'),
      ),
    ).toEqual([
      '1 Jan',
      '1 Feb',
      '1 Mar',
      '1 Apr',
      '1 May',
      '1 Jun',
      '1 Jul',
      '1 Aug',
      '1 Sep',
      '1 Oct',
      '1 Nov',
      '1 Dec',
    ]);
  });

  it.each([
    // The shop's day and week turn at local midnight, not at UTC midnight.
    ['2026-12-27T16:59:59Z', 'Asia/Ho_Chi_Minh', '2026-12-27', '2026-W52'],
    ['2026-12-27T17:00:00Z', 'Asia/Ho_Chi_Minh', '2026-12-28', '2026-W53'],
    ['2027-01-03T17:00:00Z', 'Asia/Ho_Chi_Minh', '2027-01-04', '2027-W01'],
    ['2027-01-04T04:59:59Z', 'America/New_York', '2027-01-03', '2026-W53'],
    // Around DST changes: 2026-03-08 (New York springs forward), 2026-10-25 (Berlin falls back).
    ['2026-03-08T04:59:59Z', 'America/New_York', '2026-03-07', '2026-W10'],
    ['2026-03-09T03:59:59Z', 'America/New_York', '2026-03-08', '2026-W10'],
    ['2026-03-09T04:00:00Z', 'America/New_York', '2026-03-09', '2026-W11'],
    ['2026-10-25T22:59:59Z', 'Europe/Berlin', '2026-10-25', '2026-W43'],
    ['2026-10-25T23:00:00Z', 'Europe/Berlin', '2026-10-26', '2026-W44'],
    ['2026-12-31T10:30:00Z', 'Pacific/Kiritimati', '2027-01-01', '2026-W53'],
    ['2027-01-01T10:59:59Z', 'Pacific/Pago_Pago', '2026-12-31', '2026-W53'],
  ])('places %s in %s on %s, in %s', (instant, tz, date, week) => {
    expect(localDate(new Date(instant), tz)).toBe(date);
    expect(isoWeekOf(localDate(new Date(instant), tz))).toBe(week);
  });

  it('agrees with Intl on the local date of any instant in several zones', () => {
    const zones = [
      'Asia/Ho_Chi_Minh',
      'UTC',
      'America/New_York',
      'Europe/Berlin',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, tz) => {
          const parts = new Intl.DateTimeFormat('en-CA', {
            timeZone: tz,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
          }).format(new Date(ms));
          expect(localDate(new Date(ms), tz)).toBe(parts);
        },
      ),
    );
  });
});
