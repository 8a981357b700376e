import { formatMoney, formatPercent, formatRatio } from '../../domain/format.js';
import type { Renderer } from '../../i18n/translator.js';
import type { ProductView } from '../../services/products.js';

/** One product: price, unit COGS, margin and break-even ROAS ("never breaks even" when the margin is ≤ 0). */
export function renderProduct(product: ProductView, { locale, t }: Renderer): string {
  const margin = product.margin === null ? t('card-not-available') : formatPercent(product.margin, locale, 1);
  return t('products-line', {
    name: product.name,
    price: formatMoney(product.sellPrice, locale),
    cost: formatMoney(product.cogs, locale),
    margin,
    breakEven:
      product.breakEvenRoas === null
        ? t('products-never-breaks-even')
        : t('products-break-even', { roas: formatRatio(product.breakEvenRoas, locale) }),
  });
}

/** The /products list of the shop, or how to add the first product. */
export function renderProductList(
  products: ProductView[],
  shopName: string,
  { locale, t }: Renderer,
): string {
  if (products.length === 0) return t('products-empty', { shop: shopName });
  const lines = products.map((p) => renderProduct(p, { locale, t }));
  return [t('products-title', { shop: shopName }), ...lines, '', t('products-hint')].join('\n');
}
