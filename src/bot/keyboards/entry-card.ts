import { InlineKeyboard } from 'grammy';
import type { Translate } from '../../i18n/translator.js';
import { entryCardData } from '../callback-data/index.js';

export function entryCardKeyboard(draftId: string, t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text(t('card-save'), entryCardData.encode({ action: 'save', draftId }))
    .text(t('card-edit'), entryCardData.encode({ action: 'edit', draftId }))
    .row()
    .text(t('card-change-date'), entryCardData.encode({ action: 'date', draftId }));
}
