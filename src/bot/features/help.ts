import { Composer } from 'grammy';
import { MONEY_EXAMPLES } from '../../domain/money-examples.js';
import type { BotContext } from '../context.js';

export const helpFeature = new Composer<BotContext>();

helpFeature.command('help', async (ctx) => {
  const help = ctx.t('help-text', {
    shop: ctx.owner?.shop?.name ?? ctx.t('help-no-shop'),
    moneyForms: MONEY_EXAMPLES[ctx.locale].join(', '),
  });
  await ctx.reply(`${help}\n${ctx.t('help-data-rights')}`);
});
