import { InlineKeyboard } from 'grammy';
import type { ActionItem } from '../../db/schema/index.js';
import type { Translate } from '../../i18n/translator.js';
import { type ActionItemView, actionItemData } from '../callback-data/action-items.js';

/** Reply options carrying the keyboard only when it has a button (Telegram refuses an empty one). */
export function withKeyboard(keyboard: InlineKeyboard): { reply_markup?: InlineKeyboard } {
  return keyboard.inline_keyboard.some((row) => row.length > 0) ? { reply_markup: keyboard } : {};
}

/**
 * Buttons for the items still open, numbered as listed: Accept / Dismiss / Done while pending, Done once
 * accepted.
 */
export function actionItemsKeyboard(
  items: readonly ActionItem[],
  view: ActionItemView,
  t: Translate,
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  items.forEach((item, i) => {
    const n = i + 1;
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
