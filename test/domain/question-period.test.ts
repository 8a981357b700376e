import { describe, expect, it } from 'vitest';
import { periodSpan } from '../../src/domain/question-period.js';

describe('periodSpan', () => {
  // Tuesday 08/12/2026.
  const day = '2026-12-08';

  it('names one day for today, yesterday and the day before', () => {
    expect(periodSpan('today', day)).toEqual({
      start: day,
      end: day,
      periodEnd: day,
      days: 1,
      single: true,
      partial: false,
    });
    expect(periodSpan('yesterday', day)).toMatchObject({
      start: '2026-12-07',
      end: '2026-12-07',
      single: true,
    });
    expect(periodSpan('dayBeforeYesterday', '2027-01-01')).toMatchObject({ start: '2026-12-30', days: 1 });
  });

  it('counts the running week and month up to the books day, the last ones whole', () => {
    expect(periodSpan('thisWeek', day)).toEqual({
      start: '2026-12-07',
      end: day,
      periodEnd: '2026-12-13',
      days: 2,
      single: false,
      partial: true,
    });
    expect(periodSpan('lastWeek', day)).toMatchObject({
      start: '2026-11-30',
      end: '2026-12-06',
      days: 7,
      partial: false,
    });
    expect(periodSpan('thisMonth', day)).toMatchObject({
      start: '2026-12-01',
      end: day,
      periodEnd: '2026-12-31',
      days: 8,
    });
    expect(periodSpan('lastMonth', day)).toMatchObject({
      start: '2026-11-01',
      end: '2026-11-30',
      days: 30,
      partial: false,
    });
  });

  it('crosses years and takes February as it is', () => {
    expect(periodSpan('lastMonth', '2027-01-03')).toMatchObject({
      start: '2026-12-01',
      end: '2026-12-31',
      days: 31,
    });
    expect(periodSpan('lastMonth', '2028-03-10')).toMatchObject({
      start: '2028-02-01',
      end: '2028-02-29',
      days: 29,
    });
    // Sunday 03/01/2027 is in the ISO week that began on Monday 28/12/2026.
    expect(periodSpan('thisWeek', '2027-01-03')).toMatchObject({
      start: '2026-12-28',
      days: 7,
      partial: false,
    });
    expect(periodSpan('lastWeek', '2027-01-03')).toMatchObject({ start: '2026-12-21', end: '2026-12-27' });
  });
});
