import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { type JobClaim, jobClaims, type NewJobClaim, shops } from '../schema/index.js';

export interface ClaimJobInput {
  shopId: string;
  /** e.g. 'daily-reminder', 'weekly-push'. */
  kind: string;
  /** e.g. '2026-11-23' or '2026-W47'. */
  periodKey: string;
  /** Who claims: an instance id, for the logs. */
  claimedBy: string;
  now?: Date;
  /**
   * A claim still in state 'claimed' after this long belongs to an instance that died mid-send; it may be
   * taken over (default 10 minutes). That is the one case where a message can go out twice.
   */
  staleAfterMs?: number;
  /** No further claims once this many attempts were made (default 3). */
  maxAttempts?: number;
}

/** A claim left in state 'claimed' this long belongs to an instance that died mid-send; it is taken over. */
export const STALE_CLAIM_MS = 10 * 60_000;
const DEFAULT_MAX_ATTEMPTS = 3;

/**
 * Claims the right to send one job for one shop and period. Returns the claim when this caller won it:
 * a first claim, a failed one whose retry is due, or a stale one; null when someone else holds it, it is
 * finished (sent, skipped, out of attempts) or the shop is gone. Send only on a non-null result.
 */
export async function claimJob(db: Database, input: ClaimJobInput): Promise<JobClaim | null> {
  const now = input.now ?? new Date();
  const staleBefore = new Date(now.getTime() - (input.staleAfterMs ?? STALE_CLAIM_MS));
  // Raw timestamps go in as ISO text: both drivers then let PostgreSQL read them as timestamptz.
  const maxAttempts = input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const nowText = now.toISOString();
  // The new claim's row comes from the shop's row, locked FOR KEY SHARE: a shop deleted meanwhile gives no
  // row (null, never a foreign key error), and one being deleted waits for the claim, then takes it along.
  const [claim] = await db
    .insert(jobClaims)
    .select((qb) =>
      qb
        .select({
          id: sql`gen_random_uuid()`.as('id'),
          shopId: shops.id,
          kind: sql`${input.kind}::text`.as('kind'),
          periodKey: sql`${input.periodKey}::text`.as('periodKey'),
          state: sql`'claimed'`.as('state'),
          attempts: sql`1`.as('attempts'),
          claimedBy: sql`${input.claimedBy}::text`.as('claimedBy'),
          claimedAt: sql`${nowText}::timestamptz`.as('claimedAt'),
          sentAt: sql`null::timestamptz`.as('sentAt'),
          nextAttemptAt: sql`null::timestamptz`.as('nextAttemptAt'),
          messagesSent: sql`0`.as('messagesSent'),
          lastError: sql`null::text`.as('lastError'),
          createdAt: sql`now()`.as('createdAt'),
          updatedAt: sql`now()`.as('updatedAt'),
        })
        .from(shops)
        .where(eq(shops.id, input.shopId))
        .for('key share'),
    )
    .onConflictDoUpdate({
      target: [jobClaims.shopId, jobClaims.kind, jobClaims.periodKey],
      set: {
        state: 'claimed',
        attempts: sql`${jobClaims.attempts} + 1`,
        claimedBy: input.claimedBy,
        claimedAt: now,
        nextAttemptAt: null,
        updatedAt: now,
      },
      // Concurrent claimers serialize on the row; the second one sees the first one's fresh claim.
      setWhere: sql`${jobClaims.attempts} < ${maxAttempts} and (
        (${jobClaims.state} = 'failed' and ${jobClaims.nextAttemptAt} <= ${now.toISOString()})
        or (${jobClaims.state} = 'claimed' and ${jobClaims.claimedAt} < ${staleBefore.toISOString()}))`,
    })
    .returning();
  return claim ?? null;
}

/** Marks a claim sent, all its messages out; false when it was not in state 'claimed' (taken over, or finished). */
export function markJobSent(
  db: Database,
  shopId: string,
  claimId: string,
  sent: { at: Date; messagesSent: number },
): Promise<boolean> {
  return settleClaim(db, shopId, claimId, {
    state: 'sent',
    sentAt: sent.at,
    messagesSent: sent.messagesSent,
    lastError: null,
    nextAttemptAt: null,
  });
}

/**
 * Records a failed send and how many of the job's messages went out before it failed (the next attempt
 * starts after them); with `nextAttemptAt` the job may be claimed again from then on.
 */
export function markJobFailed(
  db: Database,
  shopId: string,
  claimId: string,
  failure: { error: string; nextAttemptAt: Date | null; messagesSent: number },
): Promise<boolean> {
  return settleClaim(db, shopId, claimId, {
    state: 'failed',
    lastError: failure.error.slice(0, 2000),
    nextAttemptAt: failure.nextAttemptAt,
    messagesSent: failure.messagesSent,
  });
}

/**
 * Records that a claimed job was deliberately not sent, or not sent further (too late, nothing to say, the
 * chat blocked the bot…); `messagesSent` when some of its messages went out first.
 */
export function markJobSkipped(
  db: Database,
  shopId: string,
  claimId: string,
  skip: { reason: string; messagesSent?: number },
): Promise<boolean> {
  return settleClaim(db, shopId, claimId, {
    state: 'skipped',
    lastError: skip.reason.slice(0, 2000),
    nextAttemptAt: null,
    ...(skip.messagesSent !== undefined && { messagesSent: skip.messagesSent }),
  });
}

/** Writes the outcome of a claim still in state 'claimed'; false when it was not (taken over, or finished). */
async function settleClaim(
  db: Database,
  shopId: string,
  claimId: string,
  outcome: Partial<NewJobClaim>,
): Promise<boolean> {
  const rows = await db
    .update(jobClaims)
    .set(outcome)
    .where(and(eq(jobClaims.id, claimId), eq(jobClaims.shopId, shopId), eq(jobClaims.state, 'claimed')))
    .returning({ id: jobClaims.id });
  return rows.length > 0;
}

export interface JobClaimKey {
  shopId: string;
  kind: string;
  periodKey: string;
}

/**
 * The claims that exist for these (shop, kind, period) keys, in one query: the scheduler reads them once
 * per tick so that only jobs not yet settled cost a claim attempt.
 */
export async function listJobClaimsForKeys(db: Database, keys: readonly JobClaimKey[]): Promise<JobClaim[]> {
  if (keys.length === 0) return [];
  // Three parallel arrays unnested into rows: one parameter each, however many shops.
  const shopIds = keys.map((k) => k.shopId);
  const kinds = keys.map((k) => k.kind);
  const periodKeys = keys.map((k) => k.periodKey);
  return db
    .select()
    .from(jobClaims)
    .where(
      sql`(${jobClaims.shopId}, ${jobClaims.kind}, ${jobClaims.periodKey}) in (
        select * from unnest(${sql.param(shopIds)}::uuid[], ${sql.param(kinds)}::text[], ${sql.param(periodKeys)}::text[]))`,
    );
}
