import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import { LOCALES, type Locale } from '../domain/locale.js';
import type { Translator } from '../i18n/translator.js';

export const COMMANDS = [
  'today',
  'edit',
  'delete',
  'week',
  'actions',
  'ads',
  'chart',
  'goal',
  'simulate',
  'export',
  'products',
  'remind',
  'dayclose',
  'settings',
  'shop',
  'lang',
  'deletemydata',
  'help',
  'cancel',
  'start',
] as const;

/** The command menu in one language, its descriptions read from the .ftl files. */
export function commandsFor(translator: Translator, locale: Locale): BotCommand[] {
  const t = translator.forLocale(locale);
  return COMMANDS.map((command) => ({ command, description: t(`command-${command}.description`) }));
}

/** Registers the menu for every language, and the default language's menu for everyone else. */
export async function registerCommands(
  api: Api,
  translator: Translator,
  defaultLocale: Locale,
): Promise<void> {
  for (const locale of LOCALES) {
    await api.setMyCommands(commandsFor(translator, locale), { language_code: locale });
  }
  await api.setMyCommands(commandsFor(translator, defaultLocale));
}
