import type { Logger } from '../logger.js';
import { deadlineIn, settlesWithin } from './deadline.js';
import type { StoppedIntake } from './poll-until-stopped.js';

/**
 * How long past SHUTDOWN_TIMEOUT_MS the rest of a shutdown may take when work was cut off: the rollbacks,
 * telling Telegram what was handled, closing the database. The process exits within the timeout plus a
 * second, the rest of which is left for the exit itself and a loaded machine.
 */
export const SHUTDOWN_GRACE_MS = 700;
/** After the cut, the wait for the aborted updates to roll back (their connections go back to the pool). */
const ROLLBACK_WAIT_MS = 200;
/** Of the grace, what is left for closing the database after the confirmation. */
const CLOSE_MS = 150;

export interface FinishInFlightOptions {
  /** Updates no longer come in; the ones in hand are finishing. */
  intake: StoppedIntake;
  /** Stops the job scheduler once its current send is over. */
  stopJobs: () => Promise<void>;
  /** Aborts the Bot API calls in flight and refuses every commit from now on. */
  cutOff: () => void;
  /** One bound for both waits (SHUTDOWN_TIMEOUT_MS). */
  timeoutMs: number;
  logger: Logger;
}

/**
 * The shutdown's wait: the updates in hand and the job send in flight, together, within `timeoutMs`. What
 * is still running then is cut off: its Bot API calls are aborted, its transactions roll back, and its
 * updates are given up (never confirmed, a webhook post answered 503), so they come again to the next
 * process. Then Telegram is told which updates were handled.
 */
export async function finishInFlight(options: FinishInFlightOptions): Promise<void> {
  const { intake, logger, timeoutMs } = options;
  const remaining = deadlineIn(timeoutMs);
  const grace = deadlineIn(timeoutMs + SHUTDOWN_GRACE_MS);
  const jobsStopped = options.stopJobs();
  const [updatesDone, jobsDone] = await Promise.all([
    settlesWithin(intake.drained, remaining()),
    settlesWithin(jobsStopped, remaining()),
  ]);
  if (updatesDone && jobsDone) {
    // Past the bound already, the confirmation still gets a second: without it, handled updates come again.
    await intake.confirm(Math.max(remaining(), 1000));
    return;
  }
  // Given up before the cut, so that nothing ending after it counts as handled.
  const abandoned = intake.abandon();
  options.cutOff();
  if (!updatesDone) {
    logger.warn(
      { timeout_ms: timeoutMs },
      'shutdown timeout: gave up on the updates still being handled (unconfirmed ones come again)',
    );
  }
  if (!jobsDone) logger.warn({ timeout_ms: timeoutMs }, 'shutdown timeout: a job send was cut short');
  await settlesWithin(
    Promise.all([abandoned, intake.drained, jobsStopped]),
    Math.min(ROLLBACK_WAIT_MS, grace()),
  );
  // The rest of the grace, less a moment for closing the database.
  await intake.confirm(Math.max(grace() - CLOSE_MS, 100));
}
