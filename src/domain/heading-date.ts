import { formatDate, formatShortDate } from './format.js';
import { requireIsoDate } from './iso-date.js';
import type { Locale } from './locale.js';

/**
 * A day as a heading names it: `16/11` (vi) or `16 Nov` (en), with its year (`29/12/2025`,
 * `29 Dec 2025`) when it is not in the year of `today`.
 */
export function formatHeadingDate(isoDate: string, today: string, locale: Locale): string {
  const { year } = requireIsoDate(isoDate);
  if (year === requireIsoDate(today).year) return formatShortDate(isoDate, locale);
  return locale === 'vi' ? formatDate(isoDate, 'vi') : `${formatShortDate(isoDate, 'en')} ${year}`;
}

/** A span of days as a heading names it: `16/11–22/11`; each end shows its year when outside `today`'s. */
export function formatHeadingRange(start: string, end: string, today: string, locale: Locale): string {
  return `${formatHeadingDate(start, today, locale)}–${formatHeadingDate(end, today, locale)}`;
}
