import { booksDay } from '../domain/books-day.js';
import { isLocale } from '../domain/locale.js';
import type { Renderer } from '../i18n/translator.js';
import type { JobMessages } from '../jobs/job-deps.js';
import { loadMissedDays } from '../services/missed-days.js';
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
    async reminder({ shop, owner, settings }, isoDate) {
      const renderer = rendererFor(owner);
      // The reminder's day is the books day of its slot: "today" while those books are open (after midnight
      // too, until the day closes), "yesterday" once the day closed before it was sent.
      const { date: today } = booksDay(deps.now(), settings.timeZone, settings.dayClosesAt);
      const day = isoDate < today ? 'yesterday' : 'today';
      const missed = await loadMissedDays(deps.db, shop, settings.timeZone, isoDate);
      return reminderMessage(shop, isoDate, day, missed, renderer);
    },
    async weeklyPush(scheduled, isoWeek) {
      const renderer = rendererFor(scheduled.owner);
      const now = deps.now();
      const content = await loadWeeklyPush(deps.db, scheduled, isoWeek, renderer, now);
      const { shop, settings } = scheduled;
      const today = booksDay(now, settings.timeZone, settings.dayClosesAt).date;
      return weeklyPushMessages(content, { name: shop.name, timeZone: settings.timeZone }, today, renderer);
    },
  };
}
