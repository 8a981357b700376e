import { Composer } from 'grammy';
import type { BotContext } from '../context.js';

/** Last in the chain: old or unknown buttons get a notice; anything else unhandled gets help. */
export const fallbackFeature = new Composer<BotContext>();

fallbackFeature.on('callback_query', async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t('common-stale-button') });
});

fallbackFeature.on('message', async (ctx) => {
  await ctx.reply(ctx.t(ctx.owner?.shop ? 'quick-entry-help' : 'common-need-start'));
});
