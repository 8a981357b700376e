import { hasOutdatedFigure } from '../../domain/action-freshness.js';
import { formatHeadingDate } from '../../domain/heading-date.js';
import type { Renderer } from '../../i18n/translator.js';
import { ACTIONS_PAGE_SIZE, type OpenItem } from '../../services/action-items.js';
import { METRIC_LABELS } from './week-report.js';

/** One screen of the /actions list: at most ACTIONS_PAGE_SIZE items, numbered on from the screens before. */
export interface ListScreen {
  index: number;
  items: OpenItem[];
  firstNumber: number;
  /** Items on the screens after this one. */
  after: number;
  hasNext: boolean;
}

/** Screen `index` of the list (the last one when the list got shorter than that). */
export function listScreen(items: readonly OpenItem[], index: number): ListScreen {
  const last = Math.max(0, Math.ceil(items.length / ACTIONS_PAGE_SIZE) - 1);
  const at = Math.min(Math.max(0, index), last);
  const start = at * ACTIONS_PAGE_SIZE;
  const shown = items.slice(start, start + ACTIONS_PAGE_SIZE);
  const after = items.length - start - shown.length;
  return { index: at, items: shown, firstNumber: start + 1, after, hasNext: after > 0 };
}

function groupHeading(item: OpenItem, { locale, t }: Renderer): string {
  const label = item.moves === null ? undefined : METRIC_LABELS[item.moves];
  if (label === undefined) return t('actions-group-general');
  const metric = t(label);
  return t('actions-group', { metric: metric.charAt(0).toLocaleUpperCase(locale) + metric.slice(1) });
}

/**
 * A screen of the /actions list: the open items under the number they move, each with its number, status
 * and the week it came from, and how many more the next screens hold. An item whose number was worked out
 * for a week older than `latestWeekStart` (the latest diagnosed) is marked out of date. `expired`, when
 * given, says how many old items expired.
 */
export function renderOpenItems(
  screen: ListScreen,
  shopName: string,
  renderer: Renderer,
  view: { today: string; latestWeekStart: string | null; expired?: number },
): string {
  const { locale, t } = renderer;
  const expired = view.expired ? [t('actions-expired', { count: view.expired })] : [];
  if (screen.items.length === 0) return [t('actions-none'), ...expired].join('\n');
  const lines: string[] = [];
  let group: string | undefined;
  screen.items.forEach((item, i) => {
    const heading = groupHeading(item, renderer);
    if (heading !== group) lines.push(heading);
    group = heading;
    lines.push(
      t(hasOutdatedFigure(item, view.latestWeekStart) ? 'actions-item-outdated' : 'actions-item', {
        n: screen.firstNumber + i,
        text: item.text,
        status: t(`action-status-${item.status}`),
        week: formatHeadingDate(item.weekStart, view.today, locale),
      }),
    );
  });
  const more = screen.after > 0 ? [t('actions-more', { count: screen.after })] : [];
  return [t('actions-title', { shop: shopName }), ...expired, ...lines, ...more].join('\n');
}
