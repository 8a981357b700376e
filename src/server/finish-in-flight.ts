import type { Logger } from '../logger.js';
import { deadlineIn, settlesWithin } from './deadline.js';
import type { StoppedIntake } from './poll-until-stopped.js';

export interface FinishInFlightOptions {
  /** Updates no longer come in; the ones in hand are finishing. */
  intake: StoppedIntake;
  /** Stops the job scheduler once its current send is over. */
  stopJobs: () => Promise<void>;
  /** One bound for both waits (SHUTDOWN_TIMEOUT_MS). */
  timeoutMs: number;
  logger: Logger;
}

/**
 * The shutdown's wait: the updates in hand and the job send in flight, together, within `timeoutMs`; then
 * Telegram is told which updates were handled (what was not comes again to the next process).
 */
export async function finishInFlight(options: FinishInFlightOptions): Promise<void> {
  const { intake, logger, timeoutMs } = options;
  const remaining = deadlineIn(timeoutMs);
  const [updatesDone, jobsDone] = await Promise.all([
    settlesWithin(intake.drained, remaining()),
    settlesWithin(options.stopJobs(), remaining()),
  ]);
  if (!updatesDone) {
    logger.warn(
      { timeout_ms: timeoutMs },
      'shutdown timeout: gave up on the updates still being handled (unconfirmed ones come again)',
    );
  }
  if (!jobsDone) logger.warn({ timeout_ms: timeoutMs }, 'shutdown timeout: a job send was cut short');
  // Past the bound already, the confirmation still gets a second: without it, handled updates come again.
  await intake.confirm(Math.max(remaining(), 1000));
}
