import { type ConversationData, conversations, type VersionedState } from '@grammyjs/conversations';
import type { MiddlewareFn } from 'grammy';
import type { Database } from '../../db/client.js';
import {
  deleteConversationState,
  readConversationStates,
  writeConversationState,
} from '../../services/conversation-states.js';
import type { BotContext } from '../context.js';
import { noteFailure, updateFailed } from '../middlewares/failed-update.js';
import { rememberReadState } from './open-flows.js';

/**
 * Bump only on purpose: a new version silently drops every conversation in flight.
 * Conversations are keyed by chat and user, so a restart or another instance resumes them from the database.
 */
export const CONVERSATION_STATE_VERSION = 1;

type StoredState = VersionedState<ConversationData>;

export interface StorageKeys {
  /** `chat:<chat id>:user:<user id>`: one state per person in a chat. */
  key: string;
}

/** The keys of this update's conversation state; undefined for an update without a chat or a sender. */
export function storageKeys(ctx: BotContext): StorageKeys | undefined {
  if (ctx.chatId === undefined || ctx.from === undefined) return undefined;
  return { key: `chat:${ctx.chatId}:user:${ctx.from.id}` };
}

function stateOf(
  rows: readonly { key: string; state: StoredState }[],
  keys: StorageKeys,
): StoredState | undefined {
  return rows.find((row) => row.key === keys.key)?.state;
}

async function readState(db: Database, keys: StorageKeys): Promise<StoredState | undefined> {
  return stateOf(await readConversationStates<StoredState>(db, [keys.key]), keys);
}

/**
 * Hands the storage below the stored states of `storageKeys(ctx)` that the caller read (with the owner, in
 * the update's first read), so it does not read them again.
 */
export function keepReadConversationState(
  ctx: BotContext,
  keys: StorageKeys,
  rows: readonly { key: string; state: unknown }[],
): void {
  ctx.conversationStateRead = Promise.resolve({
    state: stateOf(rows as { key: string; state: StoredState }[], keys),
  });
}

/** The flows' state, read and written in the update's transaction (`ctx.deps.db`, see handleOnce). */
export function conversationStorage() {
  return {
    type: 'context' as const,
    version: CONVERSATION_STATE_VERSION,
    adapter: {
      read: async (ctx: BotContext) => {
        const keys = storageKeys(ctx);
        if (keys === undefined) return undefined;
        const prefetched = ctx.conversationStateRead as
          | Promise<{ state: StoredState | undefined }>
          | undefined;
        ctx.conversationStateRead = undefined;
        const state = prefetched ? (await prefetched).state : await readState(ctx.deps.db, keys);
        rememberReadState(ctx, state?.state);
        return state;
      },
      // After a failure the update's transaction takes no more statements, and rolls back anyway.
      write: async (ctx: BotContext, state: StoredState) => {
        const keys = storageKeys(ctx);
        if (keys === undefined || updateFailed(ctx)) return;
        await writeConversationState(ctx.deps.db, keys.key, state);
      },
      delete: async (ctx: BotContext) => {
        const keys = storageKeys(ctx);
        if (keys === undefined || updateFailed(ctx)) return;
        await deleteConversationState(ctx.deps.db, keys.key);
      },
    },
  };
}

/**
 * The conversations plugin on this storage, noting the first error met below it (in a flow or a handler)
 * before the plugin stores the flows' state: that write is skipped, so the first error is the one thrown.
 */
export function flowConversations(): MiddlewareFn<BotContext> {
  const plugin = conversations<BotContext, BotContext>({ storage: conversationStorage() });
  return (ctx, next) =>
    plugin(ctx, () =>
      next().catch((error: unknown) => {
        noteFailure(ctx, error);
        throw error;
      }),
    );
}
