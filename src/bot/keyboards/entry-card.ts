import { InlineKeyboard } from 'grammy';
import { entryCardData } from '../callback-data/index.js';
import type { Translate } from '../i18n.js';

export function entryCardKeyboard(draftId: string, t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text(t('card-save'), entryCardData.encode({ action: 'save', draftId }))
    .text(t('card-edit'), entryCardData.encode({ action: 'edit', draftId }))
    .row()
    .text(t('card-change-date'), entryCardData.encode({ action: 'date', draftId }));
}
