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
    ['21h', '21:00'],
    ['9pm', '21:00'],
    ['9 PM', '21:00'],
    ['9:30pm', '21:30'],
    ['12pm', '12:00'],
    ['12am', '00:00'],
    ['7am', '07:00'],
    ['8h tối', '20:00'],
    ['8 giờ tối', '20:00'],
    ['8h30 tối', '20:30'],
    ['8g tối', '20:00'],
    ['5h chiều', '17:00'],
    ['7h30 sáng', '07:30'],
    ['12h trưa', '12:00'],
    ['1h trưa', '13:00'],
    ['10h đêm', '22:00'],
    ['12h đêm', '00:00'],
    ['1h đêm', '01:00'],
    ['9 giờ', '09:00'],
  ])('reads %s as %s', (text, expected) => {
    expect(parseClockTime(text)).toBe(expected);
  });

  it.each([
    '24:00',
    '20:60',
    '20:5',
    '2030',
    '13pm',
    '0pm',
    '21h tối',
    '',
    'abc',
    '-1:00',
    '20:30:00',
    '9',
    '20:',
    'tối',
  ])('refuses %s', (text) => {
    expect(parseClockTime(text)).toBeNull();
  });
});
