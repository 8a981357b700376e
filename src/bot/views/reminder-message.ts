import { formatDate } from '../../domain/format.js';
import type { Renderer } from '../../i18n/translator.js';
import type { OutgoingMessage } from '../../jobs/send-outgoing.js';
import { reminderOffKeyboard } from '../keyboards/reminders.js';

/** The evening reminder for one shop and day (today, or yesterday before the day closes), with a button to turn reminders off. */
export function reminderMessage(
  shop: { id: string; name: string },
  isoDate: string,
  day: 'today' | 'yesterday',
  { locale, t }: Renderer,
): OutgoingMessage {
  return {
    text: t('remind-message', { shop: shop.name, day, date: formatDate(isoDate, locale) }),
    replyMarkup: reminderOffKeyboard(shop.id, t),
  };
}
