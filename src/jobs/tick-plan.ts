import type { Database } from '../db/client.js';
import { listJobClaimsForKeys, STALE_CLAIM_MS } from '../db/queries/job-claims.js';
import { listShopsForScheduling, type ScheduledShop } from '../db/queries/shops.js';
import type { JobClaim } from '../db/schema/index.js';
import { type DueJob, dueJobsOf, type JobKind, REMINDER_JOB, WEEKLY_PUSH_JOB } from './due-jobs.js';
import { type JobOutcome, outcomeOf } from './job-outcome.js';
import { MAX_SEND_ATTEMPTS } from './send-failure.js';

export interface TickOptions {
  /** Only these kinds (default: all). */
  kinds?: readonly JobKind[];
  /** Only this shop. */
  shopId?: string;
  /**
   * The instant to decide due-ness at, per shop (the ops CLI's --as-of); the clock by default. A shop whose
   * instant is later than the clock is left alone: claiming a future period would block its real send.
   */
  at?: (shop: ScheduledShop, kind: JobKind) => Date;
}

/** A due job and the instant its due-ness was decided at (the clock, or the ops CLI's --as-of). */
export interface PlannedJob extends DueJob {
  at: Date;
}

/** A tick's jobs, sorted by what their claims say. */
export interface TickPlan {
  /** How many shops were looked at. */
  shops: number;
  /** Due and not settled: each needs a claim attempt. */
  open: PlannedJob[];
  /** Due jobs whose claim needs nothing now (sent, skipped, retry not due, held by a live instance). */
  settled: JobOutcome[];
  /** Jobs whose --as-of instant is later than the clock, left for later. */
  future: JobOutcome[];
}

/**
 * Reads every shop once and works out, in each shop's time zone, the latest slot of each job it has
 * switched on; then reads the claims of those slots in one query, so only jobs not settled yet cost a claim.
 */
export async function planTick(db: Database, now: Date, options: TickOptions = {}): Promise<TickPlan> {
  const shops = (await listShopsForScheduling(db)).filter(
    (s) => options.shopId === undefined || s.shop.id === options.shopId,
  );
  const future: JobOutcome[] = [];
  const due: PlannedJob[] = [];
  for (const shop of shops) {
    for (const kind of [REMINDER_JOB, WEEKLY_PUSH_JOB] as const) {
      if (options.kinds && !options.kinds.includes(kind)) continue;
      const at = options.at?.(shop, kind) ?? now;
      const job = dueJobsOf(shop, at).find((j) => j.kind === kind);
      if (!job) continue;
      if (at > now) future.push(outcomeOf(job, 'future', `as-of ${at.toISOString()} is after now`));
      else due.push({ ...job, at });
    }
  }
  const claims = await listJobClaimsForKeys(
    db,
    due.map((j) => ({ shopId: j.shop.shop.id, kind: j.kind, periodKey: j.periodKey })),
  );
  const claimOf = new Map(claims.map((c) => [`${c.shopId}|${c.kind}|${c.periodKey}`, c]));
  const open: PlannedJob[] = [];
  const settled: JobOutcome[] = [];
  for (const job of due) {
    const claim = claimOf.get(`${job.shop.shop.id}|${job.kind}|${job.periodKey}`);
    if (claim && isSettled(claim, now)) settled.push(outcomeOf(job, 'taken', describeClaim(claim)));
    else open.push(job);
  }
  return { shops: shops.length, open, settled, future };
}

/** Whether a claim needs no attempt now: finished, held by a live instance, or not due for a retry. */
function isSettled(claim: JobClaim, now: Date): boolean {
  switch (claim.state) {
    case 'sent':
    case 'skipped':
      return true;
    case 'failed':
      return claim.attempts >= MAX_SEND_ATTEMPTS || claim.nextAttemptAt === null || claim.nextAttemptAt > now;
    case 'claimed':
      return claim.claimedAt.getTime() > now.getTime() - STALE_CLAIM_MS;
  }
}

function describeClaim(claim: JobClaim): string {
  if (claim.state === 'failed' && claim.nextAttemptAt)
    return `failed, next attempt ${claim.nextAttemptAt.toISOString()}`;
  if (claim.state === 'claimed') return `in progress (${claim.claimedBy ?? 'unknown'})`;
  return claim.lastError ? `${claim.state}: ${claim.lastError}` : claim.state;
}
