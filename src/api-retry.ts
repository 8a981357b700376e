import { HttpError, type Transformer } from 'grammy';

/** How a failed Bot API call is retried: one implementation (retryWithinBudget), one policy per sender. */
export interface RetryPolicy {
  /** All the waits of one call together stay within this many seconds. */
  budgetSeconds: number;
  /** Retries of one call at most, of any kind. */
  maxRetries: number;
  /** The wait before each retry after a server (5xx) or network error, by retry; past its end they fail. */
  backoffSeconds: readonly number[];
}

/**
 * The bot's replies. An update holds its chat (and a slot of the instance) while a call waits, so a call
 * may not wait long: a few seconds in all, then the update fails and its chat is told something went wrong.
 */
export const BOT_RETRY_POLICY: RetryPolicy = {
  budgetSeconds: 5,
  maxRetries: 3,
  backoffSeconds: [0.25, 0.5, 1],
};

/**
 * The scheduler's pushes. Nobody waits for them, so a 429 is waited out for up to a minute in all (the
 * limiter paces each retry too). A 5xx or network error is not retried here: the job is marked failed and
 * the scheduler tries it again after minutes, from its claim, which survives a restart.
 */
export const JOBS_RETRY_POLICY: RetryPolicy = { budgetSeconds: 60, maxRetries: 3, backoffSeconds: [] };

/**
 * Retries a failed Bot API call while its waits fit the policy's budget: a 429 after its `retry_after`, a
 * 5xx or a network error after the policy's back-off. A wait that does not fit is not started; the call
 * fails at once. A call aborted (its signal) while waiting fails at once too.
 */
export function retryWithinBudget(policy: RetryPolicy): Transformer {
  return async (prev, method, payload, signal) => {
    let waited = 0;
    for (let retry = 0; ; retry++) {
      const canWait = (seconds: number | undefined): seconds is number =>
        seconds !== undefined &&
        retry < policy.maxRetries &&
        waited + seconds <= policy.budgetSeconds &&
        !signal?.aborted;
      let result: Awaited<ReturnType<typeof prev>>;
      try {
        result = await prev(method, payload, signal);
      } catch (error) {
        const delay = policy.backoffSeconds[retry];
        if (!(error instanceof HttpError) || !canWait(delay)) throw error;
        waited += await pause(delay, signal);
        continue;
      }
      if (result.ok) return result;
      const delay =
        result.parameters?.retry_after ??
        (result.error_code >= 500 ? policy.backoffSeconds[retry] : undefined);
      if (!canWait(delay)) return result;
      waited += await pause(delay, signal);
    }
  };
}

/** grammY's own AbortSignal type (from its polyfill in the Node build). */
type Signal = Parameters<Transformer>[3];

function pause(seconds: number, signal: Signal): Promise<number> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(new Error('Request aborted while waiting to retry'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve(seconds);
    }, seconds * 1000);
    signal?.addEventListener('abort', abort, { once: true });
  });
}
