import type { InlineKeyboard } from 'grammy';
import type { BotContext } from './context.js';

/**
 * A confirmation pressed after the data it showed moved on: nothing was done. Says so on the button, and
 * shows the confirmation again as it is now in the same message (in a new one if that cannot be edited).
 */
export async function showConfirmationAgain(
  ctx: BotContext,
  again: { text: string; keyboard?: InlineKeyboard | undefined },
): Promise<void> {
  await ctx.answerCallbackQuery({ text: ctx.t('common-data-changed') });
  const text = `${ctx.t('common-data-changed-review')}\n\n${again.text}`;
  const extra = again.keyboard ? { reply_markup: again.keyboard } : {};
  await ctx.editMessageText(text, extra).catch(() => ctx.reply(text, extra));
}
