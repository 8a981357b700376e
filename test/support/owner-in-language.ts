import { describe } from 'vitest';
import type { ChatSession } from '../../src/dev/chat-session.js';
import type { Locale } from '../../src/domain/locale.js';
import { type Harness, onboard, onboardEnglishOwner } from './bot-harness.js';

/** An onboarded owner speaking `locale`: Lan with "Hoa Mai Shop" (vi) or Anna with "Anna Flowers" (en). */
export async function startOwner(h: Harness, locale: Locale, id: number): Promise<ChatSession> {
  if (locale === 'en') return onboardEnglishOwner(h, id);
  const chat = h.user({ id, first_name: 'Lan', language_code: 'vi' });
  await onboard(chat);
  return chat;
}

/** A describe block per language, given what each language's owner sees. */
export function forEachLanguage<L>(
  languages: Record<Locale, L>,
  title: string,
  body: (locale: Locale, lang: L) => void,
): void {
  describe.each(Object.entries(languages) as [Locale, L][])(`${title} (%s)`, body);
}
