import { z } from 'zod';
import { SHOWN_LENGTHS } from '../../domain/shown-version.js';
import { defineCallbackData, shown, uuid } from './callback-data.js';

/** A product of /products: open it, edit its name / price / cost, delete it (asks first), or keep it. */
export const productData = defineCallbackData('prod', {
  action: z.enum(['open', 'name', 'price', 'cost', 'del', 'keep']),
  presetId: uuid,
});

/** Yes on a product's delete confirmation; `shown` = the product as it was shown (productVersion). */
export const productDeleteData = defineCallbackData('proddel', {
  presetId: uuid,
  shown: shown(SHOWN_LENGTHS.product),
});

/** "Add a product" under the /products list. */
export const productAddData = defineCallbackData('prod-add', { confirm: z.literal('1') });
