import type { InlineKeyboard } from 'grammy';
import type { BotContext } from './context.js';

/**
 * A confirmation pressed after the data it showed moved on: nothing was done. Says so on the button, and
 * shows the confirmation again as it is now in the same message, or in a new one if that cannot be edited.
 * `inPlaceOnly`: never a new message — for a message whose buttons act on data that was just brought up to
 * date (an entry card's Save), where the old message left standing would show other figures than its
 * button books; a failed edit then fails the update.
 */
export async function showConfirmationAgain(
  ctx: BotContext,
  again: { text: string; keyboard?: InlineKeyboard | undefined },
  options: { inPlaceOnly?: boolean } = {},
): Promise<void> {
  await ctx.answerCallbackQuery({ text: ctx.t('common-data-changed') });
  const text = `${ctx.t('common-data-changed-review')}\n\n${again.text}`;
  const extra = again.keyboard ? { reply_markup: again.keyboard } : {};
  const edited = ctx.editMessageText(text, extra);
  await (options.inPlaceOnly ? edited : edited.catch(() => ctx.reply(text, extra)));
}
