import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { ONBOARDING } from '../conversations/onboarding.js';

/** /start: onboarding for a newcomer, a short welcome back for an owner. */
export const startFeature = new Composer<BotContext>();

startFeature.command('start', async (ctx) => {
  await ctx.conversation.exitAll();
  if (ctx.owner?.shop) {
    await ctx.reply(ctx.t('onboarding-welcome-back', { shop: ctx.owner.shop.name }));
    return;
  }
  await ctx.conversation.enter(ONBOARDING, {});
});
