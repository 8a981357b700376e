import { HttpError, type Transformer } from 'grammy';

export interface RetryPolicy {
  /** All the waits of one call together stay within this many seconds. */
  budgetSeconds: number;
  /** The wait before each retry after a server (5xx) or network error; its length caps retries of any kind. */
  backoffSeconds: readonly number[];
}

/**
 * In polling mode one lane handles the updates of every chat, so a call may not wait long: a few seconds in
 * all, then the update fails and its chat is told something went wrong.
 */
export const BOT_RETRY_POLICY: RetryPolicy = { budgetSeconds: 5, backoffSeconds: [0.25, 0.5, 1] };

/**
 * Retries a failed Bot API call while its waits fit the budget: a 429 after its `retry_after`, a 5xx or a
 * network error after a short back-off. A wait that does not fit is not started; the call fails at once.
 */
export function retryWithinBudget(policy: RetryPolicy = BOT_RETRY_POLICY): Transformer {
  return async (prev, method, payload, signal) => {
    let waited = 0;
    for (let retry = 0; ; retry++) {
      const canWait = (seconds: number | undefined): seconds is number =>
        seconds !== undefined &&
        retry < policy.backoffSeconds.length &&
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
