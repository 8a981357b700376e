import { InlineKeyboard } from 'grammy';
import { addDays } from '../../domain/local-date.js';
import type { Translate } from '../../i18n/translator.js';
import { dayData, dayDeleteData, pickDateData } from '../callback-data/index.js';

/** Today / yesterday / the day before, for any "which day?" question. */
export function recentDaysKeyboard(today: string, t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text(t('entry-date-today'), pickDateData.encode({ date: today }))
    .text(t('entry-date-yesterday'), pickDateData.encode({ date: addDays(today, -1) }))
    .text(t('entry-date-day-before'), pickDateData.encode({ date: addDays(today, -2) }));
}

export function savedDayKeyboard(shopId: string, date: string, t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text(t('day-edit-button'), dayData.encode({ action: 'edit', shopId, date }))
    .text(t('day-delete-button'), dayData.encode({ action: 'del', shopId, date }));
}

/** Yes (bound to the record as shown, `shown` its savedDayVersion) / No under a day's delete confirmation. */
export function confirmDeleteKeyboard(
  shopId: string,
  date: string,
  shown: string,
  t: Translate,
): InlineKeyboard {
  return new InlineKeyboard()
    .text(t('day-delete-yes'), dayDeleteData.encode({ shopId, date, shown }))
    .text(t('day-delete-no'), dayData.encode({ action: 'keep', shopId, date }));
}
