import { describe, expect, it } from 'vitest';
import {
  CATCH_UP_MS,
  isTooLate,
  REMINDER_JOB,
  reminderSlot,
  WEEKLY_PUSH_JOB,
  weeklyPushSlot,
  zonedInstant,
} from '../../src/jobs/due-jobs.js';
import { nextAttemptAfter } from '../../src/jobs/send-failure.js';

const at = (iso: string) => new Date(iso);

describe('reminderSlot', () => {
  it("is today's reminder time in the shop's zone once it has passed, else yesterday's", () => {
    expect(reminderSlot(at('2026-11-24T14:00:00Z'), 'Asia/Ho_Chi_Minh', '21:00')).toEqual({
      date: '2026-11-24',
      dueAt: at('2026-11-24T14:00:00Z'),
    });
    expect(reminderSlot(at('2026-11-24T13:59:59Z'), 'Asia/Ho_Chi_Minh', '21:00')).toEqual({
      date: '2026-11-23',
      dueAt: at('2026-11-23T14:00:00Z'),
    });
  });

  it('follows the local date of zones behind UTC (Los Angeles at 21:00 is already the next day in UTC)', () => {
    const slot = reminderSlot(at('2026-11-25T05:00:30Z'), 'America/Los_Angeles', '21:00');
    expect(slot).toEqual({ date: '2026-11-24', dueAt: at('2026-11-25T05:00:00Z') });
  });

  it('keeps the local time across a daylight-saving change (Berlin, 29 March 2026)', () => {
    expect(reminderSlot(at('2026-03-28T20:00:00Z'), 'Europe/Berlin', '21:00').date).toBe('2026-03-28');
    expect(reminderSlot(at('2026-03-29T19:00:00Z'), 'Europe/Berlin', '21:00')).toEqual({
      date: '2026-03-29',
      dueAt: at('2026-03-29T19:00:00Z'),
    });
  });
});

describe('weeklyPushSlot', () => {
  it('is Monday 08:00 local for the ISO week that just ended', () => {
    // Monday 30 November 2026, 08:00 in Ho Chi Minh City = 01:00 UTC; W48 is 23–29 November.
    expect(weeklyPushSlot(at('2026-11-30T01:00:00Z'), 'Asia/Ho_Chi_Minh', 1, '08:00')).toEqual({
      isoWeek: '2026-W48',
      dueAt: at('2026-11-30T01:00:00Z'),
    });
    // A minute before, the latest slot is the Monday before, for W47.
    expect(weeklyPushSlot(at('2026-11-30T00:59:00Z'), 'Asia/Ho_Chi_Minh', 1, '08:00')).toEqual({
      isoWeek: '2026-W47',
      dueAt: at('2026-11-23T01:00:00Z'),
    });
  });

  it('on another day reports the last week that had ended by then', () => {
    // Sunday 29 November 20:00 is still inside W48, so the finished week is W47.
    expect(weeklyPushSlot(at('2026-11-29T13:00:00Z'), 'Asia/Ho_Chi_Minh', 7, '20:00').isoWeek).toBe(
      '2026-W47',
    );
    // Friday 27 November 13:00 in Berlin: this Friday's 18:00 has not come, so the slot is 20 November's.
    expect(weeklyPushSlot(at('2026-11-27T12:00:00Z'), 'Europe/Berlin', 5, '18:00')).toEqual({
      isoWeek: '2026-W46',
      dueAt: at('2026-11-20T17:00:00Z'),
    });
  });

  it('crosses the year with ISO weeks (Monday 4 January 2027 reports 2026-W53)', () => {
    expect(weeklyPushSlot(at('2027-01-04T01:00:00Z'), 'Asia/Ho_Chi_Minh', 1, '08:00').isoWeek).toBe(
      '2026-W53',
    );
  });
});

describe('isTooLate', () => {
  const reminderDue = at('2026-11-24T14:00:00Z');
  const pushDue = at('2026-11-30T01:00:00Z');
  const later = (from: Date, minutes: number) => new Date(from.getTime() + minutes * 60_000);

  it('sends a reminder up to 2 hours late and skips it after', () => {
    expect(isTooLate({ kind: REMINDER_JOB, dueAt: reminderDue }, later(reminderDue, 119))).toBe(false);
    expect(isTooLate({ kind: REMINDER_JOB, dueAt: reminderDue }, later(reminderDue, 121))).toBe(true);
  });

  it('sends a weekly push up to 24 hours late and skips it after', () => {
    expect(isTooLate({ kind: WEEKLY_PUSH_JOB, dueAt: pushDue }, later(pushDue, 23 * 60))).toBe(false);
    expect(isTooLate({ kind: WEEKLY_PUSH_JOB, dueAt: pushDue }, later(pushDue, 25 * 60))).toBe(true);
    expect(CATCH_UP_MS[WEEKLY_PUSH_JOB]).toBe(24 * 60 * 60_000);
  });
});

describe('nextAttemptAfter', () => {
  it('backs off 1, 5 then 15 minutes, then gives up', () => {
    const failedAt = at('2026-11-24T14:00:00Z');
    expect(nextAttemptAfter(1, failedAt)).toEqual(at('2026-11-24T14:01:00Z'));
    expect(nextAttemptAfter(2, failedAt)).toEqual(at('2026-11-24T14:05:00Z'));
    expect(nextAttemptAfter(3, failedAt)).toEqual(at('2026-11-24T14:15:00Z'));
    expect(nextAttemptAfter(4, failedAt)).toBeNull();
  });
});

describe('zonedInstant', () => {
  it('reads a local date and time in an IANA zone', () => {
    expect(zonedInstant('2026-11-24', '21:00', 'Asia/Ho_Chi_Minh')).toEqual(at('2026-11-24T14:00:00Z'));
    expect(zonedInstant('2026-11-24', '08:00', 'Asia/Kolkata')).toEqual(at('2026-11-24T02:30:00Z'));
  });
});
