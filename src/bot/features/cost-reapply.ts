import { Composer } from 'grammy';
import { localDate } from '../../domain/local-date.js';
import { applyCostReapply } from '../../services/cost-reapply.js';
import { settingsVersion } from '../../services/shop-setting-change.js';
import { reapplyData } from '../callback-data/index.js';
import type { BotContext } from '../context.js';
import { withShop } from '../filters/has-shop.js';
import { reapplyDone } from '../views/cost-reapply.js';

/** The Apply / Keep buttons under `/settings <cost> <value> từ <date>`. */
export const costReapplyFeature = new Composer<BotContext>();

costReapplyFeature.callbackQuery(
  reapplyData.filter,
  withShop(async (ctx) => {
    const data = reapplyData.parse(ctx.callbackQuery.data);
    const shop = ctx.owner.shop;
    if (!data || data.shopId !== shop.id) {
      return void (await ctx.answerCallbackQuery({ text: ctx.t('common-stale-button') }));
    }
    // Offered for other settings than today's (changed again since): the numbers shown no longer hold.
    if (data.version !== settingsVersion(shop.settings)) {
      return void (await ctx.answerCallbackQuery({ text: ctx.t('settings-reapply-stale') }));
    }
    await ctx.answerCallbackQuery();
    if (data.action === 'n') {
      await ctx.editMessageText(ctx.t('settings-reapply-declined'));
      return;
    }
    const today = localDate(ctx.deps.now(), shop.settings.timeZone);
    const done = await applyCostReapply(
      ctx.deps.db,
      shop.settings,
      { from: data.from, to: today },
      { locale: ctx.locale, t: ctx.t.bind(ctx) },
    );
    ctx.logger.info({ days: done.days }, 'costs re-applied to saved days');
    await ctx.editMessageText(reapplyDone(done, ctx.locale, ctx.t));
  }),
);
