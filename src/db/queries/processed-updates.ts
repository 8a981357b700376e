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

/** Forgets updates handled before `olderThan`; returns how many rows went. */
export async function pruneProcessedUpdates(db: Database, olderThan: Date): Promise<number> {
  const rows = await db
    .delete(processedUpdates)
    .where(lt(processedUpdates.processedAt, olderThan))
    .returning({ one: sql`1` });
  return rows.length;
}
