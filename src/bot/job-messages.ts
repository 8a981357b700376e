import type { ScheduledShop } from '../db/queries/shops.js';
import { localDate } from '../domain/local-date.js';
import { isLocale } from '../domain/locale.js';
import type { JobMessages } from '../jobs/job-deps.js';
import type { BotDeps } from './context.js';
import { reminderMessage } from './views/reminder-message.js';
import { prepareWeeklyPush } from './views/weekly-push.js';

/** The messages of the scheduler's jobs, rendered by the bot in each owner's language (see JobScheduler). */
export function createJobMessages(deps: BotDeps): JobMessages {
  return {
    reminder({ shop, owner, settings }: ScheduledShop, isoDate: string) {
      const locale = isLocale(owner.language) ? owner.language : deps.defaultLocale;
      // Between midnight and the hour the day closes, the reminder is about the day before.
      const day = isoDate < localDate(deps.now(), settings.timeZone) ? 'yesterday' : 'today';
      return reminderMessage(shop, isoDate, day, locale, deps.translator.forLocale(locale));
    },
    weeklyPush: (shop, isoWeek) => prepareWeeklyPush(deps, shop, isoWeek),
  };
}
