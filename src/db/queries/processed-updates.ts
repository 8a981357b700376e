import { lt, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { processedUpdates } from '../schema/index.js';

/**
 * Records that this bot is handling this update; false when it was handled already. Run it in the update's
 * own transaction: a concurrent delivery of the same update waits on the key until that transaction ends,
 * then finds the row (committed) or takes the update over (rolled back).
 */
export async function claimUpdate(db: Database, botId: number, updateId: number): Promise<boolean> {
  const rows = await db
    .insert(processedUpdates)
    .values({ botId, updateId })
    .onConflictDoNothing()
    .returning({ updateId: processedUpdates.updateId });
  return rows.length > 0;
}

/**
 * The first key of the per-chat advisory locks, in PostgreSQL's two-int key space (which never overlaps the
 * single-bigint one the migrations lock in): "SPch" in ASCII, so other two-int users can pick another.
 */
export const CHAT_LOCK_NAMESPACE = 0x53506368;

/**
 * The second key of a chat's lock: FNV-1a (32 bits, signed) of "botId:chatId". Two chats that share a key
 * only wait for each other now and then; a transaction takes one chat lock, so that can never deadlock.
 */
export function chatLockKey(botId: number, chatId: number): number {
  let hash = 0x811c9dc5;
  for (const char of `${botId}:${chatId}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/**
 * Waits for this chat's lock, held until the caller's transaction ends, then claims the update as
 * `claimUpdate` does: one round trip. Run it first in the update's transaction, on its own: a statement
 * reads as of when it began, so state read in this statement could predate the commit waited for; the
 * next statements read after it. Instances sharing a database thus handle a chat's updates one at a time.
 * One session may take the same lock again (PGlite has only one session).
 */
export async function claimChatUpdate(
  db: Database,
  update: { botId: number; chatId: number; updateId: number },
): Promise<boolean> {
  const key = chatLockKey(update.botId, update.chatId);
  const result = await db.execute<{ update_id: number }>(sql`
    with chat_lock as (select pg_advisory_xact_lock(${CHAT_LOCK_NAMESPACE}::int, ${key}::int))
    insert into processed_updates (bot_id, update_id)
    select ${update.botId}::bigint, ${update.updateId}::bigint from chat_lock
    on conflict do nothing
    returning update_id
  `);
  return result.rows.length > 0;
}

/** Forgets updates handled before `olderThan`; returns how many rows went. */
export async function pruneProcessedUpdates(db: Database, olderThan: Date): Promise<number> {
  const rows = await db
    .delete(processedUpdates)
    .where(lt(processedUpdates.processedAt, olderThan))
    .returning({ one: sql`1` });
  return rows.length;
}
