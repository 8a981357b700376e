import { I18n } from '@grammyjs/i18n';
import type { Context } from 'grammy';
import type { Locale } from '../domain/locale.js';
import { localesFolder } from '../paths.js';

export type TranslationVariables = Record<string, string | number>;

/** Locale-bound translation, usable outside grammY middleware (services, jobs, charts, views). */
export type Translate = (key: string, variables?: TranslationVariables) => string;

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
  rememberBundleMatches(i18n);
  return {
    i18n,
    forLocale: (locale) => (key, variables) => i18n.t(locale, key, variables),
  };
}

/** Locale lists remembered at most; ours are `vi` and `en`, so this only bounds an unexpected caller. */
const MAX_REMEMBERED_MATCHES = 16;

/**
 * The plugin negotiates the locale against every loaded bundle on each translation (a few tenths of a
 * millisecond per update, for a handful of texts). The bundles never change once the folder is loaded, so
 * the bundles matched for a list of locales are the same every time: they are remembered per list.
 * `matchBundles` is the plugin's own method (1.x), kept as the one source of the matching rules.
 */
function rememberBundleMatches(i18n: I18n<Context & { locale: Locale }>): void {
  const fluent = i18n.fluent as unknown as { matchBundles(locales: readonly string[]): Set<unknown> };
  const match = fluent.matchBundles.bind(fluent);
  const matches = new Map<string, Set<unknown>>();
  fluent.matchBundles = (locales) => {
    const key = locales.join('\n');
    let bundles = matches.get(key);
    if (!bundles) {
      bundles = match(locales);
      if (matches.size < MAX_REMEMBERED_MATCHES) matches.set(key, bundles);
    }
    return bundles;
  };
}
