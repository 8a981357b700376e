import { eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { conversationStates } from '../schema/index.js';

// Storage for @grammyjs/conversations (`{ type: 'key', adapter: { read, write, delete } }`). The state is
// whatever the plugin hands over (`{ version, state }`); this layer stores it as JSONB untouched.

/** The stored states of these keys, with their keys, in one query. */
export async function readConversationStates<T = unknown>(
  db: Database,
  keys: readonly string[],
): Promise<{ key: string; state: T }[]> {
  const rows = await db
    .select({ key: conversationStates.key, state: conversationStates.state })
    .from(conversationStates)
    .where(inArray(conversationStates.key, [...keys]));
  return rows.map((row) => ({ key: row.key, state: row.state as T }));
}

export async function writeConversationState(db: Database, key: string, state: unknown): Promise<void> {
  await db
    .insert(conversationStates)
    .values({ key, state })
    .onConflictDoUpdate({ target: conversationStates.key, set: { state, updatedAt: sql`now()` } });
}

export async function deleteConversationState(db: Database, key: string): Promise<void> {
  await db.delete(conversationStates).where(eq(conversationStates.key, key));
}
