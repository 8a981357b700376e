import { describe, expect, it } from 'vitest';
import { parseClockTime } from '../../src/domain/clock-time.js';

describe('parseClockTime', () => {
  it.each([
    ['20:30', '20:30'],
    ['8:05', '08:05'],
    ['00:00', '00:00'],
    ['23:59', '23:59'],
    ['20h30', '20:30'],
    ['20h', '20:00'],
    [' 9H15 ', '09:15'],
  ])('reads %s as %s', (text, expected) => {
    expect(parseClockTime(text)).toBe(expected);
  });

  it.each(['24:00', '20:60', '20:5', '2030', '8pm', '', 'abc', '-1:00', '20:30:00'])('refuses %s', (text) => {
    expect(parseClockTime(text)).toBeNull();
  });
});
