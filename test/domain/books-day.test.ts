import { describe, expect, it } from 'vitest';
import { booksDay } from '../../src/domain/books-day.js';

const HCM = 'Asia/Ho_Chi_Minh';

describe('booksDay', () => {
  it.each([
    // Hồ Chí Minh City is UTC+7: 2026-11-28T17:00Z is 00:00 on 29/11 there.
    ['2026-11-28T17:00:00Z', '04:00', '2026-11-28', true],
    ['2026-11-28T20:59:00Z', '04:00', '2026-11-28', true],
    ['2026-11-28T21:00:00Z', '04:00', '2026-11-29', false],
    ['2026-11-29T14:00:00Z', '04:00', '2026-11-29', false],
    ['2026-11-28T16:59:00Z', '04:00', '2026-11-28', false],
    ['2026-11-28T17:30:00Z', '00:00', '2026-11-29', false],
    ['2026-11-28T19:00:00Z', '02:00', '2026-11-29', false],
    ['2026-11-28T18:59:00Z', '02:00', '2026-11-28', true],
    ['2026-11-28T18:29:00Z', '01:30', '2026-11-28', true],
    // 1 January before 04:00 is still 31 December.
    ['2026-12-31T18:00:00Z', '04:00', '2026-12-31', true],
  ])('at %s with the day closing at %s, books %s', (instant, closesAt, date, beforeClose) => {
    expect(booksDay(new Date(instant), HCM, closesAt)).toEqual({ date, beforeClose });
  });

  it('reads the clock in the shop’s own zone', () => {
    // 2026-11-29T02:00Z is 03:00 in Paris (UTC+1) but 09:00 in Hồ Chí Minh City.
    expect(booksDay(new Date('2026-11-29T02:00:00Z'), 'Europe/Paris', '04:00')).toEqual({
      date: '2026-11-28',
      beforeClose: true,
    });
    expect(booksDay(new Date('2026-11-29T02:00:00Z'), HCM, '04:00')).toEqual({
      date: '2026-11-29',
      beforeClose: false,
    });
  });
});
