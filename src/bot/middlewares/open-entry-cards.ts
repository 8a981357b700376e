import { dropUnsavedCards } from '../../services/daily-entry.js';
import type { BotContext } from '../context.js';
import { rendererOf } from '../renderer.js';
import { renderDroppedCard } from '../views/dropped-card.js';

/**
 * Drops the owner's entry cards that were never saved: the drafts are deleted and each card says it was
 * dropped, its numbers kept, its Save prompt and buttons gone. Returns how many were dropped.
 */
export async function dropOpenEntryCards(ctx: BotContext): Promise<number> {
  const chatId = ctx.chatId;
  if (chatId === undefined || !ctx.owner) return 0;
  const dropped = await dropUnsavedCards(ctx.deps.db, ctx.owner.user.id);
  for (const { messageId, shown } of dropped) {
    // A card Telegram no longer lets us edit (too old, deleted) is refused once and forgotten. An edited
    // text without a keyboard takes the buttons off as well.
    if (shown) {
      const text = renderDroppedCard(shown.card, shown.shopName, rendererOf(ctx));
      await ctx.api.editMessageText(chatId, messageId, text);
    } else await ctx.api.editMessageReplyMarkup(chatId, messageId);
  }
  return dropped.length;
}
