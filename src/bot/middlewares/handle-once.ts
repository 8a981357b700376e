import type { MiddlewareFn } from 'grammy';
import { SendsCutOffError } from '../../cut-off.js';
import type { Database } from '../../db/client.js';
import { storeOutboxCalls } from '../../services/outbox.js';
import { claimHandledUpdate, endStoredFlows } from '../../services/update-claims.js';
import type { BotContext } from '../context.js';
import { storedFlowNameKeys } from '../conversations/open-flows.js';
import { storageKeys } from '../conversations/storage.js';
import { deliverOutbox, type OutboxRow } from '../outbox/deliver-outbox.js';
import { UpdateOutbox } from '../outbox/update-outbox.js';
import { firstFailure, isPassingFailure, noteEndedFlows } from './failed-update.js';

/**
 * Handles each update id once per bot, whatever Telegram redelivers: the update's claim, all its writes
 * (records, drafts, conversation state) and what the bot decided to say commit together, or — when
 * handling throws — none of them does. No Bot API call is made inside that transaction: the update's calls
 * are held back (UpdateOutbox), stored in it, and made once it committed (a process that dies in between
 * leaves them to the next sweep, src/bot/outbox/outbox-sweeper.ts). A failure that would repeat (a statement
 * refused, a bug) is then settled in a fresh transaction: the update is claimed and the chat's open flows
 * are ended, so the owner's next message is not held up by the same failure; a failure that can pass (the
 * database unreachable, shutdown) leaves the update as if never seen. The first error met is rethrown
 * either way, for the error boundary, whose apology goes straight to Telegram.
 * The transaction first takes its chat's lock, so instances sharing the database handle a chat's updates
 * one at a time, each reading what the previous one wrote. Within one instance the transport hands a
 * chat's updates over one at a time (src/server/chat-lanes.ts), so two of them never hold a connection
 * (or, on PGlite, the only one) while waiting for each other, and a chat's answers go out in order.
 */
export function handleOnce(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const root = ctx.deps;
    const botId = ctx.me.id;
    const updateId = ctx.update.update_id;
    const chatId = ctx.chatId;
    const claim = (db: Database) => claimHandledUpdate(db, { botId, updateId, chatId });
    const outbox = new UpdateOutbox();
    ctx.outbox = outbox;
    ctx.api.config.use(outbox.transformer);
    let rows: OutboxRow[] = [];
    let handled: boolean;
    try {
      handled = await root.db.transaction(async (tx) => {
        if (!(await claim(tx))) return false;
        // Everything below this middleware reads and writes through `ctx.deps.db`: this transaction.
        ctx.deps = { ...root, db: tx };
        try {
          await next();
        } finally {
          ctx.deps = root;
        }
        const calls = outbox.take();
        if (calls.length === 0) return true;
        // Only updates of a chat get here (privateChatsOnly, ignoreInlineMessagePresses).
        if (chatId === undefined) throw new Error('an update without a chat decided Bot API calls');
        const userId = ctx.owner?.user.id ?? null;
        const ids = await storeOutboxCalls(tx, { botId, chatId, updateId, userId }, calls);
        rows = calls.map((call, i) => ({ ...call, id: ids[i]!, chatId, userId }));
        return true;
      });
    } catch (error) {
      outbox.take();
      const failure = firstFailure(ctx, error);
      if (!isPassingFailure(failure)) await settleFailure(ctx, root.db, claim);
      throw failure;
    }
    outbox.take();
    if (!handled) return void ctx.logger.info('update delivered again; already handled, skipped');
    const delivery = await deliverOutbox(ctx.api, { db: root.db, logger: ctx.logger }, rows);
    if (delivery.cutOff) throw new SendsCutOffError('the shutdown cut off the sends of a committed update');
  };
}

/** Claims a failed update and ends the chat's open flows (as they were before it), in a new transaction. */
async function settleFailure(
  ctx: BotContext,
  db: Database,
  claim: (db: Database) => Promise<boolean>,
): Promise<void> {
  const keys = storageKeys(ctx);
  try {
    const flows = await db.transaction(async (tx) => {
      if (!(await claim(tx))) return [];
      if (keys === undefined) return [];
      const ended = await endStoredFlows<{ state?: Parameters<typeof storedFlowNameKeys>[0] }>(tx, keys.key);
      return ended.flatMap((stored) => storedFlowNameKeys(stored.state));
    });
    noteEndedFlows(ctx, flows);
    if (flows.length > 0) ctx.logger.info({ flows: flows.length }, 'failed update ended the open flows');
  } catch (err) {
    ctx.logger.warn({ err }, 'could not settle a failed update; it stays unclaimed');
  }
}
