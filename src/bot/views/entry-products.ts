import { formatCount, formatMoney } from '../../domain/format.js';
import type { DayProductLine } from '../../domain/product-margin.js';
import type { Renderer } from '../../i18n/translator.js';

/** "Giá vốn: 6 × 140.000 ₫ (Váy hoa) + 4 × 120.000 ₫ (Áo thun) = 1.320.000 ₫". */
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
  return t('card-products-cogs', { lines: parts.join(' + '), total: formatMoney(total, locale) });
}
