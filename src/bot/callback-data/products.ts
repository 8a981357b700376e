import { z } from 'zod';
import { defineCallbackData, uuid } from './callback-data.js';

/** A product of /products: open it, edit its name / price / cost, delete it, confirm or keep. */
export const productData = defineCallbackData('prod', {
  action: z.enum(['open', 'name', 'price', 'cost', 'del', 'yes', 'keep']),
  presetId: uuid,
});

/** "Add a product" under the /products list. */
export const productAddData = defineCallbackData('prod-add', { confirm: z.literal('1') });
