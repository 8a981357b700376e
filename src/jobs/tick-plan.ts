import type { Database } from '../db/client.js';
import {
  type DueCandidate,
  listClaimsDueAgain,
  listDueCandidates,
  listScheduledTimeZones,
} from '../db/queries/due-shops.js';
import { listJobClaimsForKeys, STALE_CLAIM_MS } from '../db/queries/job-claims.js';
import { listShopsForScheduling, type ScheduledShop } from '../db/queries/shops.js';
import type { JobClaim } from '../db/schema/index.js';
import {
  CATCH_UP_MS,
  type DueJob,
  dueJobsOf,
  isTooLate,
  type JobKind,
  REMINDER_JOB,
  type SlotMemo,
  WEEKLY_PUSH_JOB,
} from './due-jobs.js';
import { dueRanges } from './due-ranges.js';
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
  /**
   * Also list the due jobs whose claims are settled (the ops CLI prints them); a scheduled tick leaves
   * them out in SQL, so it reads only the jobs that need a claim attempt.
   */
  listSettled?: boolean;
}

/** A scheduled tick's plan options: the ops CLI's, and how far back to look for slots. */
export interface PlanOptions extends TickOptions {
  /**
   * Only the slots after this instant (a previous tick's, less a margin), and the jobs whose claim needs
   * another attempt now (a retry due, a stale claim); by default every slot in the catch-up window.
   * Ignored with `at` or `shopId`.
   */
  since?: Date;
}

const ALL_KINDS = [REMINDER_JOB, WEEKLY_PUSH_JOB] as const;

/** A due job and the instant its due-ness was decided at (the clock, or the ops CLI's --as-of). */
export interface PlannedJob extends DueJob {
  at: Date;
}

/** A tick's jobs, sorted by what their claims say. */
export interface TickPlan {
  /** How many shops were found with a job due; with `at` or `shopId`: how many shops were read. */
  shops: number;
  /** Due and not settled: each needs a claim attempt. */
  open: PlannedJob[];
  /** Due jobs whose claim needs nothing now (sent, skipped, retry not due, held by a live instance). */
  settled: JobOutcome[];
  /** Jobs whose --as-of instant is later than the clock, left for later. */
  future: JobOutcome[];
}

/**
 * The jobs due at `now`. A scheduled tick (no `at`, no `shopId`) reads only the shops whose job time, in
 * their own time zone, puts a slot in its catch-up window (dueRanges: one index range per zone), with the
 * settled claims left out in the same query; dueJobsOf then decides each shop's job and period as before.
 * A job whose slot is past its catch-up window is not found at all (no claim is written for it). With
 * `since` (the scheduler's ticks after its first), only the slots after it are looked up, and the claims
 * that need another attempt are found by their state instead (claimsDueAgain). With
 * `at` (the ops CLI's --as-of) or `shopId`, every shop (or that one) is read and each one's latest slot is
 * taken, however old, as an operator asks.
 */
export async function planTick(db: Database, now: Date, options: PlanOptions = {}): Promise<TickPlan> {
  if (options.at || options.shopId !== undefined) return planEveryShop(db, now, options);
  return planDueShops(db, now, options);
}

async function planDueShops(db: Database, now: Date, options: PlanOptions): Promise<TickPlan> {
  const kinds = options.kinds ?? ALL_KINDS;
  const zones = await listScheduledTimeZones(db);
  const claimOptions = {
    now,
    staleBefore: new Date(now.getTime() - STALE_CLAIM_MS),
    maxAttempts: MAX_SEND_ATTEMPTS,
  };
  const candidates = await listDueCandidates(db, dueRanges(now, zones, kinds, options.since), {
    ...claimOptions,
    ...(options.listSettled && { withSettled: true }),
  });
  if (options.since) candidates.push(...(await claimsDueAgain(db, kinds, claimOptions, candidates)));
  if (candidates.length === 0) return { shops: 0, open: [], settled: [], future: [] };
  const found = new Map(candidates.map((c) => [`${c.shopId}|${c.kind}`, c]));
  const shops = await listShopsForScheduling(db, { shopIds: [...new Set(candidates.map((c) => c.shopId))] });
  const due: PlannedJob[] = [];
  const claimless = new Set<PlannedJob>();
  const memo: SlotMemo = new Map();
  for (const shop of shops) {
    for (const job of dueJobsOf(shop, now, memo)) {
      const candidate = found.get(`${shop.shop.id}|${job.kind}`);
      // The query did not find this kind, or found it only through a span widened around a clock change
      // and its slot is past the window after all.
      if (!candidate || isTooLate(job, now)) continue;
      const planned = { ...job, at: now };
      due.push(planned);
      // The query read this job's claim, and there was none: nothing to read again.
      if (candidate.periodKey === job.periodKey && !candidate.hasClaim) claimless.add(planned);
    }
  }
  const claimed = due.filter((job) => !claimless.has(job));
  return { ...(await sortByClaims(db, now, due, claimed)), future: [] };
}

/**
 * The shops and kinds, not already among `found`, whose claim needs another attempt: as candidates of
 * unknown period, so that dueJobsOf decides their job as a sweep would. The shop's latest slot is planned
 * if it is still in its window, with its own claim read (whatever period the claim found was of); a slot
 * past its window plans nothing.
 */
async function claimsDueAgain(
  db: Database,
  kinds: readonly JobKind[],
  options: { now: Date; staleBefore: Date; maxAttempts: number },
  found: readonly DueCandidate[],
): Promise<DueCandidate[]> {
  const longestCatchUp = Math.max(...kinds.map((k) => CATCH_UP_MS[k]));
  const again = await listClaimsDueAgain(db, {
    ...options,
    notBefore: new Date(options.now.getTime() - longestCatchUp),
  });
  const known = new Set(found.map((c) => `${c.shopId}|${c.kind}`));
  return again
    .filter((c) => (kinds as readonly string[]).includes(c.kind) && !known.has(`${c.shopId}|${c.kind}`))
    .map((c) => ({ ...c, periodKey: null, hasClaim: true }));
}

async function planEveryShop(db: Database, now: Date, options: TickOptions): Promise<TickPlan> {
  const shops = await listShopsForScheduling(
    db,
    options.shopId === undefined ? {} : { shopIds: [options.shopId] },
  );
  const future: JobOutcome[] = [];
  const due: PlannedJob[] = [];
  const memo: SlotMemo = new Map();
  for (const shop of shops) {
    for (const kind of ALL_KINDS) {
      if (options.kinds && !options.kinds.includes(kind)) continue;
      const at = options.at?.(shop, kind) ?? now;
      const job = dueJobsOf(shop, at, memo).find((j) => j.kind === kind);
      if (!job) continue;
      if (at > now) future.push(outcomeOf(job, 'future', `as-of ${at.toISOString()} is after now`));
      else due.push({ ...job, at });
    }
  }
  const sorted = await sortByClaims(db, now, due, due);
  return { ...sorted, shops: shops.length, future };
}

/**
 * Sorts due jobs into open and settled by their claims, read in one query for the jobs in `toRead` (the
 * others are known to have none). `shops` counts the shops with a due job.
 */
async function sortByClaims(
  db: Database,
  now: Date,
  due: readonly PlannedJob[],
  toRead: readonly PlannedJob[],
): Promise<Omit<TickPlan, 'future'>> {
  const claims = await listJobClaimsForKeys(
    db,
    toRead.map((j) => ({ shopId: j.shop.shop.id, kind: j.kind, periodKey: j.periodKey })),
  );
  const claimOf = new Map(claims.map((c) => [`${c.shopId}|${c.kind}|${c.periodKey}`, c]));
  const open: PlannedJob[] = [];
  const settled: JobOutcome[] = [];
  for (const job of due) {
    const claim = claimOf.get(`${job.shop.shop.id}|${job.kind}|${job.periodKey}`);
    if (claim && isSettled(claim, now)) settled.push(outcomeOf(job, 'taken', describeClaim(claim)));
    else open.push(job);
  }
  return { shops: new Set(due.map((j) => j.shop.shop.id)).size, open, settled };
}

/**
 * Whether a claim needs no attempt now: finished, held by a live instance, or not due for a retry. The
 * scheduled tick's query (listDueCandidates) leaves out the same claims in SQL.
 */
export function isSettled(claim: JobClaim, now: Date): boolean {
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
