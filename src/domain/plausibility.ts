import type { DayInput } from './daily-metrics.js';
import { median } from './median.js';

/** A day field whose value is compared with the shop's usual ones. */
export type PlausibilityField = keyof DayInput;

/** Something on a day's card that looks mistyped; the owner may still save it. */
export type PlausibilityWarning =
  /** The money looks typed in thousands (`8500` for 8.500.000 ₫): `fixed` is the ×1.000 reading. */
  | { code: 'typed-in-thousands'; fixed: DayInput }
  /** More orders than leads: a conversion rate over 100 %. */
  | { code: 'orders-above-leads'; orders: number; leads: number }
  | { code: 'revenue-without-orders'; revenue: number }
  | { code: 'orders-without-revenue'; orders: number }
  /** Over 10× or under a tenth of the field's median over the shop's recent days. */
  | {
      code: 'far-from-usual';
      field: PlausibilityField;
      value: number;
      median: number;
      direction: 'above' | 'below';
    };

/** Below this, an order value or a day's ad spend is taken as typed in thousands of đồng. */
export const THOUSANDS_BELOW_VND = 1_000;

/** The ×1.000 reading leaves an amount at or above this as typed (already a full amount). */
const FULL_AMOUNT_VND = 1_000_000;

/** How many recent recorded days the usual values are taken from, and how many are needed. */
export const USUAL_DAYS = 28;
export const MIN_USUAL_DAYS = 7;

/** How far from the median a value must be to be called unusual (×10 or ÷10). */
const UNUSUAL_FACTOR = 10;

const FIELDS: readonly PlausibilityField[] = ['orders', 'revenue', 'adSpend', 'leads'];

/**
 * What looks wrong on a day about to be saved: money typed in thousands (an order value or a non-zero ad spend
 * under 1.000 ₫), more orders than leads, revenue without orders or orders without revenue, and any field over
 * 10× or under a tenth of its median over `recent` (the shop's last recorded days before this one, newest
 * first; only the first 28 count, and at least 7 are needed).
 */
export function checkPlausibility(day: DayInput, recent: readonly DayInput[]): PlausibilityWarning[] {
  const warnings: PlausibilityWarning[] = [];
  const lowOrderValue = day.orders > 0 && day.revenue > 0 && day.revenue < day.orders * THOUSANDS_BELOW_VND;
  const lowAdSpend = day.adSpend > 0 && day.adSpend < THOUSANDS_BELOW_VND;
  if (lowOrderValue || lowAdSpend) {
    warnings.push({
      code: 'typed-in-thousands',
      fixed: { ...day, revenue: timesThousand(day.revenue), adSpend: timesThousand(day.adSpend) },
    });
  }
  if (day.orders > day.leads && day.leads > 0) {
    warnings.push({ code: 'orders-above-leads', orders: day.orders, leads: day.leads });
  }
  if (day.revenue > 0 && day.orders === 0)
    warnings.push({ code: 'revenue-without-orders', revenue: day.revenue });
  if (day.orders > 0 && day.revenue === 0)
    warnings.push({ code: 'orders-without-revenue', orders: day.orders });

  const usual = recent.slice(0, USUAL_DAYS);
  if (usual.length >= MIN_USUAL_DAYS) {
    for (const field of FIELDS) {
      const middle = median(usual.map((d) => d[field]));
      if (middle <= 0) continue;
      const value = day[field];
      if (value > middle * UNUSUAL_FACTOR) {
        warnings.push({ code: 'far-from-usual', field, value, median: middle, direction: 'above' });
      } else if (value * UNUSUAL_FACTOR < middle) {
        warnings.push({ code: 'far-from-usual', field, value, median: middle, direction: 'below' });
      }
    }
  }
  return warnings;
}

function timesThousand(vnd: number): number {
  return vnd < FULL_AMOUNT_VND ? vnd * 1_000 : vnd;
}
