import { formatCount, formatMoney, formatPercent, formatRatio } from '../../domain/format.js';
import type { Locale } from '../../domain/locale.js';

type Unit = 'money' | 'ratio' | 'percent' | 'number';

/** How each number a reason or signal carries is shown, by its name. */
const UNITS: Record<string, Unit> = {
  spend: 'money',
  cpa: 'money',
  cpl: 'money',
  breakEvenCpl: 'money',
  minSpend: 'money',
  missingSpend: 'money',
  roas: 'ratio',
  breakEvenRoas: 'ratio',
  scaleRoas: 'ratio',
  cvr: 'percent',
  shopCvr: 'percent',
  ctr: 'percent',
  minCtr: 'percent',
};

/** A number of an ad message: money `1.000.000 ₫`, ROAS `1,67`, a rate `20,00 %`, a count or factor `3`. */
export function formatAdNumber(value: number, unit: Unit, locale: Locale): string {
  switch (unit) {
    case 'money':
      return formatMoney(value, locale);
    case 'ratio':
      return formatRatio(value, locale);
    case 'percent':
      return formatPercent(value, locale);
    default:
      return Number.isInteger(value) ? formatCount(value, locale) : formatRatio(value, locale);
  }
}

/** A reason's numbers, each shown in its unit (names not listed are counts or factors). */
export function formatAdParams(params: Record<string, number>, locale: Locale): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      formatAdNumber(value, UNITS[name] ?? 'number', locale),
    ]),
  );
}

/** A signal's value and threshold: VND except the CTR. */
export function signalUnit(code: string): Unit {
  return code === 'low-ctr' ? 'percent' : 'money';
}
