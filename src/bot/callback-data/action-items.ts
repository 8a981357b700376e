import { z } from 'zod';
import { defineCallbackData, uuid } from './callback-data.js';

/**
 * Which message a button sits on, so the press can redraw it: a week's diagnosis (`w`), or the /actions
 * list at its first screen (`l`) or a later one (`l1`, `l2`…).
 */
export type ActionItemView = 'w' | 'l' | `l${number}`;

const listScreen = z.string().regex(/^l[1-9][0-9]?$/) as z.ZodType<`l${number}`>;

/** Accept / Dismiss / Done on an action item. */
export const actionItemData = defineCallbackData('act', {
  status: z.enum(['accepted', 'dismissed', 'done']),
  view: z.union([z.enum(['w', 'l']), listScreen]),
  itemId: uuid,
});

/** The /actions list's screen number (0 the first) an answer button of `view` sits on; null for a week's. */
export function listScreenOf(view: ActionItemView): number | null {
  if (view === 'w') return null;
  return view === 'l' ? 0 : Number(view.slice(1));
}

/** The `view` of an answer button on the /actions list's screen `screen`. */
export function listView(screen: number): ActionItemView {
  return screen === 0 ? 'l' : `l${screen}`;
}

/** Another screen of the shop's /actions list, in the same message. */
export const actionListScreenData = defineCallbackData('acl', {
  shopId: uuid,
  screen: z.string().regex(/^[0-9]{1,2}$/),
});
