import { z } from 'zod';
import { defineCallbackData, uuid } from './callback-data.js';

/** "🏷 Products" on an entry card: pick the day's products for its draft. */
export const entryProductsData = defineCallbackData('eprod', { draftId: uuid });

/** A product picked while the flow asks which products the day's orders were. */
export const pickProductData = defineCallbackData('epick', { presetId: uuid });

/** "All N orders" while the flow asks how many orders were one product. */
export const productCountData = defineCallbackData('ecount', { count: z.literal('all') });
