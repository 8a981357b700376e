import { InlineKeyboard } from 'grammy';
import type { Translate } from '../../i18n/translator.js';
import { encodeShownAt, ownerDataData } from '../callback-data/owner-data.js';

/** Under the deletion confirmation: Delete everything / Keep, and Download first unless just done. */
export function deletionConfirmKeyboard(
  userId: string,
  shownAt: Date,
  t: Translate,
  options: { offerExport: boolean },
): InlineKeyboard {
  const at = encodeShownAt(shownAt);
  const keyboard = new InlineKeyboard()
    .text(t('data-button-delete'), ownerDataData.encode({ action: 'delete', userId, shownAt: at }))
    .text(t('data-button-keep'), ownerDataData.encode({ action: 'keep', userId, shownAt: at }));
  if (options.offerExport) {
    keyboard
      .row()
      .text(t('data-button-export'), ownerDataData.encode({ action: 'export', userId, shownAt: at }));
  }
  return keyboard;
}
