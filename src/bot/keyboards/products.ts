import { InlineKeyboard } from 'grammy';
import { productVersion } from '../../domain/shown-version.js';
import type { Translate } from '../../i18n/translator.js';
import type { ProductView } from '../../services/products.js';
import { productAddData, productData, productDeleteData } from '../callback-data/products.js';

/** Under the list: one button per product (to edit or delete it), then "Add a product". */
export function productListKeyboard(products: ProductView[], t: Translate): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const product of products) {
    keyboard
      .text(
        t('products-open-button', { name: product.name }),
        productData.encode({ action: 'open', presetId: product.id }),
      )
      .row();
  }
  return keyboard.text(t('products-add-button'), productAddData.encode({ confirm: '1' }));
}

/** One product's buttons: change its name, price or cost, or delete it. */
export function productKeyboard(presetId: string, t: Translate): InlineKeyboard {
  const button = (key: string, action: 'name' | 'price' | 'cost' | 'del') =>
    [t(key), productData.encode({ action, presetId })] as const;
  return new InlineKeyboard()
    .text(...button('products-edit-name-button', 'name'))
    .text(...button('products-edit-price-button', 'price'))
    .text(...button('products-edit-cost-button', 'cost'))
    .row()
    .text(...button('products-delete-button', 'del'));
}

/** Delete for good (only the product as shown: its name, price and cost), or keep. */
export function productDeleteKeyboard(product: ProductView, t: Translate): InlineKeyboard {
  const presetId = product.id;
  return new InlineKeyboard()
    .text(t('products-delete-yes'), productDeleteData.encode({ presetId, shown: productVersion(product) }))
    .text(t('products-delete-keep'), productData.encode({ action: 'keep', presetId }));
}
