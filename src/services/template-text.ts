import type { TemplateRef } from '../domain/diagnose-week.js';
import { formatCount, formatMoney, formatPercent, formatRatio } from '../domain/format.js';
import type { Locale } from '../domain/locale.js';
import type { MetricUnit } from '../domain/week-totals.js';
import type { Translate } from '../i18n/translator.js';

/** A percentage with at most `digits` decimals, no trailing zeros: 10 %, 8,89 %, 52,9 %. */
export function formatShortPercent(fraction: number, locale: Locale, digits = 2): string {
  const full = formatPercent(fraction, locale, digits);
  return full.replace(/([.,]\d*?)0+(?=\s?%)/, '$1').replace(/[.,](?=\s?%)/, '');
}

/** A signed change: +25 %, -46,7 %. */
export function formatChange(fraction: number, locale: Locale): string {
  const sign = fraction > 0 ? '+' : fraction < 0 ? '-' : '';
  return `${sign}${formatShortPercent(Math.abs(fraction), locale, 1)}`;
}

/** Formats one number of a message by its unit; `*Change` params read as signed changes. */
export function formatParam(name: string, value: number, unit: MetricUnit, locale: Locale): string {
  switch (unit) {
    case 'vnd':
      return formatMoney(value, locale);
    case 'count':
    case 'days':
      return formatCount(value, locale);
    case 'ratio':
      return formatRatio(value, locale);
    case 'fraction':
      return name.endsWith('Change') ? formatChange(value, locale) : formatShortPercent(value, locale);
  }
}

/** The text of a diagnosis template (issue explanation, action item, alert) in one language. */
export function renderTemplate(ref: TemplateRef, locale: Locale, t: Translate): string {
  const args = Object.fromEntries(
    Object.entries(ref.params).map(([name, value]) => [
      name,
      formatParam(name, value, ref.units[name] ?? 'count', locale),
    ]),
  );
  return t(ref.key, args);
}
