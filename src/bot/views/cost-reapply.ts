import { InlineKeyboard } from 'grammy';
import { formatDate, formatMoney } from '../../domain/format.js';
import { REAPPLIED_COST_CODES } from '../../domain/reapplied-cost.js';
import { settingByKey } from '../../domain/settings-catalog.js';
import type { Renderer } from '../../i18n/translator.js';
import type { CostReapply } from '../../services/cost-reapply.js';
import { reapplyData } from '../callback-data/index.js';

function params(r: CostReapply, { locale, t }: Renderer) {
  return {
    cost: t(settingByKey(r.cost).label).toLocaleLowerCase(locale),
    days: r.days,
    from: formatDate(r.from, locale),
    to: formatDate(r.to, locale),
    before: formatMoney(r.netProfitBefore, locale),
    after: formatMoney(r.netProfitAfter, locale),
  };
}

/**
 * The old → new of re-applying one cost (named) to the saved days from a date, with Apply / Keep buttons
 * bound to what it shows (`r.shown`).
 */
export function reapplyOffer(
  r: CostReapply,
  shopId: string,
  { locale, t }: Renderer,
): { text: string; keyboard?: InlineKeyboard } {
  if (r.days === 0) return { text: t('settings-reapply-none', { from: formatDate(r.from, locale) }) };
  const cost = REAPPLIED_COST_CODES[r.cost];
  const data = (action: 'y' | 'n') =>
    reapplyData.encode({ action, shopId, from: r.from, cost, shown: r.shown });
  return {
    text: t('settings-reapply-preview', params(r, { locale, t })),
    keyboard: new InlineKeyboard()
      .text(t('settings-reapply-button', { days: r.days }), data('y'))
      .text(t('settings-reapply-keep-button'), data('n')),
  };
}

/** What was rewritten. */
export function reapplyDone(r: CostReapply, { locale, t }: Renderer): string {
  return t('settings-reapplied', params(r, { locale, t }));
}
