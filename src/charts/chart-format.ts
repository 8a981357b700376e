import { formatDate, formatRatio, formatShortDate } from '../domain/format.js';
import type { Locale } from '../domain/locale.js';
import { roundTo } from '../domain/rounding.js';

/** A ratio tick (ROAS) with only the decimals it needs, at most two: `2`, `1,5`, `0,25` (vi) / `1.5` (en). */
export function formatTickRatio(value: number, locale: Locale): string {
  const rounded = roundTo(value, 2);
  const decimals = Number.isInteger(rounded) ? 0 : Number.isInteger(rounded * 10) ? 1 : 2;
  return formatRatio(rounded, locale, decimals);
}

const ENGLISH_MONTH = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A `YYYY-MM` month as `11/2026` (vi) or `Nov 2026` (en). */
export function formatMonth(month: string, locale: Locale): string {
  const [year, monthNumber] = month.split('-');
  if (locale === 'vi') return `${monthNumber}/${year}`;
  return ENGLISH_MONTH.format(new Date(`${month}-01T00:00:00Z`));
}

/** The end of a date range in a title, with its year: `22/11/2026` (vi) or `22 Nov 2026` (en). */
export function formatRangeEnd(isoDate: string, locale: Locale): string {
  return locale === 'vi'
    ? formatDate(isoDate, 'vi')
    : `${formatShortDate(isoDate, 'en')} ${isoDate.slice(0, 4)}`;
}
