import { InlineKeyboard } from 'grammy';
import { formatDate } from '../../domain/format.js';
import type { Locale } from '../../domain/locale.js';
import type { Translate } from '../../i18n/translator.js';
import type { SavedDay } from '../../services/daily-entry.js';
import type { DayToDelete } from '../../services/day-delete.js';
import { dayData } from '../callback-data/index.js';
import { confirmDeleteKeyboard, savedDayKeyboard } from '../keyboards/days.js';
import { renderSavedDay } from './entry-card.js';

export interface Reply {
  text: string;
  keyboard?: InlineKeyboard;
}

interface DayScope {
  shop: { id: string; name: string };
  date: string;
  locale: Locale;
  t: Translate;
}

/** What /edit shows for a day that has a record: its numbers with Edit / Delete. */
export function savedDayReply(saved: SavedDay, { shop, date, locale, t }: DayScope): Reply {
  return {
    text: renderSavedDay(saved, shop.name, { locale, t }),
    keyboard: savedDayKeyboard(shop.id, date, t),
  };
}

/** What /edit shows for a day without a record: it says so, with a button to enter the day. */
export function noRecordReply({ shop, date, locale, t }: DayScope): Reply {
  return {
    text: t('day-no-record', { date: formatDate(date, locale) }),
    keyboard: new InlineKeyboard().text(
      t('day-enter-button'),
      dayData.encode({ action: 'edit', shopId: shop.id, date }),
    ),
  };
}

/** What /delete shows: a confirmation for a recorded day (Yes bound to it as shown), or that it has nothing. */
export function deleteDayReply(day: DayToDelete | null, { shop, date, locale, t }: DayScope): Reply {
  const shown = formatDate(date, locale);
  if (!day) return { text: t('day-no-record', { date: shown }) };
  return {
    text: `${renderSavedDay(day.saved, shop.name, { locale, t })}\n\n${t('day-confirm-delete', { date: shown })}`,
    keyboard: confirmDeleteKeyboard(shop.id, date, day.shown, t),
  };
}
