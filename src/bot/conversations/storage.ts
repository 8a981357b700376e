import type { ConversationData, VersionedState } from '@grammyjs/conversations';
import type { MiddlewareFn } from 'grammy';
import type { Database } from '../../db/client.js';
import {
  deleteConversationState,
  readConversationState,
  writeConversationState,
} from '../../db/queries/conversation-states.js';
import type { BotContext } from '../context.js';

/**
 * Bump only on purpose: a new version silently drops every conversation in flight.
 * Conversations are keyed by chat, so a restart or another instance resumes them from the database.
 */
export const CONVERSATION_STATE_VERSION = 1;

type StoredState = VersionedState<ConversationData>;

function storageKey(ctx: BotContext): string | undefined {
  return ctx.chatId === undefined ? undefined : `chat:${ctx.chatId}`;
}

/**
 * Starts reading the chat's conversation state as soon as the update arrives, so the read overlaps the
 * owner lookup instead of following it (every update needs both).
 */
export function prefetchConversationState(db: Database): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    const key = storageKey(ctx);
    const read = key === undefined ? Promise.resolve(undefined) : readConversationState<StoredState>(db, key);
    read.catch(() => undefined); // awaited (and its error surfaced) by the storage below
    ctx.conversationStateRead = read;
    return next();
  };
}

export function conversationStorage(db: Database) {
  return {
    type: 'context' as const,
    version: CONVERSATION_STATE_VERSION,
    adapter: {
      read: (ctx: BotContext) => {
        const key = storageKey(ctx);
        if (key === undefined) return undefined;
        const prefetched = ctx.conversationStateRead;
        ctx.conversationStateRead = undefined;
        return (
          (prefetched as Promise<StoredState | undefined> | undefined) ??
          readConversationState<StoredState>(db, key)
        );
      },
      write: async (ctx: BotContext, state: StoredState) => {
        const key = storageKey(ctx);
        if (key !== undefined) await writeConversationState(db, key, state);
      },
      delete: async (ctx: BotContext) => {
        const key = storageKey(ctx);
        if (key !== undefined) await deleteConversationState(db, key);
      },
    },
  };
}
