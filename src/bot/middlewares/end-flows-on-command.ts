import type { MiddlewareFn } from 'grammy';
import type { BotContext } from '../context.js';
import { openFlowNameKeys } from '../conversations/open-flows.js';

/** `/word` or `/word@bot` at the start of a message: what Telegram sends as a command. */
const COMMAND = /^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?(?:\s|$)/;

function isCommandText(text: string | undefined): boolean {
  return text !== undefined && COMMAND.test(text);
}

/**
 * A command always wins over an open flow: before it runs, every flow the chat has open is ended, with one
 * line naming it and saying nothing was saved; a flow never goes on waiting behind a command (a language
 * change, a shop switch) and never takes a later message for its answer. /cancel says it its own way.
 */
export function endFlowsOnCommand(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const text = ctx.message?.text;
    if (isCommandText(text) && !/^\/cancel\b/i.test(text ?? '')) {
      const flows = openFlowNameKeys(ctx);
      if (flows.length > 0) {
        await ctx.conversation.exitAll();
        for (const flow of flows) await ctx.reply(ctx.t('flow-stopped', { flow: ctx.t(flow) }));
      }
    }
    return next();
  };
}
