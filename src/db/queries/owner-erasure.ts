import { eq, inArray, like, or } from 'drizzle-orm';
import type { Database } from '../client.js';
import { chatNotices, conversationStates, outboxMessages, shops, users } from '../schema/index.js';

/**
 * Locks the user's row and their shops' rows until the transaction ends, so nothing of theirs can be added
 * meanwhile (a new shop, or any row of a shop, waits on the lock its foreign key takes). False when there
 * is no such user.
 */
export async function lockOwnerRows(db: Database, ownerId: string): Promise<boolean> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.id, ownerId)).for('update');
  if (!user) return false;
  await db.select({ id: shops.id }).from(shops).where(eq(shops.ownerId, ownerId)).for('update');
  return true;
}

/**
 * Deletes the user. Everything else of theirs goes with the row, by the foreign keys' `on delete cascade`:
 * their shops, and with each shop its settings, days, weekly diagnoses, action items, goals, presets, ad
 * decisions, growth simulations, drafts and job claims; their drafts in any shop. False when there was none.
 */
export async function deleteOwner(db: Database, ownerId: string): Promise<boolean> {
  const rows = await db.delete(users).where(eq(users.id, ownerId)).returning({ id: users.id });
  return rows.length > 0;
}

/**
 * Deletes the conversation state of these chats: every key of a chat starts with `chat:<id>:` (state is
 * kept per user within the chat). Returns how many rows went.
 */
export async function deleteChatConversationStates(
  db: Database,
  chatIds: readonly number[],
): Promise<number> {
  if (chatIds.length === 0) return 0;
  const rows = await db
    .delete(conversationStates)
    .where(or(...chatIds.map((id) => like(conversationStates.key, `chat:${id}:%`))))
    .returning({ key: conversationStates.key });
  return rows.length;
}

/** Deletes the notices given to these chats; returns how many rows went. */
export async function deleteChatNotices(db: Database, chatIds: readonly number[]): Promise<number> {
  if (chatIds.length === 0) return 0;
  const rows = await db
    .delete(chatNotices)
    .where(inArray(chatNotices.chatId, [...chatIds]))
    .returning({ chatId: chatNotices.chatId });
  return rows.length;
}

/**
 * Deletes what the bot still had to send to these chats (texts that may hold the owner's figures and
 * names); the erasing update's own answer is stored after this, and still goes out.
 */
export async function deleteChatOutbox(db: Database, chatIds: readonly number[]): Promise<void> {
  if (chatIds.length === 0) return;
  await db.delete(outboxMessages).where(inArray(outboxMessages.chatId, [...chatIds]));
}
