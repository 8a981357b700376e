import type { MiddlewareFn } from 'grammy';
import type { AmbientDatabase } from '../../db/ambient-transaction.js';
import { claimHandledUpdate, endStoredFlows } from '../../services/update-claims.js';
import type { BotContext } from '../context.js';
import { storedFlowNameKeys } from '../conversations/open-flows.js';
import { storageKeys } from '../conversations/storage.js';
import { firstFailure, isPassingFailure, noteEndedFlows } from './failed-update.js';

/**
 * Handles each update id once per bot, whatever Telegram redelivers: the update's claim and all its
 * writes (records, drafts, conversation state) commit together, or — when handling throws — none of them
 * does. A failure that would repeat (a statement refused, a bug) is then settled in a fresh transaction:
 * the update is claimed and the chat's open flows are ended, so the owner's next message is not held up
 * by the same failure; a failure that can pass (Telegram or the database unreachable, shutdown) leaves
 * the update as if never seen. The first error met is rethrown either way, for the error boundary.
 * The transaction first takes its chat's lock, so instances sharing the database handle a chat's updates
 * one at a time, each reading what the previous one wrote. Within one instance the transport hands a
 * chat's updates over one at a time (src/server/chat-lanes.ts), so two of them never hold a connection
 * (or, on PGlite, the only one) while waiting for each other.
 */
export function handleOnce(database: AmbientDatabase): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const claim = () =>
      claimHandledUpdate(database.db, {
        botId: ctx.me.id,
        updateId: ctx.update.update_id,
        chatId: ctx.chatId,
      });
    let handled: boolean;
    try {
      handled = await database.transaction(async () => {
        if (!(await claim())) return false;
        await next();
        return true;
      });
    } catch (error) {
      const failure = firstFailure(ctx, error);
      if (!isPassingFailure(failure)) await settleFailure(ctx, database, claim);
      throw failure;
    }
    if (!handled) ctx.logger.info('update delivered again; already handled, skipped');
  };
}

/** Claims a failed update and ends the chat's open flows (as they were before it), in a new transaction. */
async function settleFailure(
  ctx: BotContext,
  database: AmbientDatabase,
  claim: () => Promise<boolean>,
): Promise<void> {
  const keys = storageKeys(ctx);
  try {
    const flows = await database.transaction(async () => {
      if (!(await claim())) return [];
      if (keys === undefined) return [];
      const ended = await endStoredFlows<{ state?: Parameters<typeof storedFlowNameKeys>[0] }>(
        database.db,
        keys.key,
      );
      return ended.flatMap((stored) => storedFlowNameKeys(stored.state));
    });
    noteEndedFlows(ctx, flows);
    if (flows.length > 0) ctx.logger.info({ flows: flows.length }, 'failed update ended the open flows');
  } catch (err) {
    ctx.logger.warn({ err }, 'could not settle a failed update; it stays unclaimed');
  }
}
