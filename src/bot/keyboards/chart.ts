import { InlineKeyboard } from 'grammy';
import type { Translate } from '../../i18n/translator.js';
import { chartData } from '../callback-data/chart.js';

/** Week / 30 days / Goal. */
export function chartKeyboard(shopId: string, t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text(t('chart-button-week'), chartData.encode({ kind: 'week', shopId }))
    .text(t('chart-button-month'), chartData.encode({ kind: 'month', shopId }))
    .text(t('chart-button-goal'), chartData.encode({ kind: 'goal', shopId }));
}
