import type { Translate } from '../../i18n/translator.js';
import type { ShopSettings } from '../../services/shop-setting-change.js';

/** What /remind shows: the evening reminder and the weekly summary of one shop, and how to change them. */
export function reminderStatusText(shopName: string, settings: ShopSettings, t: Translate): string {
  const reminder = settings.reminderEnabled
    ? t('remind-status-on', { shop: shopName, time: settings.reminderTime, zone: settings.timeZone })
    : t('remind-status-off', { shop: shopName });
  const push = settings.weeklyPushEnabled
    ? t('remind-push-on', {
        day: t('remind-weekday', { day: settings.weeklyPushDay }),
        time: settings.weeklyPushTime,
      })
    : t('remind-push-off');
  return [reminder, push, '', t('remind-usage')].join('\n');
}
