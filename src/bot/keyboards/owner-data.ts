import { InlineKeyboard } from 'grammy';
import type { Translate } from '../../i18n/translator.js';
import { encodeShownAt, ownerDataData, ownerDataDeleteData } from '../callback-data/owner-data.js';

/**
 * Under the deletion confirmation: Delete everything (bound to what it counted, `shown`) / Keep, and
 * Download first unless just done.
 */
export function deletionConfirmKeyboard(
  confirmation: { userId: string; shownAt: Date; shown: string },
  t: Translate,
  options: { offerExport: boolean },
): InlineKeyboard {
  const { userId, shown } = confirmation;
  const at = encodeShownAt(confirmation.shownAt);
  const keyboard = new InlineKeyboard()
    .text(t('data-button-delete'), ownerDataDeleteData.encode({ userId, shownAt: at, shown }))
    .text(t('data-button-keep'), ownerDataData.encode({ action: 'keep', userId, shownAt: at }));
  if (options.offerExport) {
    keyboard
      .row()
      .text(t('data-button-export'), ownerDataData.encode({ action: 'export', userId, shownAt: at }));
  }
  return keyboard;
}
