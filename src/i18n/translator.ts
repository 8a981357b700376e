import { I18n } from '@grammyjs/i18n';
import type { Context } from 'grammy';
import type { Locale } from '../domain/locale.js';
import { localesFolder } from '../paths.js';

export type TranslationVariables = Record<string, string | number>;

/** Locale-bound translation, usable outside grammY middleware (services, jobs, charts, views). */
export type Translate = (key: string, variables?: TranslationVariables) => string;

/** The language a text is drawn in: the locale that formats its numbers and dates, and its translation. */
export interface Renderer {
  locale: Locale;
  t: Translate;
}

export interface Translator {
  i18n: I18n<Context & { locale: Locale }>;
  forLocale(locale: Locale): Translate;
}

/** Loads locales/*.ftl once. The locale of an update is decided by the loadOwner middleware (ctx.locale). */
export function createTranslator(defaultLocale: Locale): Translator {
  const i18n = new I18n<Context & { locale: Locale }>({
    defaultLocale,
    localeNegotiator: (ctx) => ctx.locale,
    fluentBundleOptions: { useIsolating: false },
  });
  i18n.loadLocalesDirSync(localesFolder);
  return {
    i18n,
    forLocale: (locale) => (key, variables) => i18n.t(locale, key, variables),
  };
}
