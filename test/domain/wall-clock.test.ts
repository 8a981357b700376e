import { describe, expect, it } from 'vitest';
import { wallClockAt } from '../../src/domain/wall-clock.js';

describe('wallClockAt', () => {
  it('reads the local date, time and offset of a zone at an instant', () => {
    // 16:59:30 UTC is 23:59 in Hanoi (UTC+7), seconds dropped.
    expect(wallClockAt(Date.parse('2026-11-28T16:59:30Z'), 'Asia/Ho_Chi_Minh')).toEqual({
      date: '2026-11-28',
      time: '23:59',
      offsetMinutes: 420,
    });
    // One minute later the day has turned there, while it is still the 28th in UTC.
    expect(wallClockAt(new Date('2026-11-28T17:00:00Z'), 'Asia/Ho_Chi_Minh')).toEqual({
      date: '2026-11-29',
      time: '00:00',
      offsetMinutes: 420,
    });
  });

  it('gives half-hour offsets and zones west of UTC', () => {
    expect(wallClockAt(Date.parse('2026-01-01T00:10:00Z'), 'Asia/Kolkata')).toEqual({
      date: '2026-01-01',
      time: '05:40',
      offsetMinutes: 330,
    });
    expect(wallClockAt(Date.parse('2026-01-01T03:00:00Z'), 'America/New_York')).toEqual({
      date: '2025-12-31',
      time: '22:00',
      offsetMinutes: -300,
    });
  });

  it('follows a clock change: New York moves from UTC−5 to UTC−4 at 02:00 on 8 March 2026', () => {
    expect(wallClockAt(Date.parse('2026-03-08T06:59:00Z'), 'America/New_York')).toMatchObject({
      time: '01:59',
      offsetMinutes: -300,
    });
    expect(wallClockAt(Date.parse('2026-03-08T07:00:00Z'), 'America/New_York')).toMatchObject({
      time: '03:00',
      offsetMinutes: -240,
    });
  });

  it('writes midnight as 00 and keeps four-digit years', () => {
    expect(wallClockAt(Date.parse('2026-06-01T00:00:00Z'), 'UTC')).toEqual({
      date: '2026-06-01',
      time: '00:00',
      offsetMinutes: 0,
    });
    const yearNine = new Date(0);
    yearNine.setUTCFullYear(9, 4, 6);
    yearNine.setUTCHours(12, 0, 0, 0);
    expect(wallClockAt(yearNine, 'UTC')).toEqual({ date: '0009-05-06', time: '12:00', offsetMinutes: 0 });
  });

  it('answers each zone and each second afresh, however close the calls', () => {
    // Hanoi kept local mean time until 1906: UTC+7:06:30, so the local minute turns 30 s into a UTC minute.
    expect(wallClockAt(Date.parse('1900-01-01T00:00:10Z'), 'Asia/Ho_Chi_Minh').time).toBe('07:06');
    expect(wallClockAt(Date.parse('1900-01-01T00:00:40Z'), 'Asia/Ho_Chi_Minh').time).toBe('07:07');
    // The same instant in two zones.
    const at = Date.parse('2026-11-28T17:00:00Z');
    expect(wallClockAt(at, 'Asia/Ho_Chi_Minh').date).toBe('2026-11-29');
    expect(wallClockAt(at, 'Europe/London').date).toBe('2026-11-28');
    expect(wallClockAt(at, 'Asia/Ho_Chi_Minh').date).toBe('2026-11-29');
  });
});
