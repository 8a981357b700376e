import type { ActionItem } from '../../db/schema/index.js';
import { formatShortDate } from '../../domain/format.js';
import type { Locale } from '../../domain/locale.js';
import type { Translate } from '../../i18n/translator.js';

/** The /actions list: every open item with its number, status and the week it came from. */
export function renderOpenItems(
  items: readonly (ActionItem & { weekStart: string })[],
  shopName: string,
  locale: Locale,
  t: Translate,
): string {
  if (items.length === 0) return t('actions-none');
  const lines = items.map((item, i) =>
    t('actions-item', {
      n: i + 1,
      text: item.text,
      status: t(`action-status-${item.status}`),
      week: formatShortDate(item.weekStart, locale),
    }),
  );
  return [t('actions-title', { shop: shopName }), ...lines].join('\n');
}
