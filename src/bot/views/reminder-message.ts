import { InlineKeyboard } from 'grammy';
import { formatDate, formatShortDate } from '../../domain/format.js';
import type { Renderer } from '../../i18n/translator.js';
import type { OutgoingMessage } from '../../jobs/send-outgoing.js';
import { dayData } from '../callback-data/index.js';
import { reminderData } from '../callback-data/reminders.js';

/**
 * The evening reminder for one shop and day (today, or yesterday before the day closes). Earlier days
 * without a record (`missed`, newest first) are named, each with a button that starts its entry; the last
 * button turns reminders off.
 */
export function reminderMessage(
  shop: { id: string; name: string },
  isoDate: string,
  day: 'today' | 'yesterday',
  missed: readonly string[],
  { locale, t }: Renderer,
): OutgoingMessage {
  let text = t('remind-message', { shop: shop.name, day, date: formatDate(isoDate, locale) });
  const keyboard = new InlineKeyboard();
  if (missed.length > 0) {
    const dates = missed.map((date) => formatShortDate(date, locale)).join(', ');
    text += `\n\n${t('remind-missed-days', { count: missed.length, dates })}`;
    missed.forEach((date, index) => {
      if (index > 0 && index % 2 === 0) keyboard.row();
      keyboard.text(
        t('remind-fill-button', { date: formatShortDate(date, locale) }),
        dayData.encode({ action: 'fill', shopId: shop.id, date }),
      );
    });
    keyboard.row();
  }
  keyboard.text(t('remind-button-off'), reminderData.encode({ action: 'off', shopId: shop.id }));
  return { text, replyMarkup: keyboard };
}
