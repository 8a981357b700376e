import type { Database } from '../db/client.js';
import { claimChatNotice, releaseChatNotice } from '../db/queries/chat-notices.js';

/**
 * Tells a chat something once ever: `tell` runs only for the first caller of this notice in this chat, and
 * if it fails the notice is released (so a later update tells it) and the error rethrown. False when the
 * chat was told already.
 */
export async function tellChatOnce(
  db: Database,
  chatId: number,
  notice: string,
  tell: () => Promise<unknown>,
): Promise<boolean> {
  if (!(await claimChatNotice(db, chatId, notice))) return false;
  try {
    await tell();
    return true;
  } catch (error) {
    await releaseChatNotice(db, chatId, notice);
    throw error;
  }
}

/**
 * Whether the chat is told this for the first time: true once, for the first caller (recorded with the
 * caller's other writes, so an update that fails has told nothing).
 */
export async function firstTimeInChat(db: Database, chatId: number, notice: string): Promise<boolean> {
  return claimChatNotice(db, chatId, notice);
}
