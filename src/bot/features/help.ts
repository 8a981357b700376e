import { Composer } from 'grammy';
import type { BotContext } from '../context.js';

export const helpFeature = new Composer<BotContext>();

helpFeature.command('help', async (ctx) => {
  const help = ctx.t('help-text', { shop: ctx.owner?.shop?.name ?? ctx.t('help-no-shop') });
  await ctx.reply(`${help}\n${ctx.t('help-data-rights')}`);
});
