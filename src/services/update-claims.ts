import type { Database } from '../db/client.js';
import { deleteConversationState, readConversationStates } from '../db/queries/conversation-states.js';
import { claimChatUpdate, claimUpdate } from '../db/queries/processed-updates.js';

export interface UpdateIdentity {
  botId: number;
  updateId: number;
  /** The chat the update belongs to, if any: its lock is taken first, so a chat's updates run in turn. */
  chatId?: number | undefined;
}

/**
 * Records that this bot is handling this update, in the caller's transaction; false when it was handled
 * already. With a chat, first waits for the chat's lock (held until the transaction ends), so instances
 * sharing the database handle one chat's updates one at a time.
 */
export function claimHandledUpdate(db: Database, update: UpdateIdentity): Promise<boolean> {
  const { botId, updateId, chatId } = update;
  return chatId === undefined
    ? claimUpdate(db, botId, updateId)
    : claimChatUpdate(db, { botId, chatId, updateId });
}

/** Ends the flows stored under a conversation key: returns their stored states, which are deleted. */
export async function endStoredFlows<T>(db: Database, key: string): Promise<T[]> {
  const stored = await readConversationStates<T>(db, [key]);
  if (stored.length > 0) await deleteConversationState(db, key);
  return stored.map((row) => row.state);
}
