import { InlineKeyboard } from 'grammy';
import type { Renderer, Translate } from '../../i18n/translator.js';
import { type EntryCard, thousandsFixOf } from '../../services/daily-entry.js';
import { entryFixData } from '../callback-data/entry-fix.js';
import { entryProductsData } from '../callback-data/entry-products.js';
import { entryCardData } from '../callback-data/index.js';
import { thousandsArgs } from '../views/entry-warnings.js';

export function entryCardKeyboard(draftId: string, t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text(t('card-save'), entryCardData.encode({ action: 'save', draftId }))
    .text(t('card-edit'), entryCardData.encode({ action: 'edit', draftId }))
    .row()
    .text(t('card-change-date'), entryCardData.encode({ action: 'date', draftId }));
}

/**
 * A card's buttons: Save / Edit / Change date, and first the ×1.000 reading when the money looks typed in
 * thousands; last "🏷 Products" when the shop has products and the day has orders.
 */
export function entryCardButtons(card: EntryCard, { locale, t }: Renderer): InlineKeyboard {
  const fixed = thousandsFixOf(card);
  const keyboard = fixed
    ? new InlineKeyboard()
        .text(
          t('card-fix-thousands', thousandsArgs(fixed, locale)),
          entryFixData.encode({ draftId: card.draftId }),
        )
        .row()
        .append(entryCardKeyboard(card.draftId, t))
    : entryCardKeyboard(card.draftId, t);
  if (!card.productsOffered || card.input.orders === 0) return keyboard;
  return keyboard.row().text(t('card-products-button'), entryProductsData.encode({ draftId: card.draftId }));
}
