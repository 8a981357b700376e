import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Cron } from 'croner';
import { type Api, GrammyError, HttpError } from 'grammy';
import type { Database } from '../db/client.js';
import { getDailyRecord } from '../db/queries/daily-records.js';
import {
  claimJob,
  listJobClaimsForKeys,
  markJobFailed,
  markJobSent,
  markJobSkipped,
  STALE_CLAIM_MS,
} from '../db/queries/job-claims.js';
import { updateShopSettings } from '../db/queries/shop-settings.js';
import { listShopsForScheduling, type ScheduledShop } from '../db/queries/shops.js';
import type { JobClaim } from '../db/schema/index.js';
import { groupBy } from '../domain/group-by.js';
import type { Locale } from '../domain/locale.js';
import type { Translator } from '../i18n/translator.js';
import type { Logger } from '../logger.js';
import { summarizeError } from '../logging/safe-error.js';
import { diagnoseWeekForShops } from '../services/batch-week-diagnosis.js';
import {
  type DueJob,
  dueJobsOf,
  isTooLate,
  type JobKind,
  MAX_SEND_ATTEMPTS,
  nextAttemptAfter,
  REMINDER_JOB,
  WEEKLY_PUSH_JOB,
} from './due-jobs.js';
import { type OutgoingMessage, PartialSendError, sendOutgoing } from './send-outgoing.js';

/** What the scheduler reads, diagnoses and logs with (the bot's deps have all of it). */
export interface JobDeps {
  db: Database;
  logger: Logger;
  /** For the weekly diagnoses it stores in each owner's language. */
  translator: Translator;
  defaultLocale: Locale;
  now: () => Date;
}

/** The messages of the jobs, rendered by the bot (see createJobMessages); the scheduler sends them. */
export interface JobMessages {
  /** The evening reminder of a shop for a day not recorded yet. */
  reminder(shop: ScheduledShop, isoDate: string): OutgoingMessage;
  /** The Monday push of a finished week, in order; empty when there is nothing to send. */
  weeklyPush(shop: ScheduledShop, isoWeek: string): Promise<OutgoingMessage[]>;
}

export interface JobSchedulerOptions {
  deps: JobDeps;
  /** Builds each job's messages. */
  messages: JobMessages;
  /** The Bot API client to send with (see createJobsApi: paced, with auto-retry). */
  api: Api;
  /** The clock for due-ness, claims and backoff; `deps.now` by default. */
  now?: () => Date;
  /** Written on each claim, for the logs; host, pid and a random suffix by default. */
  instanceId?: string;
  /** Jobs in flight at once in a tick (each: claim, build, send, mark). */
  concurrency?: number;
  /** croner pattern of the ticks (default: every minute). */
  pattern?: string;
}

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

export type JobResult = 'sent' | 'skipped' | 'failed' | 'taken' | 'future';

export interface JobOutcome {
  shopId: string;
  shopName: string;
  kind: JobKind;
  periodKey: string;
  result: JobResult;
  /** Why it was skipped or failed; `taken` means another instance holds or finished the claim. */
  reason?: string;
}

/** One set-based diagnosis of a week for the shops whose push of it was open in a tick. */
export interface WeekBatchReport {
  isoWeek: string;
  shops: number;
  /** Shops whose week had records, now stored; null when the batch failed (each push then diagnoses alone). */
  diagnosed: number | null;
  ms: number;
}

export interface TickReport {
  at: Date;
  shops: number;
  /** The weeks diagnosed in one pass before their pushes were built. */
  diagnoses: WeekBatchReport[];
  /** The jobs this tick tried (and the --as-of ones left for later). */
  outcomes: JobOutcome[];
  /** Due jobs whose claim needed nothing this tick (sent, skipped, retry not due, held by a live instance). */
  settled: JobOutcome[];
}

type PreparedJob = { messages: OutgoingMessage[] } | { skip: string };

interface PlannedJob extends DueJob {
  at: Date;
}

/**
 * Sends each shop's evening reminder and weekly push, ticking every minute in the bot process.
 * Each tick reads every shop once and works out, in each shop's time zone, the latest slot of each job it
 * has switched on. A slot not yet settled in job_claims is claimed (insert … on conflict … returning) and
 * sent only by the instance that got the claim, then marked sent; so several instances and restarts send
 * each (shop, kind, period) once. Too late (past the catch-up window) → skipped; failed → retried with
 * backoff by a later tick; the chat blocked the bot → the shop's reminders and pushes are turned off.
 */
export class JobScheduler {
  readonly instanceId: string;
  private readonly deps: JobDeps;
  private readonly messages: JobMessages;
  private readonly api: Api;
  private readonly clock: () => Date;
  private readonly concurrency: number;
  private readonly pattern: string;
  private readonly logger: Logger;
  private cron: Cron | undefined;
  private running: Promise<void> | undefined;
  private stopping = false;

  constructor(options: JobSchedulerOptions) {
    this.deps = options.deps;
    this.messages = options.messages;
    this.api = options.api;
    this.clock = options.now ?? options.deps.now;
    this.instanceId = options.instanceId ?? `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
    this.concurrency = options.concurrency ?? 16;
    this.pattern = options.pattern ?? '* * * * *';
    this.logger = options.deps.logger.child({ component: 'jobs', instance: this.instanceId });
  }

  /** Ticks now and then every minute, until stop(). */
  start(): void {
    if (this.cron) return;
    this.stopping = false;
    this.cron = new Cron(this.pattern, { protect: true }, () => this.scheduledTick());
    void this.scheduledTick();
    this.logger.info({ pattern: this.pattern }, 'job scheduler started');
  }

  /** Stops ticking, lets the job in flight finish and starts no new one; resolves when the tick is over. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.cron?.stop();
    this.cron = undefined;
    await this.running;
  }

  /** One pass over every shop: claims and sends whatever is due and not settled yet. */
  async tick(options: TickOptions = {}): Promise<TickReport> {
    const now = this.clock();
    const shops = (await listShopsForScheduling(this.deps.db)).filter(
      (s) => options.shopId === undefined || s.shop.id === options.shopId,
    );
    const outcomes: JobOutcome[] = [];
    const planned: PlannedJob[] = [];
    for (const shop of shops) {
      for (const kind of [REMINDER_JOB, WEEKLY_PUSH_JOB] as const) {
        if (options.kinds && !options.kinds.includes(kind)) continue;
        const at = options.at?.(shop, kind) ?? now;
        const job = dueJobsOf(shop, at).find((j) => j.kind === kind);
        if (!job) continue;
        if (at > now) outcomes.push(outcomeOf(job, 'future', `as-of ${at.toISOString()} is after now`));
        else planned.push({ ...job, at });
      }
    }
    const claims = await listJobClaimsForKeys(
      this.deps.db,
      planned.map((j) => ({ shopId: j.shop.shop.id, kind: j.kind, periodKey: j.periodKey })),
    );
    const claimOf = new Map(claims.map((c) => [`${c.shopId}|${c.kind}|${c.periodKey}`, c]));
    const open: PlannedJob[] = [];
    const settled: JobOutcome[] = [];
    for (const job of planned) {
      const claim = claimOf.get(`${job.shop.shop.id}|${job.kind}|${job.periodKey}`);
      if (claim && isSettled(claim, now)) settled.push(outcomeOf(job, 'taken', describeClaim(claim)));
      else open.push(job);
    }
    const diagnoses = await this.diagnoseWeeks(open.filter((job) => job.kind === WEEKLY_PUSH_JOB));
    outcomes.push(...(await this.runAll(open)));
    const acted = outcomes.filter((o) => o.result !== 'taken');
    if (acted.length > 0) {
      this.logger.info(
        { shops: shops.length, ...countBy(acted.map((o) => `${o.kind}:${o.result}`)) },
        'job tick finished',
      );
    }
    return { at: now, shops: shops.length, diagnoses, outcomes, settled };
  }

  /**
   * Diagnoses and stores the week of every open weekly push in one set-based pass per week, so each push
   * then only loads its diagnosis. Idempotent, like the pushes: a week stored before keeps its answers.
   */
  private async diagnoseWeeks(jobs: PlannedJob[]): Promise<WeekBatchReport[]> {
    const reports: WeekBatchReport[] = [];
    for (const [isoWeek, weekJobs] of groupBy(jobs, (job) => job.periodKey)) {
      const shops = weekJobs.map((job) => job.shop);
      const started = performance.now();
      const { db, translator, defaultLocale } = this.deps;
      const diagnosed = await diagnoseWeekForShops(db, isoWeek, shops, translator, defaultLocale).then(
        (result) => result.diagnosed,
        (err: unknown) => {
          this.logger.error(
            { err, week: isoWeek },
            'batch diagnosis failed; each push diagnoses its own week',
          );
          return null;
        },
      );
      const ms = Math.round(performance.now() - started);
      if (diagnosed !== null) {
        this.logger.info({ week: isoWeek, shops: shops.length, diagnosed, ms }, 'weekly diagnoses stored');
      }
      reports.push({ isoWeek, shops: shops.length, diagnosed, ms });
    }
    return reports;
  }

  private async scheduledTick(): Promise<void> {
    if (this.running || this.stopping) return;
    this.running = this.tick()
      .then(() => undefined)
      .catch((err: unknown) => this.logger.error({ err }, 'job tick failed'))
      .finally(() => {
        this.running = undefined;
      });
    await this.running;
  }

  private async runAll(jobs: PlannedJob[]): Promise<JobOutcome[]> {
    const outcomes: JobOutcome[] = [];
    let next = 0;
    const worker = async () => {
      while (next < jobs.length && !this.stopping) {
        const job = jobs[next++]!;
        outcomes.push(await this.runJob(job));
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, jobs.length) }, worker));
    return outcomes;
  }

  private async runJob(job: PlannedJob): Promise<JobOutcome> {
    const { db } = this.deps;
    const shopId = job.shop.shop.id;
    const log = this.logger.child({ shop_id: shopId, job: job.kind, period: job.periodKey });
    try {
      const claim = await claimJob(db, {
        shopId,
        kind: job.kind,
        periodKey: job.periodKey,
        claimedBy: this.instanceId,
        now: this.clock(),
        maxAttempts: MAX_SEND_ATTEMPTS,
      });
      if (!claim) return outcomeOf(job, 'taken');
      if (isTooLate(job, job.at)) {
        const reason = `too late: due ${job.dueAt.toISOString()}, now ${job.at.toISOString()}`;
        await markJobSkipped(db, shopId, claim.id, reason);
        log.info({ due_at: job.dueAt }, 'job skipped: past its catch-up window');
        return outcomeOf(job, 'skipped', reason);
      }
      const prepared = await this.prepare(job).catch((err: unknown) => {
        log.error({ err }, 'could not build the job message');
        return err instanceof Error ? err : new Error(String(err));
      });
      if (prepared instanceof Error) return this.recordFailure(job, claim, 0, prepared, log);
      if ('skip' in prepared) {
        await markJobSkipped(db, shopId, claim.id, prepared.skip);
        log.info({ reason: prepared.skip }, 'job skipped');
        return outcomeOf(job, 'skipped', prepared.skip);
      }
      const from = deliveredBefore(claim);
      try {
        await sendOutgoing(this.api, job.shop.owner.externalId, prepared.messages, from);
      } catch (error) {
        const partial = error instanceof PartialSendError ? error : new PartialSendError(from, error);
        return this.handleSendError(job, claim, partial, prepared.messages.length, log);
      }
      if (!(await markJobSent(db, shopId, claim.id, this.clock()))) {
        log.warn('job sent, but its claim had been taken over meanwhile');
      } else {
        log.info({ messages: prepared.messages.length - from, attempt: claim.attempts }, 'job sent');
      }
      return outcomeOf(job, 'sent');
    } catch (err) {
      // The database failed: a claim left 'claimed' is taken over once stale (the one window for a resend).
      log.error({ err }, 'job failed');
      return outcomeOf(job, 'failed', err instanceof Error ? err.message : String(err));
    }
  }

  private async prepare(job: PlannedJob): Promise<PreparedJob> {
    if (job.kind === REMINDER_JOB) {
      if (await getDailyRecord(this.deps.db, job.shop.shop.id, job.periodKey)) {
        return { skip: 'day already recorded' };
      }
      return { messages: [this.messages.reminder(job.shop, job.periodKey)] };
    }
    const messages = await this.messages.weeklyPush(job.shop, job.periodKey);
    return messages.length > 0 ? { messages } : { skip: 'nothing to send' };
  }

  private async handleSendError(
    job: PlannedJob,
    claim: JobClaim,
    error: PartialSendError,
    total: number,
    log: Logger,
  ): Promise<JobOutcome> {
    const { db } = this.deps;
    const shopId = job.shop.shop.id;
    const cause = error.cause;
    if (cause instanceof GrammyError && cause.error_code === 403) {
      // Blocked by the user (or the account is gone): no retry, and no more messages until they come back.
      await updateShopSettings(db, shopId, { reminderEnabled: false, weeklyPushEnabled: false });
      const reason = `blocked: ${cause.description}`;
      await markJobSkipped(db, shopId, claim.id, progressNote(error.delivered, total, reason));
      log.warn(
        { description: cause.description },
        'chat blocked the bot: reminders and weekly push turned off',
      );
      return outcomeOf(job, 'skipped', reason);
    }
    if (cause instanceof GrammyError && cause.error_code === 400) {
      // Telegram refused the request itself (chat not found, bad markup…): sending it again changes nothing.
      const reason = `rejected: ${cause.description}`;
      await markJobSkipped(db, shopId, claim.id, progressNote(error.delivered, total, reason));
      log.error(
        { method: cause.method, description: cause.description },
        'Telegram rejected the job message',
      );
      return outcomeOf(job, 'skipped', reason);
    }
    return this.recordFailure(job, claim, error.delivered, cause, log, total);
  }

  private async recordFailure(
    job: PlannedJob,
    claim: JobClaim,
    delivered: number,
    cause: unknown,
    log: Logger,
    total = 0,
  ): Promise<JobOutcome> {
    const failedAt = this.clock();
    let nextAttemptAt = nextAttemptAfter(claim.attempts, failedAt);
    const retryAfter = cause instanceof GrammyError ? cause.parameters.retry_after : undefined;
    if (nextAttemptAt && retryAfter !== undefined) {
      nextAttemptAt = new Date(Math.max(nextAttemptAt.getTime(), failedAt.getTime() + retryAfter * 1000));
    }
    const reason = describeError(cause);
    await markJobFailed(this.deps.db, job.shop.shop.id, claim.id, {
      error: progressNote(delivered, total, reason),
      nextAttemptAt,
    });
    log.warn(
      { attempt: claim.attempts, next_attempt_at: nextAttemptAt, error: reason },
      nextAttemptAt ? 'job send failed; will retry' : 'job send failed; out of attempts',
    );
    return outcomeOf(job, 'failed', reason);
  }
}

/** Whether a claim needs no attempt now: finished, held by a live instance, or not due for a retry. */
function isSettled(claim: JobClaim | undefined, now: Date): boolean {
  if (!claim) return false;
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

/** A failure note that says how many messages of the job went out, so a retry resumes after them. */
function progressNote(delivered: number, total: number, reason: string): string {
  return delivered > 0 ? `delivered ${delivered}/${total}: ${reason}` : reason;
}

function deliveredBefore(claim: JobClaim): number {
  const match = /^delivered (\d+)\//.exec(claim.lastError ?? '');
  return match ? Number(match[1]) : 0;
}

function describeError(error: unknown): string {
  if (error instanceof GrammyError) return `${error.method}: ${error.error_code} ${error.description}`;
  if (error instanceof HttpError) return `network: ${error.message}`;
  // Never a database error's message: it quotes the values (it is logged and stored as the claim's error).
  return summarizeError(error);
}

function outcomeOf(job: DueJob, result: JobResult, reason?: string): JobOutcome {
  return {
    shopId: job.shop.shop.id,
    shopName: job.shop.shop.name,
    kind: job.kind,
    periodKey: job.periodKey,
    result,
    ...(reason !== undefined && { reason }),
  };
}

function countBy(keys: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}
