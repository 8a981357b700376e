import type { MiddlewareFn } from 'grammy';
import type { BotContext } from '../context.js';

/**
 * A button pressed on an inline message (a callback query with no chat message, only an
 * inline_message_id) belongs to no chat the bot works in: it changes nothing and sends nothing; the
 * press only gets an empty answer, so the client stops waiting.
 */
export function ignoreInlineMessagePresses(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const query = ctx.callbackQuery;
    if (!query || query.message) return next();
    ctx.logger.info('button pressed on an inline message; ignored');
    await ctx
      .answerCallbackQuery()
      .catch((error: unknown) => ctx.logger.warn({ err: error }, 'could not answer an inline-message press'));
  };
}
