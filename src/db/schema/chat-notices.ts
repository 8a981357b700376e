import { bigint, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { timestamps } from './columns.js';

/**
 * Notices a chat gets once ever, such as "private chats only" in a group. Keyed by the Telegram chat, not by
 * a shop: such a chat has none.
 */
export const chatNotices = pgTable(
  'chat_notices',
  {
    chatId: bigint('chat_id', { mode: 'number' }).notNull(),
    /** e.g. 'private-chats-only'. */
    kind: text('kind').notNull(),
    ...timestamps(),
  },
  (t) => [primaryKey({ name: 'pk_chat_notices', columns: [t.chatId, t.kind] })],
);

export type ChatNotice = typeof chatNotices.$inferSelect;
