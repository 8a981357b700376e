import { describe, expect, it } from 'vitest';
import {
  type EntryDateError,
  looksLikeEntryDate,
  parseEntryDate,
  readDate,
} from '../../src/domain/entry-date.js';

const TODAY = '2026-11-25';

describe('parseEntryDate', () => {
  // 00:30 on 26/11 with the day closing at 04:00: the books day is the 25th, the calendar day the 26th.
  it.each([
    ['hôm nay', '2026-11-25'],
    ['hôm qua', '2026-11-24'],
    ['26/11', '2026-11-26'],
    ['2026-11-26', '2026-11-26'],
    ['25/11', '2026-11-25'],
  ])('reads %s from the books day, up to the calendar day, as %s', (text, expected) => {
    expect(parseEntryDate(text, TODAY, '2026-11-26')).toEqual({ ok: true, value: expected });
  });

  it.each(['ngày mai', 'mai', 'tomorrow', '27/11', '2026-11-27'])(
    'refuses %s before the day closes: a day word after the books day, a date after the calendar day',
    (text) => {
      expect(parseEntryDate(text, TODAY, '2026-11-26')).toEqual({ ok: false, error: 'future-date' });
    },
  );

  it.each([
    ['hôm nay', '2026-11-25'],
    ['Hôm nay', '2026-11-25'],
    ['hom nay', '2026-11-25'],
    ['today', '2026-11-25'],
    ['nay', '2026-11-25'],
    ['hôm qua', '2026-11-24'],
    ['HÔM QUA', '2026-11-24'],
    ['hom  qua', '2026-11-24'],
    ['yesterday', '2026-11-24'],
    ['Yesterday', '2026-11-24'],
    ['qua', '2026-11-24'],
    ['hôm kia', '2026-11-23'],
    ['day before yesterday', '2026-11-23'],
  ])('reads %s as %s', (text, expected) => {
    expect(parseEntryDate(text, TODAY)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['20/11', '2026-11-20'],
    ['20-11', '2026-11-20'],
    ['25/11', '2026-11-25'],
    ['27/5', '2026-05-27'],
    ['ngày 20/11', '2026-11-20'],
    ['20/11/2026', '2026-11-20'],
    ['20-11-2026', '2026-11-20'],
    ['20/11/26', '2026-11-20'],
    ['2026-11-20', '2026-11-20'],
    ['2026-1-5', '2026-01-05'],
    ['1/1/2020', '2020-01-01'],
  ])('reads %s as %s', (text, expected) => {
    expect(parseEntryDate(text, TODAY)).toEqual({ ok: true, value: expected });
  });

  it('reads a date without a year as its nearest occurrence, past or future', () => {
    // 28/12 typed on 5 January: 8 days back, 357 ahead.
    expect(parseEntryDate('28/12', '2027-01-05')).toEqual({ ok: true, value: '2026-12-28' });
    // 1/12 typed on 29 November: 2 days ahead, 363 back: not come yet, never last year.
    expect(parseEntryDate('1/12', '2026-11-29')).toEqual({ ok: false, error: 'future-date' });
    expect(parseEntryDate('30/11', '2026-11-29')).toEqual({ ok: false, error: 'future-date' });
    // 5/1 typed on 25 November: 41 days ahead, 324 back.
    expect(parseEntryDate('5/1', TODAY)).toEqual({ ok: false, error: 'future-date' });
    // 25/5 typed on 24 November 2026: 183 days back, 182 ahead.
    expect(readDate('25/5', '2026-11-24')).toEqual({ ok: true, value: '2027-05-25' });
    // 24/5 typed on 23 November 2027, with the leap day between: 183 days either way, the past one wins.
    expect(readDate('24/5', '2027-11-23')).toEqual({ ok: true, value: '2027-05-24' });
  });

  it('reads days after today as such before refusing them', () => {
    expect(readDate('ngày mai', TODAY)).toEqual({ ok: true, value: '2026-11-26' });
    expect(readDate('1/12', '2026-11-29')).toEqual({ ok: true, value: '2026-12-01' });
    expect(readDate('31/02', TODAY)).toEqual({ ok: false, error: 'invalid-date' });
  });

  it('crosses the year for yesterday on 1 January', () => {
    expect(parseEntryDate('hôm qua', '2026-01-01')).toEqual({ ok: true, value: '2025-12-31' });
  });

  it.each([
    ['29/02', '2028-03-01', '2028-02-29'],
    ['29/02', '2028-02-29', '2028-02-29'],
    ['29/02', '2025-08-01', '2024-02-29'],
    ['hôm qua', '2028-03-01', '2028-02-29'],
    ['29/02/2028', '2028-03-01', '2028-02-29'],
  ])('reads the leap day %s on %s as %s', (text, today, expected) => {
    expect(parseEntryDate(text, today)).toEqual({ ok: true, value: expected });
  });

  it('refuses a leap day whose nearest occurrence is ahead', () => {
    expect(parseEntryDate('29/02', '2028-02-28')).toEqual({ ok: false, error: 'future-date' });
    expect(parseEntryDate('29/02', '2027-03-01')).toEqual({ ok: false, error: 'future-date' });
  });

  it.each<[string, EntryDateError]>([
    ['31/02', 'invalid-date'],
    ['30/02', 'invalid-date'],
    ['31/04', 'invalid-date'],
    ['0/5', 'invalid-date'],
    ['32/1', 'invalid-date'],
    ['1/13', 'invalid-date'],
    ['29/02/2026', 'invalid-date'],
    ['2026-02-30', 'invalid-date'],
    ['20/11/202', 'invalid-date'],
    ['tomorrow', 'future-date'],
    ['Ngày mai', 'future-date'],
    ['mai', 'future-date'],
    ['26/11', 'future-date'],
    ['05/01', 'future-date'],
    ['20.11', 'invalid-date'],
    ['', 'invalid-date'],
    ['26/11/2026', 'future-date'],
    ['2027-01-01', 'future-date'],
    ['1/1/27', 'future-date'],
  ])('refuses %j with %s', (text, error) => {
    expect(parseEntryDate(text, TODAY)).toEqual({ ok: false, error });
  });
});

describe('looksLikeEntryDate', () => {
  it.each(['hôm qua', 'today', '20/11', '31/02', '2026-11-20', 'ngày 20/11', 'qua'])(
    'sees a date in %s',
    (text) => {
      expect(looksLikeEntryDate(text)).toBe(true);
    },
  );

  it.each(['15', '8tr5', '8.500.000', '-5', 'đơn', '2026', '20/11/2026/1'])('sees no date in %s', (text) => {
    expect(looksLikeEntryDate(text)).toBe(false);
  });
});
