import type { Api } from 'grammy';
import { noteFailure } from '../middlewares/failed-update.js';
import type { Flow } from './conversation.js';

type Outcome<T> = { ok: true; value: T } | { ok: false };

/**
 * Calls the Bot API from inside a conversation: with the bot's own Api (and its retries) inside
 * `conversation.external`, so only the outcome is recorded and a replay returns it without calling
 * Telegram or waiting out a fault again. `call` must resolve to plain data (a message id, not the message).
 * A failed call is logged and yields undefined: an API error thrown inside a conversation can leave it
 * hanging (grammyjs/conversations#155).
 */
export async function callBotApi<T>(
  { conversation, deps }: Flow,
  call: (api: Api) => Promise<T>,
): Promise<T | undefined> {
  const outcome = await conversation.external(async (ctx): Promise<Outcome<T>> => {
    try {
      return { ok: true, value: await call(ctx.api) };
    } catch (error) {
      (ctx.logger ?? deps.logger).warn({ err: error }, 'Bot API call inside a conversation failed');
      return { ok: false };
    }
  });
  return outcome.ok ? outcome.value : undefined;
}

/**
 * Like callBotApi, for a call the update's writes depend on (the message confirming a change): a failure
 * is noted on the update as its cause and the flow throws, so the update fails and everything it wrote
 * rolls back; the cause decides whether it is left for a later delivery (429/5xx) or settled (4xx).
 */
export async function callBotApiOrFail<T>(
  { conversation }: Flow,
  call: (api: Api) => Promise<T>,
): Promise<T> {
  const outcome = await conversation.external(async (ctx): Promise<Outcome<T>> => {
    try {
      return { ok: true, value: await call(ctx.api) };
    } catch (error) {
      noteFailure(ctx, error);
      return { ok: false };
    }
  });
  if (!outcome.ok) throw new Error('a Bot API call the update depends on failed');
  return outcome.value;
}
