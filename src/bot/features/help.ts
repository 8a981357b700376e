import { Composer } from 'grammy';
import type { BotContext } from '../context.js';

export const helpFeature = new Composer<BotContext>();

helpFeature.command('help', async (ctx) => {
  await ctx.reply(ctx.t('help-text', { shop: ctx.owner?.shop?.name ?? ctx.t('help-no-shop') }));
});
