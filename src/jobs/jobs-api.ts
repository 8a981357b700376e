import { Api, type ApiClientOptions } from 'grammy';
import { JOBS_RETRY_POLICY, retryWithinBudget } from '../api-retry.js';
import { SendLimiter } from './send-limiter.js';

/**
 * The Bot API client the jobs send with: its own, so that pacing a broadcast never slows the bot's replies
 * in chats. The limiter paces every request; the retry (outside it, JOBS_RETRY_POLICY) waits out a 429's
 * `retry_after`. Server errors and network failures are not retried here: the job is marked failed and
 * retried by the scheduler with backoff, which survives a restart.
 */
export function createJobsApi(
  token: string,
  client: ApiClientOptions = {},
  limiter: SendLimiter = new SendLimiter(),
): Api {
  const api = new Api(token, client);
  // The last transformer installed runs first: the retry wraps the limiter, so each retry waits its turn.
  api.config.use(limiter.transformer());
  api.config.use(retryWithinBudget(JOBS_RETRY_POLICY));
  return api;
}
