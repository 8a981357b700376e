import { cleanName } from '../../domain/display-name.js';
import { echoInput } from '../../domain/message-text.js';
import { parseQuickEntry } from '../../domain/quick-entry.js';
import type { Translate } from '../../i18n/translator.js';
import type { AnswerCheck } from './conversation.js';

const MAX_SHOP_NAME = 64;

/**
 * Why a typed shop name cannot be one: it starts like a command, or it reads as a day's numbers (a quick
 * entry, or a line of mostly numbers the quick entry could not read). A name with a number in it
 * (`Shop 68`, `Tiệm Bánh Số 1`) is fine.
 */
function nameRefusal(name: string, today: string): string | undefined {
  if (name.startsWith('/')) return 'onboarding-name-is-command';
  const parsed = parseQuickEntry(name, today);
  if (parsed.kind === 'entry') return 'onboarding-name-is-entry';
  const words = name.split(' ');
  const numeric = words.filter((word) => /[0-9]/.test(word)).length;
  return parsed.kind === 'error' && numeric * 2 > words.length ? 'onboarding-name-is-entry' : undefined;
}

/**
 * The answer check for a shop name (new shop or rename): cleaned as every name is (see cleanName), with a
 * letter or digit, 1–64 characters, not a command, not an entry; each judged on the cleaned name.
 */
export function shopNameCheck(question: string, today: string, t: Translate) {
  return ({ text }: { text?: string }): AnswerCheck<string> => {
    const cleaned = cleanName(text ?? '', MAX_SHOP_NAME);
    if (!cleaned.ok) {
      const key =
        cleaned.reason === 'no-letter-or-digit' ? 'onboarding-name-no-letter' : 'onboarding-bad-name';
      return { ok: false, error: `${t(key)}\n${question}` };
    }
    const { name } = cleaned;
    const refusal = nameRefusal(name, today);
    if (refusal) return { ok: false, error: `${t(refusal, { name: echoInput(name) })}\n${question}` };
    return { ok: true, value: name };
  };
}
