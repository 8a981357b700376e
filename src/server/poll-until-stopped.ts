import type { Api } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from '../logger.js';
import { describeApiError } from './describe-api-error.js';
import { LongPolling, type LongPollingOptions, PollingConflictError } from './long-polling.js';

/** How updates stopped coming in, for the shutdown: what to wait for, and what to tell Telegram then. */
export interface StoppedIntake {
  /** 0, or the exit code when Telegram refused to serve this process (the reason is logged). */
  exitCode: number;
  /** Resolves once the updates in hand are handled. */
  drained: Promise<unknown>;
  /**
   * Gives up the updates still being handled: none of them is confirmed, and a webhook post not answered
   * yet is answered 503 now (Telegram sends it again). Resolves once those answers are out.
   */
  abandon(): Promise<void>;
  /** Tells Telegram which updates were handled, within `timeoutMs`; never throws. */
  confirm(timeoutMs: number): Promise<void>;
}

export interface PollUntilStoppedOptions {
  api: Api;
  handleUpdate: (update: Update) => Promise<void>;
  allowedUpdates: LongPollingOptions['allowedUpdates'];
  logger: Logger;
  /** Aborted on SIGTERM/SIGINT. */
  signal: AbortSignal;
}

/** Long polling until the signal, or until Telegram refuses this poller; then takes no more updates. */
export async function pollUntilStopped(options: PollUntilStoppedOptions): Promise<StoppedIntake> {
  const { logger, signal } = options;
  const polling = new LongPolling(options);
  const polled = signal.aborted ? Promise.resolve() : polling.run();
  logger.info('long polling started');
  const stopped = new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve());
  });
  const failure = await Promise.race([
    polled.then(
      () => undefined,
      (error: unknown) => error ?? new Error('long polling failed'),
    ),
    stopped,
  ]);
  polling.stop();
  const exitCode = failure === undefined ? 0 : reportPollingFailure(failure, logger);
  return {
    exitCode,
    drained: polled.catch(() => undefined),
    abandon: async () => polling.abandon(),
    confirm: async (timeoutMs) => {
      // Never after a 409: that getUpdates would end the other instance's long poll.
      if (exitCode !== 0) return;
      try {
        await polling.confirm(AbortSignal.timeout(timeoutMs));
        logger.info({ offset: polling.watermark }, 'handled updates confirmed to Telegram');
      } catch (error) {
        logger.warn(
          { reason: describeApiError(error) },
          'could not confirm the handled updates; they will come again',
        );
      }
    },
  };
}

/** Explains why Telegram refuses this poller; returns the exit code. */
function reportPollingFailure(error: unknown, logger: Logger): number {
  if (error instanceof PollingConflictError && !error.webhookActive) {
    logger.fatal('another instance is polling this bot');
    process.stderr.write(
      'Another instance is polling this bot with the same token (Telegram answered 409 Conflict).\n' +
        'Only one process may poll a bot: stop the other one, or use webhook mode (WEBHOOK_URL) for several.\n',
    );
  } else if (error instanceof PollingConflictError) {
    logger.fatal('a webhook is set for this bot, so it cannot be polled');
    process.stderr.write(
      'A webhook is set for this bot (Telegram answered 409 Conflict to getUpdates): is an instance running\n' +
        'in webhook mode? Stop it, or run this one with WEBHOOK_URL too.\n',
    );
  } else {
    logger.fatal({ reason: describeApiError(error) }, 'long polling failed');
  }
  return 1;
}
