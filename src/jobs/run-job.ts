import type { Api } from 'grammy';
import { getDailyRecord } from '../db/queries/daily-records.js';
import { claimJob, markJobFailed, markJobSent, markJobSkipped } from '../db/queries/job-claims.js';
import { updateShopSettings } from '../db/queries/shop-settings.js';
import { shopExists } from '../db/queries/shops.js';
import type { JobClaim } from '../db/schema/index.js';
import type { Logger } from '../logger.js';
import { isTooLate, REMINDER_JOB } from './due-jobs.js';
import type { JobDeps, JobMessages } from './job-deps.js';
import { type JobOutcome, outcomeOf } from './job-outcome.js';
import { judgeSendFailure, MAX_SEND_ATTEMPTS, type Retry, retryOf } from './send-failure.js';
import { type OutgoingMessage, PartialSendError, sendOutgoing } from './send-outgoing.js';
import type { PlannedJob } from './tick-plan.js';

export interface JobRunnerOptions {
  deps: JobDeps;
  messages: JobMessages;
  /** The Bot API client to send with. */
  api: Api;
  /** The clock for claims, backoff and the time sent. */
  clock: () => Date;
  /** Written on each claim, for the logs. */
  instanceId: string;
  logger: Logger;
}

type PreparedJob = { messages: OutgoingMessage[] } | { skip: string };

/**
 * Runs one due job: claims it (insert … on conflict … returning), so that only the instance that got the
 * claim sends; builds its messages; sends the ones a failed attempt before did not (the claim's
 * `messagesSent`); and records the outcome on the claim: sent, skipped, or failed with its next attempt.
 */
export class JobRunner {
  constructor(private readonly options: JobRunnerOptions) {}

  async run(job: PlannedJob): Promise<JobOutcome> {
    const { deps, clock, instanceId } = this.options;
    const { db } = deps;
    const shopId = job.shop.shop.id;
    const log = this.options.logger.child({ shop_id: shopId, job: job.kind, period: job.periodKey });
    try {
      const claim = await claimJob(db, {
        shopId,
        kind: job.kind,
        periodKey: job.periodKey,
        claimedBy: instanceId,
        now: clock(),
        maxAttempts: MAX_SEND_ATTEMPTS,
      });
      if (!claim) {
        return (await shopExists(db, shopId)) ? outcomeOf(job, 'taken') : this.shopGone(job, log);
      }
      if (isTooLate(job, job.at)) {
        const reason = `too late: due ${job.dueAt.toISOString()}, now ${job.at.toISOString()}`;
        await markJobSkipped(db, shopId, claim.id, { reason });
        log.info({ due_at: job.dueAt }, 'job skipped: past its catch-up window');
        return outcomeOf(job, 'skipped', reason);
      }
      const prepared = await this.prepare(job).catch((err: unknown) =>
        err instanceof Error ? err : new Error(String(err)),
      );
      // A shop deleted since its claim took the claim with it: nothing to send, nothing to record. A check
      // that fails counts the shop as there, so the build's own error is the one logged.
      if (!(await shopExists(db, shopId).catch(() => true))) return this.shopGone(job, log);
      if (prepared instanceof Error) {
        log.error({ err: prepared }, 'could not build the job message');
        const retry = retryOf(prepared, claim.attempts, clock());
        return this.recordRetry(job, claim, claim.messagesSent, retry, log);
      }
      if ('skip' in prepared) {
        await markJobSkipped(db, shopId, claim.id, { reason: prepared.skip });
        log.info({ reason: prepared.skip }, 'job skipped');
        return outcomeOf(job, 'skipped', prepared.skip);
      }
      const { messages } = prepared;
      const from = claim.messagesSent;
      try {
        await sendOutgoing(this.options.api, job.shop.owner.externalId, messages, from);
      } catch (error) {
        const partial = error instanceof PartialSendError ? error : new PartialSendError(from, error);
        return this.handleSendFailure(job, claim, partial, log);
      }
      const sent = Math.max(from, messages.length);
      if (!(await markJobSent(db, shopId, claim.id, { at: clock(), messagesSent: sent }))) {
        if (await shopExists(db, shopId)) log.warn('job sent, but its claim had been taken over meanwhile');
        else log.info('job sent, and its shop deleted meanwhile');
      } else {
        log.info({ messages: sent - from, attempt: claim.attempts }, 'job sent');
      }
      return outcomeOf(job, 'sent');
    } catch (err) {
      // The database failed: a claim left 'claimed' is taken over once stale (the one window for a resend).
      log.error({ err }, 'job failed');
      return outcomeOf(job, 'failed', err instanceof Error ? err.message : String(err));
    }
  }

  /** A job of a shop deleted since the tick planned it is skipped quietly (its claims went with it). */
  private shopGone(job: PlannedJob, log: Logger): JobOutcome {
    log.info('job skipped: shop deleted');
    return outcomeOf(job, 'skipped', 'shop deleted');
  }

  private async prepare(job: PlannedJob): Promise<PreparedJob> {
    const { deps, messages } = this.options;
    if (job.kind === REMINDER_JOB) {
      if (await getDailyRecord(deps.db, job.shop.shop.id, job.periodKey)) {
        return { skip: 'day already recorded' };
      }
      return { messages: [await messages.reminder(job.shop, job.periodKey)] };
    }
    const built = await messages.weeklyPush(job.shop, job.periodKey);
    return built.length > 0 ? { messages: built } : { skip: 'nothing to send' };
  }

  private async handleSendFailure(
    job: PlannedJob,
    claim: JobClaim,
    failure: PartialSendError,
    log: Logger,
  ): Promise<JobOutcome> {
    const { db } = this.options.deps;
    const shopId = job.shop.shop.id;
    const decision = judgeSendFailure(failure.cause, claim.attempts, this.options.clock());
    switch (decision.action) {
      case 'turn-off': {
        await updateShopSettings(db, shopId, { reminderEnabled: false, weeklyPushEnabled: false });
        await markJobSkipped(db, shopId, claim.id, {
          reason: decision.reason,
          messagesSent: failure.delivered,
        });
        log.warn(
          { description: decision.error.description },
          'chat blocked the bot: reminders and weekly push turned off',
        );
        return outcomeOf(job, 'skipped', decision.reason);
      }
      case 'give-up': {
        await markJobSkipped(db, shopId, claim.id, {
          reason: decision.reason,
          messagesSent: failure.delivered,
        });
        log.error(
          { method: decision.error.method, description: decision.error.description },
          'Telegram rejected the job message',
        );
        return outcomeOf(job, 'skipped', decision.reason);
      }
      case 'retry':
        return this.recordRetry(job, claim, failure.delivered, decision, log);
    }
  }

  private async recordRetry(
    job: PlannedJob,
    claim: JobClaim,
    messagesSent: number,
    retry: Retry,
    log: Logger,
  ): Promise<JobOutcome> {
    const { reason, nextAttemptAt } = retry;
    await markJobFailed(this.options.deps.db, job.shop.shop.id, claim.id, {
      error: reason,
      nextAttemptAt,
      messagesSent,
    });
    log.warn(
      { attempt: claim.attempts, next_attempt_at: nextAttemptAt, error: reason },
      nextAttemptAt ? 'job send failed; will retry' : 'job send failed; out of attempts',
    );
    return outcomeOf(job, 'failed', reason);
  }
}
