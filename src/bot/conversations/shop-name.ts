import type { Context } from 'grammy';
import { cleanName } from '../../domain/display-name.js';
import { echoInput } from '../../domain/message-text.js';
import { parseQuickEntry } from '../../domain/quick-entry.js';
import type { Translate } from '../../i18n/translator.js';
import type { BotContext } from '../context.js';
import { type AnswerCheck, ask, type Flow, MAX_ATTEMPTS, say } from './conversation.js';

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

export interface ShopNameQuestion<T> {
  question: string;
  /** Today in the shop's zone (a name that reads as an entry for it is refused). */
  today: string;
  t: Translate;
  giveUpKey?: string;
  /** A name refused already (`taken` by that shop): said before the question is first asked. */
  refused?: { name: string; taken: string };
  /**
   * Takes the name, in the update that brought it: what it made of it, or `taken` with the name of the
   * owner's shop that already has it (letter case and accents aside), and then nothing changed.
   */
  take: (ctx: BotContext, name: string) => Promise<T | { taken: string }>;
}

/**
 * Asks a shop name (see shopNameCheck) and hands it to `take`; a name one of the owner's other shops has
 * is refused, naming that shop, and asked again, at most MAX_ATTEMPTS times. Undefined when the flow is over.
 */
export async function askShopName<T>(
  flow: Flow,
  ctx: Context,
  options: ShopNameQuestion<T>,
): Promise<{ name: string; result: T } | undefined> {
  const { question, today, t } = options;
  const refusal = (name: string, taken: string) =>
    t('shop-name-taken', { name: echoInput(name), shop: taken });
  const { refused } = options;
  let asked = refused ? `${refusal(refused.name, refused.taken)}\n${question}` : question;
  for (let attempt = 1; ; attempt += 1) {
    const name = await ask(flow, ctx, {
      question: asked,
      t,
      ...(options.giveUpKey && { giveUpKey: options.giveUpKey }),
      check: shopNameCheck(question, today, t),
    });
    if (name === undefined) return undefined;
    const result = await flow.conversation.external((octx) => options.take(octx, name));
    if (!isTaken(result)) return { name, result };
    const refused = refusal(name, result.taken);
    if (attempt >= MAX_ATTEMPTS) {
      await say(flow, ctx, `${refused}\n${t(options.giveUpKey ?? 'common-too-many-attempts')}`);
      return undefined;
    }
    asked = `${refused}\n${question}`;
  }
}

function isTaken(result: unknown): result is { taken: string } {
  return typeof result === 'object' && result !== null && 'taken' in result;
}
