import { z } from 'zod';
import { defineCallbackData, uuid } from './callback-data.js';

/** Which message a button sits on, so the press can redraw it: a week's diagnosis, or the /actions list. */
export type ActionItemView = 'w' | 'l';

/** Accept / Dismiss / Done on an action item. */
export const actionItemData = defineCallbackData('act', {
  status: z.enum(['accepted', 'dismissed', 'done']),
  view: z.enum(['w', 'l']),
  itemId: uuid,
});
