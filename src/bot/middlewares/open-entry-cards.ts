import { dropUnsavedCards } from '../../services/daily-entry.js';
import type { BotContext } from '../context.js';

/**
 * Drops the owner's entry cards that were never saved: the drafts are deleted and the cards' buttons come
 * off. Returns how many were dropped.
 */
export async function dropOpenEntryCards(ctx: BotContext): Promise<number> {
  const chatId = ctx.chatId;
  if (chatId === undefined || !ctx.owner) return 0;
  const messageIds = await dropUnsavedCards(ctx.deps.db, ctx.owner.user.id);
  for (const messageId of messageIds) {
    // A card Telegram no longer lets us edit (too old, deleted) is refused once and forgotten.
    await ctx.api.editMessageReplyMarkup(chatId, messageId);
  }
  return messageIds.length;
}
