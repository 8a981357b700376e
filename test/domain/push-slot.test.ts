import { describe, expect, it } from 'vitest';
import { defaultWeeklyPushTime } from '../../src/domain/push-slot.js';

describe('defaultWeeklyPushTime', () => {
  it('picks the minute after 07:00 from the id’s first 7 hex digits, modulo 180', () => {
    expect(defaultWeeklyPushTime('00000000-0000-4000-8000-000000000000')).toBe('07:00');
    // 0x000000b = 11 → 07:11
    expect(defaultWeeklyPushTime('000000b0-0000-4000-8000-000000000000')).toBe('07:11');
    // 0x0000078 = 120 → 09:00
    expect(defaultWeeklyPushTime('00000780-0000-4000-8000-000000000000')).toBe('09:00');
    // 0x00000b3 = 179, the last minute of the window
    expect(defaultWeeklyPushTime('00000b30-0000-4000-8000-000000000000')).toBe('09:59');
    // 0x00000b4 = 180 wraps to 07:00
    expect(defaultWeeklyPushTime('00000b40-0000-4000-8000-000000000000')).toBe('07:00');
    // 0xfffffff = 268,435,455 = 180 × 1,491,308 + 15 → 07:15; the 8th digit plays no part
    expect(defaultWeeklyPushTime('ffffffff-ffff-4fff-bfff-ffffffffffff')).toBe('07:15');
    expect(defaultWeeklyPushTime('FFFFFFF0-0000-4000-8000-000000000000')).toBe('07:15');
  });

  it('gives every minute of 07:00–09:59 to some id, and nothing outside it', () => {
    const slots = new Set<string>();
    for (let n = 0; n < 400; n++) {
      slots.add(defaultWeeklyPushTime(`${n.toString(16).padStart(7, '0')}0-0000-4000-8000-000000000000`));
    }
    expect(slots.size).toBe(180);
    expect([...slots].sort()[0]).toBe('07:00');
    expect([...slots].sort().at(-1)).toBe('09:59');
  });

  it('refuses an id that does not start with 7 hex digits', () => {
    expect(() => defaultWeeklyPushTime('shop-1')).toThrow(RangeError);
  });
});
