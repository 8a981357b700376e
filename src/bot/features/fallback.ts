import { Composer } from 'grammy';
import { classifyFreeText } from '../../domain/free-text.js';
import { loadPeriodProfit } from '../../services/period-profit.js';
import type { BotContext } from '../context.js';
import { type ShopContext, shopBooksDay } from '../filters/has-shop.js';
import { rendererOf } from '../renderer.js';
import { renderPeriodAnswer } from '../views/period-answer.js';

/**
 * A short answer to a message that is not an entry (before the quick entry): a question about a period
 * (today, yesterday, this or last week, this or last month, in the shop's books days) gets that period's
 * net profit and ROAS, thanks get one line, other words the pointer to /help. A text with a digit goes on
 * to the quick entry.
 */
export const freeTextFeature = new Composer<BotContext>();

/** Last in the chain: old or unknown buttons get a notice; anything else unhandled gets one line. */
export const fallbackFeature = new Composer<BotContext>();

freeTextFeature.on('message:text').drop(
  (ctx) => ctx.message.text.startsWith('/'),
  async (ctx, next) => {
    if (!ctx.owner?.shop) return next();
    const shopCtx = ctx as typeof ctx & ShopContext;
    const intent = classifyFreeText(ctx.message.text);
    if (intent.kind === 'entry') return next();
    if (intent.kind === 'question') {
      const { date } = shopBooksDay(shopCtx);
      const settings = shopCtx.owner.shop.settings;
      const answer = await loadPeriodProfit(ctx.deps.db, settings, intent.period, date);
      return void (await ctx.reply(renderPeriodAnswer(intent, answer, date, rendererOf(ctx))));
    }
    await ctx.reply(ctx.t(intent.kind === 'thanks' ? 'free-thanks' : 'free-unknown'));
  },
);

fallbackFeature.on('callback_query', async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t('common-stale-button') });
});

fallbackFeature.on('message', async (ctx) => {
  await ctx.reply(ctx.t(ctx.owner?.shop ? 'free-unknown' : 'common-need-start'));
});
