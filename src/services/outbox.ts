import type { Database } from '../db/client.js';
import {
  deleteOutboxMessages,
  insertOutboxMessages,
  releaseOutboxMessages,
  takeExpiredOutboxMessages,
} from '../db/queries/outbox-messages.js';
import type { OutboxAttachment, OutboxMessage } from '../db/schema/index.js';

export type { OutboxMessage } from '../db/schema/index.js';

/**
 * How long the instance that committed an update's calls has them to itself. Longer than a send of several
 * messages with retries takes, so another instance does not send them too; short enough that a process
 * killed after its commit has its answers sent by the next one within seconds.
 */
export const OUTBOX_LEASE_MS = 10_000;

/** One Bot API call an update decided on, to be made once the update commits. */
export interface OutboxCall {
  method: string;
  payload: Record<string, unknown>;
  attachment?: OutboxAttachment;
}

export interface OutboxOrigin {
  botId: number;
  chatId: number;
  updateId: number;
  userId: string | null;
}

/** Writes an update's calls in the caller's transaction (the update's own); their row ids, in order. */
export function storeOutboxCalls(
  db: Database,
  origin: OutboxOrigin,
  calls: readonly OutboxCall[],
): Promise<number[]> {
  return insertOutboxMessages(
    db,
    calls.map((call) => ({
      ...origin,
      method: call.method,
      payload: call.payload,
      attachment: call.attachment ?? null,
    })),
    OUTBOX_LEASE_MS,
  );
}

/** Forgets calls that went out, or that Telegram refused for good. */
export function forgetOutboxCalls(db: Database, ids: readonly number[]): Promise<void> {
  return deleteOutboxMessages(db, ids);
}

/** Gives calls back for a later sweep (a send failed for now). */
export function releaseOutboxCalls(db: Database, ids: readonly number[]): Promise<void> {
  return releaseOutboxMessages(db, ids);
}

/** Takes over, for a while, calls left unsent by an instance that died or gave them up. */
export function takeLeftOutboxCalls(db: Database, botId: number, limit: number): Promise<OutboxMessage[]> {
  return takeExpiredOutboxMessages(db, botId, { leaseMs: OUTBOX_LEASE_MS, limit });
}
