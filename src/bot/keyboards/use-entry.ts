import { InlineKeyboard } from 'grammy';
import type { Translate } from '../../i18n/translator.js';
import { useEntryData } from '../callback-data/use-entry.js';

export function useEntryKeyboard(token: string, date: string, t: Translate): InlineKeyboard {
  return new InlineKeyboard().text(t('flow-use-entry-button', { date }), useEntryData.encode({ token }));
}
