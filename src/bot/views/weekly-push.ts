import type { InlineKeyboardMarkup } from 'grammy/types';
import type { BotDeps } from '../bot/context.js';
import { isLocale } from '../bot/i18n.js';
import { actionItemsKeyboard, renderWeekReport, withKeyboard } from '../bot/views/week-report.js';
import type { ScheduledShop } from '../db/queries/shops.js';
import { renderWeekChartForShop } from './charts.js';
import { loadOrDiagnoseWeek } from './week-diagnosis.js';

/** One message of a push: a text (with buttons), or a photo with its caption. */
export interface OutgoingMessage {
  text: string;
  replyMarkup?: InlineKeyboardMarkup;
  photo?: { bytes: Buffer; filename: string; caption: string };
}

/**
 * The Monday push of a finished week: the week chart, then the diagnosis with its action items and their
 * buttons. The diagnosis stored by the scheduler's batch is used as it is; without one it is stored on the
 * way (idempotently), so the buttons have items to answer.
 */
export async function prepareWeeklyPush(
  deps: BotDeps,
  { shop, settings, owner }: ScheduledShop,
  isoWeek: string,
): Promise<OutgoingMessage[]> {
  const locale = isLocale(owner.language) ? owner.language : deps.defaultLocale;
  const t = deps.translator.forLocale(locale);
  const stored = await loadOrDiagnoseWeek(deps.db, settings, isoWeek, locale, t);
  const text = renderWeekReport(stored.report, shop.name, locale, t, stored.items);
  if (!stored.diagnostic) return [{ text }];
  const chart = await renderWeekChartForShop(deps.db, {
    shop: { id: shop.id, name: shop.name, settings },
    locale,
    t,
    now: deps.now(),
    isoWeek,
  });
  const messages: OutgoingMessage[] = [];
  if (chart.type === 'photo') {
    messages.push({
      text: '',
      photo: { bytes: chart.png, filename: chart.filename, caption: chart.caption },
    });
  }
  const keyboard = actionItemsKeyboard(stored.items, 'w', t);
  const markup = withKeyboard(keyboard).reply_markup;
  messages.push({ text, ...(markup && { replyMarkup: markup }) });
  return messages;
}
