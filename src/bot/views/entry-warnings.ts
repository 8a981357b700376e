import type { DayInput } from '../../domain/daily-metrics.js';
import { formatCount, formatMoney } from '../../domain/format.js';
import type { Locale } from '../../domain/locale.js';
import type { PlausibilityField, PlausibilityWarning } from '../../domain/plausibility.js';
import type { Renderer } from '../../i18n/translator.js';

const FIELD_KEYS: Record<PlausibilityField, string> = {
  orders: 'field-orders',
  revenue: 'field-revenue',
  adSpend: 'field-ad-spend',
  leads: 'field-leads',
};

/** A field's value as the card shows it: money in đồng, counts plain. */
function fieldValue(field: PlausibilityField, value: number, locale: Locale): string {
  return field === 'revenue' || field === 'adSpend' ? formatMoney(value, locale) : formatCount(value, locale);
}

/** One ⚠️ line of an entry card. */
export function renderWarning(warning: PlausibilityWarning, { locale, t }: Renderer): string {
  switch (warning.code) {
    case 'typed-in-thousands':
      return t('card-warn-thousands', thousandsArgs(warning.fixed, locale));
    case 'orders-above-leads':
      return t('card-warn-orders-above-leads', {
        orders: formatCount(warning.orders, locale),
        leads: formatCount(warning.leads, locale),
      });
    case 'revenue-without-orders':
      return t('card-warn-revenue-without-orders', { revenue: formatMoney(warning.revenue, locale) });
    case 'orders-without-revenue':
      return t('card-warn-orders-without-revenue', { orders: formatCount(warning.orders, locale) });
    case 'far-from-usual':
      return t(warning.direction === 'above' ? 'card-warn-far-above' : 'card-warn-far-below', {
        field: t(FIELD_KEYS[warning.field]),
        value: fieldValue(warning.field, warning.value, locale),
        median: fieldValue(warning.field, warning.median, locale),
      });
  }
}

/** The ×1.000 reading of the money, as the warning and its button show it. */
export function thousandsArgs(fixed: DayInput, locale: Locale): { revenue: string; adSpend: string } {
  return { revenue: formatMoney(fixed.revenue, locale), adSpend: formatMoney(fixed.adSpend, locale) };
}
