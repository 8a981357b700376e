import type { Api } from 'grammy';
import type { Flow } from './conversation.js';

type Outcome<T> = { ok: true; value: T } | { ok: false };

/**
 * Calls the Bot API from inside a conversation: with the bot's own Api (and its retries) inside
 * `conversation.external`, so only the outcome is recorded and a replay returns it without calling
 * Telegram again. A call that changes the chat is held back and made once the update has committed (see
 * handleOnce), so `call` resolves to plain data known now (not the sent message). A call that fails here (a
 * read) is logged and yields undefined: an API error thrown inside a conversation can leave it hanging
 * (grammyjs/conversations#155).
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
