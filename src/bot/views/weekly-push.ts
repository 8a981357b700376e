import type { ScheduledShop } from '../../db/queries/shops.js';
import { localDate } from '../../domain/local-date.js';
import { isLocale } from '../../domain/locale.js';
import type { OutgoingMessage } from '../../jobs/send-outgoing.js';
import { renderWeekChartForShop } from '../../services/charts.js';
import { loadOrDiagnoseWeek } from '../../services/week-diagnosis.js';
import type { BotDeps } from '../context.js';
import { weekAdsSection } from './ad-week.js';
import { weekReportMessage } from './week-report.js';

/**
 * The Monday push of a finished week: the week chart, then the diagnosis with the (at most three) action
 * items of largest expected effect and their buttons. The diagnosis stored by the scheduler's batch is used as it is; without one it is stored on the
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
  const today = localDate(deps.now(), settings.timeZone);
  const ads = await weekAdsSection(deps.db, settings, isoWeek, locale, t);
  const { text, reply_markup: markup } = weekReportMessage(
    stored.report,
    shop.name,
    locale,
    t,
    stored.items,
    today,
    ads,
  );
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
  messages.push({ text, ...(markup && { replyMarkup: markup }) });
  return messages;
}
