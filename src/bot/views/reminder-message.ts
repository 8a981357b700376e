import type { Translate } from '../bot/i18n.js';
import { reminderOffKeyboard } from '../bot/keyboards/reminders.js';
import { formatDate, type Locale } from '../domain/format.js';
import type { OutgoingMessage } from '../services/weekly-push.js';

/** The evening reminder for one shop and day, with a button to turn reminders off. */
export function reminderMessage(
  shop: { id: string; name: string },
  isoDate: string,
  locale: Locale,
  t: Translate,
): OutgoingMessage {
  return {
    text: t('remind-message', { shop: shop.name, date: formatDate(isoDate, locale) }),
    replyMarkup: reminderOffKeyboard(shop.id, t),
  };
}
