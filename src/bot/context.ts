import type { ConversationFlavor } from '@grammyjs/conversations';
import type { I18nFlavor } from '@grammyjs/i18n';
import type { Context } from 'grammy';
import type { Database } from '../db/client.js';
import type { Shop, ShopSettings, User } from '../db/schema/index.js';
import type { Locale } from '../domain/locale.js';
import type { Translator } from '../i18n/translator.js';
import type { Logger } from '../logger.js';
import type { UpdateOutbox } from './outbox/update-outbox.js';

/** What every handler may use; passed to createBot instead of module singletons. */
export interface BotDeps {
  db: Database;
  logger: Logger;
  translator: Translator;
  defaultLocale: Locale;
  defaultTimeZone: string;
  /** The clock; tests pin it. */
  now: () => Date;
}

/** The person behind an update, as far as the database knows them. */
export interface Owner {
  user: User;
  /** The shop in use, with its settings; null until onboarding created one. */
  shop: (Shop & { settings: ShopSettings }) | null;
}

interface ExtraContext {
  deps: BotDeps;
  logger: Logger;
  /** null for someone who never finished /start. */
  owner: Owner | null;
  locale: Locale;
  /** The Bot API calls this update decided on, made once it committed (see handleOnce). */
  outbox: UpdateOutbox;
  /** The conversation state, read with the owner when the update arrived (see loadOwner). */
  conversationStateRead?: Promise<unknown> | undefined;
}

export type BotContext = ConversationFlavor<Context & I18nFlavor & ExtraContext>;
