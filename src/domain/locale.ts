/** The languages the bot speaks: the one list (config, commands, callback data and checks read it). */
export const LOCALES = ['vi', 'en'] as const;

export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** Maps a Telegram language_code (e.g. "en-US") to one of ours, or undefined. */
export function localeFromLanguageCode(code: string | undefined): Locale | undefined {
  const base = code?.toLowerCase().split('-')[0];
  return isLocale(base) ? base : undefined;
}
