import { firstTimeInChat } from '../services/chat-notices.js';
import type { BotContext } from './context.js';

/**
 * Terms an owner may not know, each with the words that name it in a message and its one-line explanation.
 * The explanation follows the first message that names the term, once per chat.
 */
const GLOSSES = [
  { notice: 'gloss:break-even-cpa', term: 'gloss-break-even-cpa-term', text: 'gloss-break-even-cpa' },
  { notice: 'gloss:ad-kill', term: 'gloss-ad-kill-term', text: 'gloss-ad-kill' },
  { notice: 'gloss:orders-flat', term: 'gloss-orders-flat-term', text: 'gloss-orders-flat' },
] as const;

/**
 * The text with, after it, a one-line explanation of each term it names that this chat has not had
 * explained yet; the explanation is remembered with the update's other writes (not again once it is).
 */
export async function withGlosses(ctx: BotContext, text: string): Promise<string> {
  const chatId = ctx.chatId;
  if (chatId === undefined) return text;
  const folded = text.toLocaleLowerCase(ctx.locale);
  const glosses: string[] = [];
  for (const gloss of GLOSSES) {
    if (!folded.includes(ctx.t(gloss.term).toLocaleLowerCase(ctx.locale))) continue;
    if (await firstTimeInChat(ctx.deps.db, chatId, gloss.notice)) glosses.push(ctx.t(gloss.text));
  }
  return glosses.length > 0 ? `${text}\n\n${glosses.join('\n')}` : text;
}
