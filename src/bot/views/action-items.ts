import type { ActionItem } from '../../db/schema/index.js';
import { hasOutdatedFigure } from '../../domain/action-freshness.js';
import { formatHeadingDate } from '../../domain/heading-date.js';
import type { Renderer } from '../../i18n/translator.js';

/**
 * The /actions list: every open item with its number, status and the week it came from. An item whose
 * number was worked out for a week older than `latestWeekStart` (the latest diagnosed) is marked out of date.
 */
export function renderOpenItems(
  items: readonly (ActionItem & { weekStart: string })[],
  shopName: string,
  { locale, t }: Renderer,
  view: { today: string; latestWeekStart: string | null },
): string {
  if (items.length === 0) return t('actions-none');
  const lines = items.map((item, i) =>
    t(hasOutdatedFigure(item, view.latestWeekStart) ? 'actions-item-outdated' : 'actions-item', {
      n: i + 1,
      text: item.text,
      status: t(`action-status-${item.status}`),
      week: formatHeadingDate(item.weekStart, view.today, locale),
    }),
  );
  return [t('actions-title', { shop: shopName }), ...lines].join('\n');
}
