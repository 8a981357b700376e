import type { ConversationData, VersionedState } from '@grammyjs/conversations';
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

export function conversationStorage(db: Database) {
  return {
    type: 'key' as const,
    version: CONVERSATION_STATE_VERSION,
    getStorageKey: (ctx: BotContext) => (ctx.chatId === undefined ? undefined : `chat:${ctx.chatId}`),
    adapter: {
      read: async (key: string) =>
        (await readConversationState(db, key)) as VersionedState<ConversationData> | undefined,
      write: (key: string, state: VersionedState<ConversationData>) => writeConversationState(db, key, state),
      delete: (key: string) => deleteConversationState(db, key),
    },
  };
}
