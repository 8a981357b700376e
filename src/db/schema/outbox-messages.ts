import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { OutboxAttachment } from './json-types.js';

/**
 * What a handled update decided to tell Telegram, written in the update's own transaction (with its claim
 * and its effects) and sent after that transaction committed; a row goes once its call went out. A process
 * that dies after the commit leaves its rows here: once their lease ends, any instance sends them (at least
 * once), so a committed answer is never lost and the update's effect is never done again.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    botId: bigint('bot_id', { mode: 'number' }).notNull(),
    chatId: bigint('chat_id', { mode: 'number' }).notNull(),
    updateId: bigint('update_id', { mode: 'number' }).notNull(),
    /** The owner the update came from, when known: a sent entry card is remembered on their draft. */
    userId: uuid('user_id'),
    /** The Bot API method, e.g. 'sendMessage', 'answerCallbackQuery'. */
    method: text('method').notNull(),
    /** The call's parameters as JSON (no file in them: see attachment). */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** A photo or document the call uploads: a chart drawn when it is sent, or a file's bytes. */
    attachment: jsonb('attachment').$type<OutboxAttachment>(),
    /** Until then the instance that committed the row sends it; afterwards any instance may. */
    leaseUntil: timestamp('lease_until', { withTimezone: true, mode: 'date' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('idx_outbox_messages_bot_lease').on(t.botId, t.leaseUntil),
    index('idx_outbox_messages_bot_chat').on(t.botId, t.chatId, t.id),
  ],
);

export type OutboxMessage = typeof outboxMessages.$inferSelect;
export type NewOutboxMessage = typeof outboxMessages.$inferInsert;
