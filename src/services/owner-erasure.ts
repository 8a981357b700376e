import type { Database } from '../db/client.js';
import { countOwnerData, type OwnerDataCounts } from '../db/queries/owner-data-counts.js';
import { deleteChatConversationStates, deleteChatNotices, deleteOwner } from '../db/queries/owner-erasure.js';

export type { OwnerDataCounts } from '../db/queries/owner-data-counts.js';

/** What /deletemydata would delete, counted from the database; null when there is no such user. */
export function summarizeOwnerData(db: Database, ownerId: string): Promise<OwnerDataCounts | null> {
  return countOwnerData(db, ownerId);
}

export interface EraseOwnerInput {
  ownerId: string;
  /** The owner's chats with the bot (their private chat): rows keyed by chat, not by user, go too. */
  chatIds: readonly number[];
}

/**
 * Deletes the owner and everything of theirs in one transaction (the owner's right to erasure): the user
 * row, with it by cascade their shops, every row of those shops and their drafts, and the rows keyed by
 * their chats (conversation state, chat notices). Returns what was deleted, counted in the same
 * transaction; null when the owner was already gone (a second press), in which case nothing changes.
 */
export async function eraseOwnerData(db: Database, input: EraseOwnerInput): Promise<OwnerDataCounts | null> {
  return db.transaction(async (tx) => {
    const counts = await countOwnerData(tx, input.ownerId);
    if (!counts) return null;
    await deleteChatConversationStates(tx, input.chatIds);
    await deleteChatNotices(tx, input.chatIds);
    // A concurrent erasure may have won meanwhile: then this one deleted nothing of the owner's.
    return (await deleteOwner(tx, input.ownerId)) ? counts : null;
  });
}
