import { formatCount, formatMoney, formatPercent } from '../../domain/format.js';
import { type DayProductLine, productLinesCogs } from '../../domain/product-margin.js';
import type { Renderer } from '../../i18n/translator.js';

/** A share as a percentage with as few decimals as it needs (88 %, 87,5 %, 87,25 %). */
function shareText(share: number, locale: Renderer['locale']): string {
  const hundredths = Math.round(share * 10_000);
  const digits = hundredths % 100 === 0 ? 0 : hundredths % 10 === 0 ? 1 : 2;
  return formatPercent(hundredths / 10_000, locale, digits);
}

/**
 * "Giá vốn: 6 × 140.000 ₫ (Váy hoa) + 4 × 120.000 ₫ (Áo thun) = 1.320.000 ₫"; when returns took part of the
 * goods back (`total` below Σ orders × unit COGS), the share delivered too: "16 × 190.000 ₫ (Váy hoa nhí)
 * × 88 % giao thành công = 2.675.200 ₫".
 */
export function renderProductsCogs(
  lines: readonly DayProductLine[],
  total: number,
  { locale, t }: Renderer,
): string {
  const parts = lines.map((line) =>
    t('card-product-part', {
      orders: formatCount(line.orders, locale),
      unitCogs: formatMoney(line.unitCogs, locale),
      name: line.name,
    }),
  );
  const sold = productLinesCogs(lines);
  const joined = parts.join(' + ');
  if (sold <= 0 || total >= sold) {
    return t('card-products-cogs', { lines: joined, total: formatMoney(total, locale) });
  }
  return t('card-products-cogs-delivered', {
    lines: parts.length > 1 ? `(${joined})` : joined,
    delivered: shareText(total / sold, locale),
    total: formatMoney(total, locale),
  });
}
