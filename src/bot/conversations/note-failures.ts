import type { ConversationBuilder } from '@grammyjs/conversations';
import type { Context } from 'grammy';
import type { BotContext } from '../context.js';
import { isStatementFailure, noteFailure } from '../middlewares/failed-update.js';
import type { BotConversation } from './conversation.js';

type ExternalOp = Parameters<BotConversation['external']>[0];

/**
 * A conversation whose `external` calls note a failed statement on the update before the plugin hands
 * the error on: the plugin rethrows a structured clone (no SQLSTATE, no class), so the original is kept
 * for the log and for deciding what the failure means.
 */
export function noteStatementFailures<A extends unknown[]>(
  builder: (conversation: BotConversation, ctx: Context, ...args: A) => Promise<unknown>,
): ConversationBuilder<BotContext, Context> {
  return (async (conversation: BotConversation, ctx: Context, ...args: A) => {
    const external = conversation.external.bind(conversation);
    conversation.external = ((op: ExternalOp) => {
      const options = typeof op === 'function' ? { task: op } : op;
      return external({
        ...options,
        task: async (outer: BotContext) => {
          try {
            return await options.task(outer);
          } catch (error) {
            if (isStatementFailure(error)) noteFailure(outer, error);
            throw error;
          }
        },
      } as never);
    }) as BotConversation['external'];
    return builder(conversation, ctx, ...args);
  }) as unknown as ConversationBuilder<BotContext, Context>;
}
