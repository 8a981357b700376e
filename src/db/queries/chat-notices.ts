import { and, eq } from 'drizzle-orm';
import type { Database } from '../client.js';
import { chatNotices } from '../schema/index.js';

/** Claims the right to give a chat a notice: true for the first caller only, across instances and restarts. */
export async function claimChatNotice(db: Database, chatId: number, kind: string): Promise<boolean> {
  const rows = await db
    .insert(chatNotices)
    .values({ chatId, kind })
    .onConflictDoNothing()
    .returning({ chatId: chatNotices.chatId });
  return rows.length > 0;
}

/** Gives a claim back when the notice could not be sent, so that a later update tries again. */
export async function releaseChatNotice(db: Database, chatId: number, kind: string): Promise<void> {
  await db.delete(chatNotices).where(and(eq(chatNotices.chatId, chatId), eq(chatNotices.kind, kind)));
}
