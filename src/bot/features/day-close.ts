import { Composer } from 'grammy';
import { updateShopSettings } from '../../db/queries/shop-settings.js';
import { parseClockTime } from '../../domain/clock-time.js';
import { echoInput } from '../../domain/message-text.js';
import { commandArgument } from '../command-argument.js';
import type { BotContext } from '../context.js';
import { withShop } from '../filters/has-shop.js';

/** /dayclose, /dayclose 3h, /dayclose 02:30, /dayclose 0h: when the shop's day closes after midnight. */
export const dayCloseFeature = new Composer<BotContext>();

/** The latest hour a day may close at: later than that is the next morning. */
const LATEST_CLOSE = '06:00';

dayCloseFeature.command(
  'dayclose',
  withShop(async (ctx) => {
    const shop = ctx.owner.shop;
    const argument = commandArgument(ctx);
    let closesAt = shop.settings.dayClosesAt;
    let lead = '';
    if (argument !== '') {
      const time = parseClockTime(argument);
      if (!time) return void (await ctx.reply(ctx.t('dayclose-bad-argument', { text: echoInput(argument) })));
      if (time > LATEST_CLOSE) return void (await ctx.reply(ctx.t('dayclose-too-late', { time })));
      closesAt = (await updateShopSettings(ctx.deps.db, shop.id, { dayClosesAt: time }))?.dayClosesAt ?? time;
      lead = `${ctx.t('dayclose-set', { time: closesAt })}\n`;
      ctx.logger.info({ patch: { dayClosesAt: closesAt } }, 'day close changed');
    }
    const status =
      closesAt === '00:00'
        ? ctx.t('dayclose-status-midnight', { shop: shop.name })
        : ctx.t('dayclose-status', { shop: shop.name, time: closesAt });
    await ctx.reply(`${lead}${status}\n${ctx.t('dayclose-usage')}`);
  }),
);
