import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { dropOpenEntryCards } from '../middlewares/open-entry-cards.js';

/** /cancel leaves any flow and drops an entry card left unsaved; installed before the conversations. */
export const cancelFeature = new Composer<BotContext>();

cancelFeature.command('cancel', async (ctx) => {
  const active = Object.keys(ctx.conversation.active()).length > 0;
  await ctx.conversation.exitAll();
  const dropped = await dropOpenEntryCards(ctx);
  if (active) await ctx.reply(ctx.t('common-cancelled'));
  if (dropped > 0) await ctx.reply(ctx.t('flow-card-dropped', { count: dropped }));
  if (!active && dropped === 0) await ctx.reply(ctx.t('common-nothing-to-cancel'));
});
