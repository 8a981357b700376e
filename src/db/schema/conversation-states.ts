import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { timestamps } from './columns.js';

/** Storage for @grammyjs/conversations: one versioned state per key (chat), survives restarts. */
export const conversationStates = pgTable('conversation_states', {
  key: text('key').primaryKey(),
  state: jsonb('state').$type<unknown>().notNull(),
  ...timestamps(),
});

export type ConversationStateRow = typeof conversationStates.$inferSelect;
export type NewConversationStateRow = typeof conversationStates.$inferInsert;
