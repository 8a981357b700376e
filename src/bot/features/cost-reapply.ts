import { Composer } from 'grammy';
import { reappliedCostOfCode } from '../../domain/reapplied-cost.js';
import { applyCostReapply } from '../../services/cost-reapply.js';
import { reapplyData } from '../callback-data/index.js';
import { showConfirmationAgain } from '../confirmation-again.js';
import type { BotContext } from '../context.js';
import { shopBooksDay, withShopButton } from '../filters/has-shop.js';
import { pressedForShopInUse } from '../filters/shop-in-use.js';
import { rendererOf } from '../renderer.js';
import { reapplyDone, reapplyOffer } from '../views/cost-reapply.js';

/** The Apply / Keep buttons under `/settings <cost> <value> từ <date>`. */
export const costReapplyFeature = new Composer<BotContext>();

costReapplyFeature.callbackQuery(
  reapplyData.filter,
  withShopButton(reapplyData, async (ctx, data) => {
    if (!(await pressedForShopInUse(ctx, data.shopId))) return;
    const shop = ctx.owner.shop;
    const renderer = rendererOf(ctx);
    const { t } = renderer;
    if (data.action === 'n') {
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(t('settings-reapply-declined'));
      return;
    }
    const today = shopBooksDay(ctx).date;
    const result = await applyCostReapply(
      ctx.deps.db,
      shop.id,
      reappliedCostOfCode(data.cost),
      { from: data.from, to: today },
      data.shown,
      renderer,
    );
    if (!result) return void (await ctx.answerCallbackQuery({ text: t('common-stale-button') }));
    if (result.status === 'changed') {
      // The settings or the days changed since the offer: nothing rewritten, the offer again as it is now.
      return void (await showConfirmationAgain(ctx, reapplyOffer(result.offer, shop.id, renderer)));
    }
    await ctx.answerCallbackQuery();
    ctx.logger.info({ days: result.done.days }, 'costs re-applied to saved days');
    await ctx.editMessageText(reapplyDone(result.done, renderer));
  }),
);
