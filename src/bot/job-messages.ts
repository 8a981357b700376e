import { localDate } from '../domain/local-date.js';
import { isLocale } from '../domain/locale.js';
import type { Renderer } from '../i18n/translator.js';
import type { JobMessages } from '../jobs/job-deps.js';
import { loadWeeklyPush } from '../services/weekly-push.js';
import type { BotDeps } from './context.js';
import { reminderMessage } from './views/reminder-message.js';
import { weeklyPushMessages } from './views/weekly-push.js';

/** The messages of the scheduler's jobs, rendered by the bot in each owner's language (see JobScheduler). */
export function createJobMessages(deps: BotDeps): JobMessages {
  const rendererFor = (owner: { language: string }): Renderer => {
    const locale = isLocale(owner.language) ? owner.language : deps.defaultLocale;
    return { locale, t: deps.translator.forLocale(locale) };
  };
  return {
    reminder({ shop, owner, settings }, isoDate) {
      const renderer = rendererFor(owner);
      // Between midnight and the hour the day closes, the reminder is about the day before.
      const day = isoDate < localDate(deps.now(), settings.timeZone) ? 'yesterday' : 'today';
      return reminderMessage(shop, isoDate, day, renderer);
    },
    async weeklyPush(scheduled, isoWeek) {
      const renderer = rendererFor(scheduled.owner);
      const now = deps.now();
      const content = await loadWeeklyPush(deps.db, scheduled, isoWeek, renderer, now);
      const { shop, settings } = scheduled;
      const today = localDate(now, settings.timeZone);
      return weeklyPushMessages(content, { name: shop.name, timeZone: settings.timeZone }, today, renderer);
    },
  };
}
