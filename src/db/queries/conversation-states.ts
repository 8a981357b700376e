import { eq, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { preparedStatement } from '../prepared.js';
import { conversationStates } from '../schema/index.js';

// Storage for @grammyjs/conversations (`{ type: 'key', adapter: { read, write, delete } }`). The state is
// whatever the plugin hands over (`{ version, state }`); this layer stores it as JSONB untouched.

/** The stored state, or undefined when there is none. `T` is the caller's claim about its shape. */
export async function readConversationState<T = unknown>(db: Database, key: string): Promise<T | undefined> {
  const query = preparedStatement(db, 'read_conversation_state', () =>
    db
      .select({ state: conversationStates.state })
      .from(conversationStates)
      .where(eq(conversationStates.key, sql.placeholder('key')))
      .limit(1)
      .prepare('read_conversation_state'),
  );
  const [row] = await query.execute({ key });
  return row ? (row.state as T) : undefined;
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
