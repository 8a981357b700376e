import { formatCount, formatMoney, formatPercent, formatRatio } from '../domain/format.js';
import type { Locale } from '../domain/locale.js';
import type { TemplateRef } from '../domain/threshold-rule.js';
import type { MetricUnit } from '../domain/week-totals.js';
import type { Renderer } from '../i18n/translator.js';

/**
 * Percentages read one way everywhere (the entry card, alerts, issues, reports): a level (CVR, margin, pace)
 * with two decimals, `8,89 %`; a change or a share with one, `-52,9 %`.
 */
const LEVEL_DIGITS = 2;
const CHANGE_DIGITS = 1;

/** A level as a percentage: 8,89 %, 10,00 %. */
export function formatLevel(fraction: number, locale: Locale): string {
  return formatPercent(fraction, locale, LEVEL_DIGITS);
}

/** A share of a whole: 76,6 %. */
export function formatShare(fraction: number, locale: Locale): string {
  return formatPercent(fraction, locale, CHANGE_DIGITS);
}

/** A signed change: +25,0 %, -46,7 %. */
export function formatChange(fraction: number, locale: Locale): string {
  const sign = fraction > 0 ? '+' : fraction < 0 ? '-' : '';
  return `${sign}${formatShare(Math.abs(fraction), locale)}`;
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
      return name.endsWith('Change') ? formatChange(value, locale) : formatLevel(value, locale);
  }
}

/**
 * The text of a diagnosis template (issue explanation, action item, alert) in one language: each param
 * formatted by its unit, and as the plain number under `<name>Raw` for a message to select on (`[0]` leaves
 * out a term that is zero).
 */
export function renderTemplate(ref: TemplateRef, { locale, t }: Renderer): string {
  const args = Object.fromEntries(
    Object.entries(ref.params).flatMap(([name, value]) => [
      [name, formatParam(name, value, ref.units[name] ?? 'count', locale)],
      [`${name}Raw`, value],
    ]),
  );
  return t(ref.key, args);
}
