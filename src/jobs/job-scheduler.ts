import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Cron } from 'croner';
import type { Api } from 'grammy';
import type { Logger } from '../logger.js';
import type { JobDeps, JobMessages } from './job-deps.js';
import type { JobOutcome } from './job-outcome.js';
import { type ProgressOptions, progressTracker } from './job-progress.js';
import { JobRunner } from './run-job.js';
import { type PlannedJob, planTick, type TickOptions } from './tick-plan.js';
import { TickWindow } from './tick-window.js';
import { diagnoseWeeksOfPushes, type WeekBatchReport } from './week-diagnoses.js';

export interface JobSchedulerOptions {
  deps: JobDeps;
  /** Builds each job's messages. */
  messages: JobMessages;
  /** The Bot API client to send with (see createJobsApi: paced, a 429 waited out). */
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

/**
 * Sends each shop's evening reminder and weekly push, ticking every minute in the bot process. A tick plans
 * the jobs due and not settled (planTick), diagnoses the weeks of the open pushes in one pass
 * (diagnoseWeeksOfPushes), then runs the jobs a few at a time (JobRunner: claim, build, send, record), so
 * several instances and restarts send each (shop, kind, period) once. Too late (past the catch-up window)
 * → skipped; failed → retried with backoff by a later tick (send-failure.ts); the chat blocked the bot →
 * the shop's reminders and pushes are turned off.
 */
export class JobScheduler {
  readonly instanceId: string;
  private readonly deps: JobDeps;
  private readonly clock: () => Date;
  private readonly concurrency: number;
  private readonly pattern: string;
  private readonly logger: Logger;
  private readonly runner: JobRunner;
  private cron: Cron | undefined;
  private running: Promise<void> | undefined;
  private stopping = false;
  /** Which slots the next scheduled tick looks at (see TickWindow). */
  private readonly window = new TickWindow();

  constructor(options: JobSchedulerOptions) {
    this.deps = options.deps;
    this.clock = options.now ?? options.deps.now;
    this.instanceId = options.instanceId ?? `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
    this.concurrency = options.concurrency ?? 16;
    this.pattern = options.pattern ?? '* * * * *';
    this.logger = options.deps.logger.child({ component: 'jobs', instance: this.instanceId });
    this.runner = new JobRunner({
      deps: options.deps,
      messages: options.messages,
      api: options.api,
      clock: this.clock,
      instanceId: this.instanceId,
      logger: this.logger,
    });
  }

  /** Ticks now and then every minute, until stop(). */
  start(): void {
    if (this.cron) return;
    this.stopping = false;
    this.window.reset();
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

  /**
   * One pass over every shop: claims and sends whatever is due and not settled yet; `progress` hears how
   * many of the jobs are done as they run (the ops CLI prints it: 100,000 pushes at 30 messages/s take
   * most of an hour). A tick with no options after the first looks only at the slots that came due since
   * the previous one and at the claims due another attempt, with a sweep of the whole window every
   * SWEEP_EVERY_MS (TickWindow).
   */
  async tick(options: TickOptions & { progress?: ProgressOptions } = {}): Promise<TickReport> {
    const now = this.clock();
    // The ops CLI's ticks (some kinds, a shop, --as-of, the settled listed) look at every slot, always.
    const scheduled = !options.kinds && !options.at && options.shopId === undefined && !options.listSettled;
    const since = scheduled ? this.window.since(now) : undefined;
    const plan = await planTick(this.deps.db, now, since ? { ...options, since } : options);
    const diagnoses = await diagnoseWeeksOfPushes(this.deps, this.logger, plan.open);
    const ran = await this.runAll(plan.open, options.progress);
    const outcomes = [...plan.future, ...ran];
    if (scheduled) {
      const complete = ran.length === plan.open.length && ran.every((o) => o.result !== 'failed');
      this.window.ticked(now, since, complete);
    }
    const acted = outcomes.filter((o) => o.result !== 'taken');
    if (acted.length > 0) {
      this.logger.info(
        { shops: plan.shops, ...countBy(acted.map((o) => `${o.kind}:${o.result}`)) },
        'job tick finished',
      );
    }
    return { at: now, shops: plan.shops, diagnoses, outcomes, settled: plan.settled };
  }

  /**
   * Runs these jobs now, whatever their slots, as a tick runs its open ones (the weeks of the pushes
   * diagnosed first, then claim, build, send, record): a job whose claim is settled is not sent again.
   */
  async runNow(jobs: readonly PlannedJob[]): Promise<JobOutcome[]> {
    await diagnoseWeeksOfPushes(this.deps, this.logger, jobs);
    return this.runAll(jobs);
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

  /** Runs the jobs, `concurrency` at a time; once stopping, starts no new one. */
  private async runAll(jobs: readonly PlannedJob[], progress?: ProgressOptions): Promise<JobOutcome[]> {
    const outcomes: JobOutcome[] = [];
    const tracker = progress && jobs.length > 0 ? progressTracker(jobs.length, progress) : undefined;
    let next = 0;
    const worker = async () => {
      while (next < jobs.length && !this.stopping) {
        const job = jobs[next++]!;
        outcomes.push(await this.runner.run(job));
        tracker?.jobDone();
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, jobs.length) }, worker));
    return outcomes;
  }
}

function countBy(keys: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}
