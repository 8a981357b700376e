import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Cron } from 'croner';
import type { Api } from 'grammy';
import type { Logger } from '../logger.js';
import type { JobDeps, JobMessages } from './job-deps.js';
import type { JobOutcome } from './job-outcome.js';
import { JobRunner } from './run-job.js';
import { type PlannedJob, planTick, type TickOptions } from './tick-plan.js';
import { diagnoseWeeksOfPushes, type WeekBatchReport } from './week-diagnoses.js';

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
    const plan = await planTick(this.deps.db, now, options);
    const diagnoses = await diagnoseWeeksOfPushes(this.deps, this.logger, plan.open);
    const outcomes = [...plan.future, ...(await this.runAll(plan.open))];
    const acted = outcomes.filter((o) => o.result !== 'taken');
    if (acted.length > 0) {
      this.logger.info(
        { shops: plan.shops, ...countBy(acted.map((o) => `${o.kind}:${o.result}`)) },
        'job tick finished',
      );
    }
    return { at: now, shops: plan.shops, diagnoses, outcomes, settled: plan.settled };
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
  private async runAll(jobs: readonly PlannedJob[]): Promise<JobOutcome[]> {
    const outcomes: JobOutcome[] = [];
    let next = 0;
    const worker = async () => {
      while (next < jobs.length && !this.stopping) {
        const job = jobs[next++]!;
        outcomes.push(await this.runner.run(job));
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
