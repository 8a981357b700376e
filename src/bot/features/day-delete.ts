import { Composer } from 'grammy';
import { formatDate } from '../../domain/format.js';
import { deleteDayAsShown } from '../../services/day-delete.js';
import { refreshStoredWeek } from '../../services/week-diagnosis.js';
import { dayDeleteData } from '../callback-data/index.js';
import { showConfirmationAgain } from '../confirmation-again.js';
import type { BotContext } from '../context.js';
import { withShopButton } from '../filters/has-shop.js';
import { rendererOf } from '../renderer.js';
import { deleteDayReply } from '../views/saved-day.js';

/**
 * Yes on a day's delete confirmation: deletes the day only while its record is the one shown; a day edited
 * (or deleted and entered again) since gets its confirmation again as it is now, and nothing is deleted.
 */
export const dayDeleteFeature = new Composer<BotContext>();

dayDeleteFeature.callbackQuery(
  dayDeleteData.filter,
  withShopButton(dayDeleteData, async (ctx, data) => {
    const { settings } = ctx.owner.shop;
    // The button names a shop: it must be the one in use (switching shops makes old buttons stale).
    if (data.shopId !== ctx.owner.shop.id) {
      return void (await ctx.answerCallbackQuery({ text: ctx.t('common-stale-button') }));
    }
    const t = ctx.t.bind(ctx);
    const result = await deleteDayAsShown(ctx.deps.db, settings, data.date, data.shown);
    if (result.status === 'gone')
      return void (await ctx.answerCallbackQuery({ text: t('common-stale-button') }));
    if (result.status === 'changed') {
      const scope = { shop: ctx.owner.shop, date: data.date, locale: ctx.locale, t };
      return void (await showConfirmationAgain(ctx, deleteDayReply(result.day, scope)));
    }
    ctx.logger.info({ record_date: data.date }, 'daily record deleted');
    await refreshStoredWeek(ctx.deps.db, settings, data.date, rendererOf(ctx));
    const text = t('day-deleted', { date: formatDate(data.date, ctx.locale) });
    await ctx.answerCallbackQuery({ text });
    await ctx.editMessageText(text);
  }),
);
