import type { InlineKeyboardMarkup } from 'grammy/types';
import { dropUnsavedCards, rememberCardMessage } from '../../services/daily-entry.js';
import { entryCardData } from '../callback-data/index.js';
import type { BotContext } from '../context.js';

/** The draft id of a message's entry card keyboard, if it is one. */
function cardDraftId(markup: unknown): string | undefined {
  const rows = (markup as InlineKeyboardMarkup | undefined)?.inline_keyboard ?? [];
  for (const button of rows.flat()) {
    const data = 'callback_data' in button ? entryCardData.parse(button.callback_data) : null;
    if (data?.action === 'save') return data.draftId;
  }
  return undefined;
}

const EDITS = new Set(['editMessageText', 'editMessageReplyMarkup']);

/**
 * Keeps, on each draft, the message that shows its card, whoever sends or edits it (a quick entry, a flow,
 * a button): an outgoing-call transformer on this update's Api, writing in the update's transaction. A
 * message edited into something else (a saved card, a reply) no longer shows the draft's card.
 */
export function trackEntryCards(ctx: BotContext): void {
  const owner = ctx.owner;
  if (!owner) return;
  const { db } = ctx.deps;
  ctx.api.config.use(async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (!result.ok || (method !== 'sendMessage' && !EDITS.has(method))) return result;
    const sent = payload as { reply_markup?: unknown; message_id?: number };
    const draftId = cardDraftId(sent.reply_markup) ?? null;
    const messageId =
      method === 'sendMessage' ? (result.result as { message_id: number }).message_id : sent.message_id;
    if (messageId !== undefined && (draftId !== null || EDITS.has(method))) {
      await rememberCardMessage(db, { userId: owner.user.id, messageId }, draftId);
    }
    return result;
  });
}

/**
 * Drops the owner's entry cards that were never saved: the drafts are deleted and the cards' buttons come
 * off. Returns how many were dropped.
 */
export async function dropOpenEntryCards(ctx: BotContext): Promise<number> {
  const chatId = ctx.chatId;
  if (chatId === undefined || !ctx.owner) return 0;
  const messageIds = await dropUnsavedCards(ctx.deps.db, ctx.owner.user.id);
  for (const messageId of messageIds) {
    await ctx.api.editMessageReplyMarkup(chatId, messageId).catch((err: unknown) => {
      ctx.logger.warn({ err }, 'could not take the buttons off a dropped entry card');
    });
  }
  return messageIds.length;
}
