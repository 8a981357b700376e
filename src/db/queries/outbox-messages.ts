import { and, asc, eq, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { type NewOutboxMessage, type OutboxMessage, outboxMessages } from '../schema/index.js';

// Leases are counted on the database's clock, the one every instance shares (the bot's own clock may be
// pinned to another day in tests and demos).
const leaseEnd = (leaseMs: number) => sql`now() + make_interval(secs => ${leaseMs / 1000}::double precision)`;

/**
 * Writes an update's calls, in the order given, in the caller's transaction, leased for `leaseMs` to the
 * instance that writes them; their ids in that order.
 */
export async function insertOutboxMessages(
  db: Database,
  rows: Omit<NewOutboxMessage, 'leaseUntil'>[],
  leaseMs: number,
): Promise<number[]> {
  if (rows.length === 0) return [];
  const leaseUntil = leaseEnd(leaseMs);
  const inserted = await db
    .insert(outboxMessages)
    .values(rows.map((row) => ({ ...row, leaseUntil })))
    .returning({ id: outboxMessages.id });
  return inserted.map((row) => row.id).sort((a, b) => a - b);
}

/** Removes the rows whose calls went out (or can never go out). */
export async function deleteOutboxMessages(db: Database, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.delete(outboxMessages).where(inArray(outboxMessages.id, [...ids]));
}

/**
 * Takes over this bot's rows whose lease ended (their instance died, or gave them up after a failed
 * send): up to `limit` of them, a new lease of `leaseMs` on each, so two instances never take the same row
 * at once. In id order, which within a chat is the order the bot decided them.
 */
export async function takeExpiredOutboxMessages(
  db: Database,
  botId: number,
  options: { leaseMs: number; limit: number },
): Promise<OutboxMessage[]> {
  const expired = db
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.botId, botId), lte(outboxMessages.leaseUntil, sql`now()`)))
    .orderBy(asc(outboxMessages.id))
    .limit(options.limit)
    .for('update', { skipLocked: true });
  const rows = await db
    .update(outboxMessages)
    .set({ leaseUntil: leaseEnd(options.leaseMs) })
    .where(inArray(outboxMessages.id, expired))
    .returning();
  return rows.sort((a, b) => a.id - b.id);
}

/** Ends the lease of rows whose send failed for now, so the next sweep takes them again. */
export async function releaseOutboxMessages(db: Database, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(outboxMessages)
    .set({ leaseUntil: sql`now()` })
    .where(inArray(outboxMessages.id, [...ids]));
}

/** Deletes calls still unsent that were decided before `olderThan`; returns how many went. */
export async function deleteOutboxMessagesBefore(db: Database, olderThan: Date): Promise<number> {
  const rows = await db
    .delete(outboxMessages)
    .where(lt(outboxMessages.createdAt, olderThan))
    .returning({ id: outboxMessages.id });
  return rows.length;
}
