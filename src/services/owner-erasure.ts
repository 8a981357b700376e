import type { Database } from '../db/client.js';
import { countOwnerData, type OwnerDataCounts } from '../db/queries/owner-data-counts.js';
import {
  deleteChatConversationStates,
  deleteChatNotices,
  deleteChatOutbox,
  deleteOwner,
  lockOwnerRows,
} from '../db/queries/owner-erasure.js';
import { ownerDataVersion } from '../domain/shown-version.js';

export type { OwnerDataCounts } from '../db/queries/owner-data-counts.js';

/** What /deletemydata would delete, counted from the database, and its fingerprint; null when no such user. */
export interface OwnerDataSummary {
  counts: OwnerDataCounts;
  /** What the confirmation shows, as its Delete button carries it (ownerDataVersion). */
  shown: string;
}

function summaryOf(counts: OwnerDataCounts): OwnerDataSummary {
  return { counts, shown: ownerDataVersion(counts) };
}

/** What /deletemydata would delete, counted from the database; null when there is no such user. */
export async function summarizeOwnerData(db: Database, ownerId: string): Promise<OwnerDataSummary | null> {
  const counts = await countOwnerData(db, ownerId);
  return counts && summaryOf(counts);
}

export interface EraseOwnerInput {
  ownerId: string;
  /** The owner's chats with the bot (their private chat): rows keyed by chat, not by user, go too. */
  chatIds: readonly number[];
  /** What the confirmation counted (OwnerDataSummary.shown): anything added since, and nothing is deleted. */
  shown: string;
}

export type EraseResult =
  | { status: 'erased'; counts: OwnerDataCounts }
  /** The owner's data changed since the confirmation: nothing was deleted; what there is now. */
  | { status: 'changed'; summary: OwnerDataSummary };

/**
 * Deletes the owner and everything of theirs in one transaction (the owner's right to erasure): the user
 * row, with it by cascade their shops, every row of those shops and their drafts, and the rows keyed by
 * their chats (conversation state, chat notices). The owner's rows are locked first and counted: unless the
 * counts are still those the confirmation showed, nothing is deleted. Null when the owner was already gone
 * (a second press), in which case nothing changes.
 */
export async function eraseOwnerData(db: Database, input: EraseOwnerInput): Promise<EraseResult | null> {
  return db.transaction(async (tx) => {
    if (!(await lockOwnerRows(tx, input.ownerId))) return null;
    const counts = await countOwnerData(tx, input.ownerId);
    if (!counts) return null;
    const now = summaryOf(counts);
    if (now.shown !== input.shown) return { status: 'changed', summary: now };
    await deleteChatConversationStates(tx, input.chatIds);
    await deleteChatNotices(tx, input.chatIds);
    await deleteChatOutbox(tx, input.chatIds);
    // A concurrent erasure may have won meanwhile: then this one deleted nothing of the owner's.
    return (await deleteOwner(tx, input.ownerId)) ? { status: 'erased', counts } : null;
  });
}
