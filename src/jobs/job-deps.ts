import type { Database } from '../db/client.js';
import type { ScheduledShop } from '../db/queries/shops.js';
import type { Locale } from '../domain/locale.js';
import type { Translator } from '../i18n/translator.js';
import type { Logger } from '../logger.js';
import type { OutgoingMessage } from './send-outgoing.js';

/** What the jobs read, diagnose and log with (the bot's deps have all of it). */
export interface JobDeps {
  db: Database;
  logger: Logger;
  /** For the weekly diagnoses it stores in each owner's language. */
  translator: Translator;
  defaultLocale: Locale;
  now: () => Date;
}

/** The messages of the jobs, rendered by the bot (see createJobMessages); the jobs send them. */
export interface JobMessages {
  /** The evening reminder of a shop for a day not recorded yet (naming the days before it left unrecorded). */
  reminder(shop: ScheduledShop, isoDate: string): Promise<OutgoingMessage>;
  /** The Monday push of a finished week, in order; empty when there is nothing to send. */
  weeklyPush(shop: ScheduledShop, isoWeek: string): Promise<OutgoingMessage[]>;
}
