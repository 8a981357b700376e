import type { MiddlewareFn } from 'grammy';
import type { AmbientDatabase } from '../../db/ambient-transaction.js';
import { claimChatUpdate, claimUpdate } from '../../db/queries/processed-updates.js';
import type { BotContext } from '../context.js';

/**
 * Handles each update id once per bot, whatever Telegram redelivers: the update's claim and all its
 * writes (records, drafts, conversation state) commit together, or — when handling throws — none of them
 * does, and the update is as if never seen. The transaction first takes its chat's lock, so instances
 * sharing the database handle a chat's updates one at a time, each reading what the previous one wrote.
 * Must run after `sequentialize`, so within one instance two updates of a chat never hold a connection
 * (or, on PGlite, the only one) while waiting for each other.
 */
export function handleOnce(database: AmbientDatabase): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const handled = await database.transaction(async () => {
      const botId = ctx.me.id;
      const updateId = ctx.update.update_id;
      const claimed =
        ctx.chatId === undefined
          ? await claimUpdate(database.db, botId, updateId)
          : await claimChatUpdate(database.db, { botId, chatId: ctx.chatId, updateId });
      if (!claimed) return false;
      await next();
      return true;
    });
    if (!handled) ctx.logger.info('update delivered again; already handled, skipped');
  };
}
