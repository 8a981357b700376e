import { InlineKeyboard } from 'grammy';
import type { Translate } from '../../i18n/translator.js';
import { reminderData } from '../callback-data/reminders.js';

/** Under /remind: flip the evening reminder, flip the weekly summary. */
export function reminderSettingsKeyboard(
  shopId: string,
  settings: { reminderEnabled: boolean; weeklyPushEnabled: boolean },
  t: Translate,
): InlineKeyboard {
  const reminder = settings.reminderEnabled ? 'off' : 'on';
  const push = settings.weeklyPushEnabled ? 'push-off' : 'push-on';
  return new InlineKeyboard()
    .text(t(`remind-button-${reminder}`), reminderData.encode({ action: reminder, shopId }))
    .row()
    .text(t(`remind-button-${push}`), reminderData.encode({ action: push, shopId }));
}
