import type { Renderer } from '../../i18n/translator.js';
import type { OutgoingMessage } from '../../jobs/send-outgoing.js';
import type { WeeklyPushContent } from '../../services/weekly-push.js';
import { renderAdsOfWeek } from './ad-week.js';
import { weekReportMessage } from './week-report.js';

/**
 * The Monday push of a finished week: the week chart, then the diagnosis with the (at most three) action
 * items of largest expected effect and their buttons; only the text for a week without records.
 */
export function weeklyPushMessages(
  { week, ads, chart }: WeeklyPushContent,
  shop: { name: string; timeZone: string },
  today: string,
  renderer: Renderer,
): OutgoingMessage[] {
  const adsSection = renderAdsOfWeek(ads, shop.timeZone, renderer);
  const { text, reply_markup: markup } = weekReportMessage(
    week.report,
    shop.name,
    renderer,
    week.items,
    today,
    adsSection,
  );
  const messages: OutgoingMessage[] = [];
  if (chart?.type === 'photo') {
    messages.push({
      text: '',
      photo: { bytes: chart.png, filename: chart.filename, caption: chart.caption },
    });
  }
  messages.push({ text, ...(markup && { replyMarkup: markup }) });
  return messages;
}
