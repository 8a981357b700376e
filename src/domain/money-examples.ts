import type { Locale } from './locale.js';

/**
 * The ways of writing an amount that /help shows, per language. Each one is accepted in a quick entry line,
 * positional and labelled alike.
 */
export const MONEY_EXAMPLES: Readonly<Record<Locale, readonly string[]>> = {
  vi: [
    '8500000',
    '8.500.000',
    '8500000 đ',
    '8tr5',
    '8,5 triệu',
    '3 triệu 2',
    '850k',
    '850 nghìn',
    '2 củ',
    '1 tỷ',
  ],
  en: ['8500000', '8,500,000', '8500000 vnd', '8.5m', '8.5 million', '850k', '850 thousand', '1 billion'],
};
