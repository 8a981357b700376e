import type { MiddlewareFn } from 'grammy';
import type { AmbientDatabase } from '../../db/ambient-transaction.js';
import { claimUpdate } from '../../db/queries/processed-updates.js';
import type { BotContext } from '../context.js';

/**
 * Handles each update id once per bot, whatever Telegram redelivers: the update's claim and all its
 * writes (records, drafts, conversation state) commit together, or — when handling throws — none of them
 * does, and the update is as if never seen. Must run after `sequentialize`, so two updates of one chat
 * never hold a transaction while waiting for each other.
 */
export function handleOnce(database: AmbientDatabase): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const handled = await database.transaction(async () => {
      if (!(await claimUpdate(database.db, ctx.me.id, ctx.update.update_id))) return false;
      await next();
      return true;
    });
    if (!handled) ctx.logger.info('update delivered again; already handled, skipped');
  };
}
