import { sql } from 'drizzle-orm';
import type { Database } from '../client.js';

/** The time zones that have at least one shop with reminders on, and with weekly pushes on. */
export interface ScheduledTimeZones {
  reminders: string[];
  pushes: string[];
}

/**
 * The distinct time zones of the shops with reminders, and with weekly pushes, switched on: a loose index
 * scan (one index probe per zone on the partial due indexes), so it costs the number of zones, not of shops.
 */
export async function listScheduledTimeZones(db: Database): Promise<ScheduledTimeZones> {
  const rows = await db.execute<{ job: 'reminder' | 'push'; time_zone: string }>(sql`
    with recursive reminder_zones(time_zone) as (
      (select time_zone from shop_settings where reminder_enabled order by time_zone limit 1)
      union all
      select (select s.time_zone from shop_settings s
              where s.reminder_enabled and s.time_zone > z.time_zone order by s.time_zone limit 1)
      from reminder_zones z where z.time_zone is not null
    ), push_zones(time_zone) as (
      (select time_zone from shop_settings where weekly_push_enabled order by time_zone limit 1)
      union all
      select (select s.time_zone from shop_settings s
              where s.weekly_push_enabled and s.time_zone > z.time_zone order by s.time_zone limit 1)
      from push_zones z where z.time_zone is not null
    )
    select 'reminder' as job, time_zone from reminder_zones where time_zone is not null
    union all
    select 'push' as job, time_zone from push_zones where time_zone is not null`);
  const zones: ScheduledTimeZones = { reminders: [], pushes: [] };
  for (const row of rows.rows) (row.job === 'reminder' ? zones.reminders : zones.pushes).push(row.time_zone);
  return zones;
}

/**
 * Shops of one time zone whose job time (local `HH:MM`) is after `after` (exclusive; '' = from midnight)
 * and up to `upTo` (inclusive; '24:00' = to the end of the day) — and, for a weekly push, whose push day
 * is `weekday` (ISO, 1 = Monday).
 */
export interface DueRange {
  /** The job kind, as job_claims.kind names it. */
  kind: string;
  timeZone: string;
  weekday: number;
  after: string;
  upTo: string;
  /**
   * The claim period of the slots in the range; for a reminder whose time is before the shop's day closes,
   * `periodKeyBeforeClose`. Null when unknown (the range spans a clock change): no claim is read for it.
   */
  periodKey: string | null;
  periodKeyBeforeClose: string | null;
}

/** A shop and job kind found in a due range, with the claim the query read (if its period was known). */
export interface DueCandidate {
  shopId: string;
  kind: string;
  /** The period the query joined the claims on; null for a range that spans a clock change. */
  periodKey: string | null;
  /** Whether a claim exists for (shop, kind, periodKey). */
  hasClaim: boolean;
}

export interface DueCandidateOptions {
  /** The clock the claims are judged at. */
  now: Date;
  /** A claim in state 'claimed' since this or before is stale (as isSettled judges): it needs an attempt. */
  staleBefore: Date;
  /** A failed claim with this many attempts gets no retry. */
  maxAttempts: number;
  /** Also return the candidates whose claim is settled (by default they are left out in SQL). */
  withSettled?: boolean;
}

/**
 * The shops in the due ranges of reminders and of weekly pushes (each range one index range scan on the
 * partial due indexes), each with the claim of its period left-joined; unless `withSettled`, the ones whose
 * claim needs nothing now are left out: sent, skipped, failed with no retry due or out of attempts, or
 * claimed by an instance that is still live.
 */
export async function listDueCandidates(
  db: Database,
  ranges: { reminders: readonly DueRange[]; pushes: readonly DueRange[] },
  options: DueCandidateOptions,
): Promise<DueCandidate[]> {
  const parts = [];
  if (ranges.reminders.length > 0) {
    const r = columnsOf(ranges.reminders);
    parts.push(sql`
      select s.shop_id, r.kind,
        case when r.period_key is null then null
             when s.reminder_time collate "C" < s.day_closes_at collate "C" then r.period_key_before_close
             else r.period_key end as period_key
      from unnest(${r.kinds}::text[], ${r.zones}::text[], ${r.afters}::text[], ${r.upTos}::text[],
                  ${r.keys}::text[], ${r.keysBeforeClose}::text[])
        as r(kind, time_zone, after, up_to, period_key, period_key_before_close)
      cross join lateral (
        select shop_id, reminder_time, day_closes_at from shop_settings
        where reminder_enabled and time_zone = r.time_zone and reminder_time > r.after and reminder_time <= r.up_to
        offset 0
      ) s`);
  }
  if (ranges.pushes.length > 0) {
    const r = columnsOf(ranges.pushes);
    parts.push(sql`
      select s.shop_id, r.kind, r.period_key
      from unnest(${r.kinds}::text[], ${r.zones}::text[], ${r.weekdays}::int[], ${r.afters}::text[],
                  ${r.upTos}::text[], ${r.keys}::text[])
        as r(kind, time_zone, weekday, after, up_to, period_key)
      cross join lateral (
        select shop_id from shop_settings
        where weekly_push_enabled and time_zone = r.time_zone and weekly_push_day = r.weekday
          and weekly_push_time > r.after and weekly_push_time <= r.up_to
        offset 0
      ) s`);
  }
  if (parts.length === 0) return [];
  // The settled states, as the tick plan's isSettled judges them.
  const settled = sql`(c.state in ('sent', 'skipped')
    or (c.state = 'failed' and (c.attempts >= ${options.maxAttempts} or c.next_attempt_at is null
        or c.next_attempt_at > ${options.now.toISOString()}::timestamptz))
    or (c.state = 'claimed' and c.claimed_at > ${options.staleBefore.toISOString()}::timestamptz))`;
  const rows = await db.execute<{
    shop_id: string;
    kind: string;
    period_key: string | null;
    has_claim: boolean;
  }>(
    sql`
    select d.shop_id, d.kind, d.period_key, c.settled is not null as has_claim
    from (${sql.join(parts, sql` union all `)}) d
    -- Each row's claim through the unique index: limit 1 keeps the planner from hashing all of job_claims
    -- when it overestimates the rows the ranges find.
    left join lateral (
      select ${settled} as settled from job_claims c
      where c.shop_id = d.shop_id and c.kind = d.kind and c.period_key = d.period_key
      limit 1
    ) c on true
    ${options.withSettled ? sql`` : sql`where c.settled is not true`}`,
  );
  return rows.rows.map((row) => ({
    shopId: row.shop_id,
    kind: row.kind,
    periodKey: row.period_key,
    hasClaim: row.has_claim,
  }));
}

/** The ranges as parallel arrays, one parameter each, however many zones. */
function columnsOf(ranges: readonly DueRange[]) {
  return {
    kinds: sql.param(ranges.map((r) => r.kind)),
    zones: sql.param(ranges.map((r) => r.timeZone)),
    weekdays: sql.param(ranges.map((r) => r.weekday)),
    afters: sql.param(ranges.map((r) => r.after)),
    upTos: sql.param(ranges.map((r) => r.upTo)),
    keys: sql.param(ranges.map((r) => r.periodKey)),
    keysBeforeClose: sql.param(ranges.map((r) => r.periodKeyBeforeClose)),
  };
}

export interface ClaimsDueAgainOptions {
  /** The clock the claims are judged at. */
  now: Date;
  /** A claim in state 'claimed' since this or before is stale (as isSettled judges): it needs an attempt. */
  staleBefore: Date;
  /** A failed claim with this many attempts gets no retry. */
  maxAttempts: number;
  /**
   * Claims whose retry came due, or that were claimed, before this are left out: their slot was before
   * it too, so past every catch-up window.
   */
  notBefore: Date;
}

/**
 * The shops and job kinds with a claim that needs another attempt now: failed with a retry due, or left
 * 'claimed' by an instance that died (stale). Each state is one range scan on its partial index, so the
 * cost follows these claims, not the claims settled long ago.
 */
export async function listClaimsDueAgain(
  db: Database,
  options: ClaimsDueAgainOptions,
): Promise<{ shopId: string; kind: string }[]> {
  const now = options.now.toISOString();
  const notBefore = options.notBefore.toISOString();
  // The states are literals, not parameters: the planner matches them to the partial indexes' predicates.
  const rows = await db.execute<{ shop_id: string; kind: string }>(sql`
    select shop_id, kind from job_claims
    where state = 'failed' and next_attempt_at <= ${now}::timestamptz
      and next_attempt_at > ${notBefore}::timestamptz and attempts < ${options.maxAttempts}
    union
    select shop_id, kind from job_claims
    where state = 'claimed' and claimed_at <= ${options.staleBefore.toISOString()}::timestamptz
      and claimed_at > ${notBefore}::timestamptz`);
  return rows.rows.map((row) => ({ shopId: row.shop_id, kind: row.kind }));
}
