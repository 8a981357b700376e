import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { type JobClaim, jobClaims } from '../schema/index.js';

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
 * a first claim, a failed one whose retry is due, or a stale one; null when someone else holds it or it
 * is finished (sent, skipped, out of attempts). Send only on a non-null result.
 */
export async function claimJob(db: Database, input: ClaimJobInput): Promise<JobClaim | null> {
  const now = input.now ?? new Date();
  const staleBefore = new Date(now.getTime() - (input.staleAfterMs ?? STALE_CLAIM_MS));
  // Raw timestamps go in as ISO text: both drivers then let PostgreSQL read them as timestamptz.
  const maxAttempts = input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const [claim] = await db
    .insert(jobClaims)
    .values({
      shopId: input.shopId,
      kind: input.kind,
      periodKey: input.periodKey,
      state: 'claimed',
      attempts: 1,
      claimedBy: input.claimedBy,
      claimedAt: now,
    })
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

export async function getJobClaim(
  db: Database,
  shopId: string,
  kind: string,
  periodKey: string,
): Promise<JobClaim | null> {
  const [claim] = await db
    .select()
    .from(jobClaims)
    .where(and(eq(jobClaims.shopId, shopId), eq(jobClaims.kind, kind), eq(jobClaims.periodKey, periodKey)))
    .limit(1);
  return claim ?? null;
}

/** Marks a claim sent; false when it was not in state 'claimed' (taken over, or already finished). */
export async function markJobSent(
  db: Database,
  shopId: string,
  claimId: string,
  sentAt = new Date(),
): Promise<boolean> {
  const rows = await db
    .update(jobClaims)
    .set({ state: 'sent', sentAt, lastError: null, nextAttemptAt: null })
    .where(and(eq(jobClaims.id, claimId), eq(jobClaims.shopId, shopId), eq(jobClaims.state, 'claimed')))
    .returning({ id: jobClaims.id });
  return rows.length > 0;
}

/** Records a failed send; with `nextAttemptAt` the job may be claimed again from then on. */
export async function markJobFailed(
  db: Database,
  shopId: string,
  claimId: string,
  failure: { error: string; nextAttemptAt: Date | null },
): Promise<boolean> {
  const rows = await db
    .update(jobClaims)
    .set({ state: 'failed', lastError: failure.error.slice(0, 2000), nextAttemptAt: failure.nextAttemptAt })
    .where(and(eq(jobClaims.id, claimId), eq(jobClaims.shopId, shopId), eq(jobClaims.state, 'claimed')))
    .returning({ id: jobClaims.id });
  return rows.length > 0;
}

/** Records that a claimed job was deliberately not sent (too late, nothing to say…). */
export async function markJobSkipped(
  db: Database,
  shopId: string,
  claimId: string,
  reason: string,
): Promise<boolean> {
  const rows = await db
    .update(jobClaims)
    .set({ state: 'skipped', lastError: reason.slice(0, 2000), nextAttemptAt: null })
    .where(and(eq(jobClaims.id, claimId), eq(jobClaims.shopId, shopId), eq(jobClaims.state, 'claimed')))
    .returning({ id: jobClaims.id });
  return rows.length > 0;
}

/** Failed claims whose retry is due, across all shops (for the scheduler), oldest retry first. */
export async function listDueJobRetries(db: Database, now = new Date(), limit = 100): Promise<JobClaim[]> {
  return db
    .select()
    .from(jobClaims)
    .where(and(eq(jobClaims.state, 'failed'), lte(jobClaims.nextAttemptAt, now)))
    .orderBy(asc(jobClaims.nextAttemptAt))
    .limit(limit);
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
