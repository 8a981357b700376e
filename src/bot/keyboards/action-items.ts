import { InlineKeyboard } from 'grammy';
import type { ActionItem } from '../../db/schema/index.js';
import type { Translate } from '../../i18n/translator.js';
import {
  type ActionItemView,
  actionItemData,
  actionListScreenData,
  listView,
} from '../callback-data/action-items.js';

/** Reply options carrying the keyboard only when it has a button (Telegram refuses an empty one). */
export function withKeyboard(keyboard: InlineKeyboard): { reply_markup?: InlineKeyboard } {
  return keyboard.inline_keyboard.some((row) => row.length > 0) ? { reply_markup: keyboard } : {};
}

/**
 * Buttons for the items still open, numbered as listed from `firstNumber`: Accept / Dismiss / Done while
 * pending, Done once accepted.
 */
export function actionItemsKeyboard(
  items: readonly ActionItem[],
  view: ActionItemView,
  t: Translate,
  firstNumber = 1,
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  items.forEach((item, i) => {
    const n = firstNumber + i;
    const button = (status: 'accepted' | 'dismissed' | 'done', key: string) =>
      keyboard.text(t(key, { n }), actionItemData.encode({ status, view, itemId: item.id }));
    if (item.status === 'pending') {
      button('accepted', 'action-button-accept');
      button('dismissed', 'action-button-dismiss');
      button('done', 'action-button-done');
      keyboard.row();
    } else if (item.status === 'accepted') {
      button('done', 'action-button-done');
      keyboard.row();
    }
  });
  return keyboard;
}

/**
 * One screen of the /actions list: its items' buttons, then the way to the screen before and to the
 * next (the same message redrawn).
 */
export function actionListKeyboard(
  items: readonly ActionItem[],
  screen: { shopId: string; index: number; firstNumber: number; hasNext: boolean },
  t: Translate,
): InlineKeyboard {
  const keyboard = actionItemsKeyboard(items, listView(screen.index), t, screen.firstNumber);
  const to = (index: number) => actionListScreenData.encode({ shopId: screen.shopId, screen: String(index) });
  if (screen.index > 0) keyboard.text(t('actions-button-previous'), to(screen.index - 1));
  if (screen.hasNext) keyboard.text(t('actions-button-more'), to(screen.index + 1));
  return keyboard;
}
