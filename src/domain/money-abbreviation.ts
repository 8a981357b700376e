import type { Locale } from './locale.js';
import { roundTo } from './rounding.js';

interface Unit {
  size: number;
  suffix: string;
}

// Largest first. Vietnamese owners write `850k`, `8,5tr`, `1,2 tỷ`; English readers expect `850K`, `8.5M`, `1.2B`.
const UNITS: Record<Locale, readonly Unit[]> = {
  vi: [
    { size: 1e9, suffix: ' tỷ' },
    { size: 1e6, suffix: 'tr' },
    { size: 1e3, suffix: 'k' },
  ],
  en: [
    { size: 1e9, suffix: 'B' },
    { size: 1e6, suffix: 'M' },
    { size: 1e3, suffix: 'K' },
  ],
};

const DECIMAL_SEPARATOR: Record<Locale, string> = { vi: ',', en: '.' };

/**
 * A VND amount written short, the way owners write it, for chart ticks: `8,5tr`, `850k`, `1,2 tỷ` (vi) or
 * `8.5M`, `850K`, `1.2B` (en); at most `digits` decimals, trailing zeros dropped; below 1.000 the whole number.
 */
export function abbreviateMoney(vnd: number, locale: Locale, digits = 2): string {
  const sign = vnd < 0 ? '-' : '';
  const abs = Math.abs(vnd);
  const units = UNITS[locale];
  for (let i = 0; i < units.length; i += 1) {
    const unit = units[i]!;
    if (abs < unit.size) continue;
    const value = roundTo(abs / unit.size, digits);
    // 999.999 ₫ rounds to 1000k: written as 1tr instead.
    const larger = units[i - 1];
    if (larger && value * unit.size >= larger.size) return `${sign}1${larger.suffix}`;
    return `${sign}${trimmed(value, digits, locale)}${unit.suffix}`;
  }
  const whole = roundTo(abs, 0);
  if (whole >= 1e3) return `${sign}1${units.at(-1)!.suffix}`;
  return whole === 0 ? '0' : `${sign}${whole}`;
}

function trimmed(value: number, digits: number, locale: Locale): string {
  const fixed = value.toFixed(digits);
  const text = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return text.replace('.', DECIMAL_SEPARATOR[locale]);
}
