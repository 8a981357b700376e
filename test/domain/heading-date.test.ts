import { describe, expect, it } from 'vitest';
import { formatHeadingDate, formatHeadingRange } from '../../src/domain/heading-date.js';

describe('formatHeadingDate', () => {
  it('shows a day of the current year without its year', () => {
    expect(formatHeadingDate('2026-11-16', '2026-11-24', 'vi')).toBe('16/11');
    expect(formatHeadingDate('2026-11-16', '2026-11-24', 'en')).toBe('16 Nov');
  });

  it('shows the year of a day outside the current year, past or future', () => {
    expect(formatHeadingDate('2026-12-28', '2027-01-05', 'vi')).toBe('28/12/2026');
    expect(formatHeadingDate('2026-12-28', '2027-01-05', 'en')).toBe('28 Dec 2026');
    expect(formatHeadingDate('2027-01-03', '2026-12-31', 'vi')).toBe('03/01/2027');
  });
});

describe('formatHeadingRange', () => {
  it('names a week by its first and last day, each with its year when outside the current one', () => {
    expect(formatHeadingRange('2026-11-16', '2026-11-22', '2026-11-24', 'vi')).toBe('16/11–22/11');
    expect(formatHeadingRange('2026-12-28', '2027-01-03', '2027-01-05', 'vi')).toBe('28/12/2026–03/01');
    expect(formatHeadingRange('2026-12-28', '2027-01-03', '2027-01-05', 'en')).toBe('28 Dec 2026–3 Jan');
  });
});
