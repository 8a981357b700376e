import { Composer } from 'grammy';
import { echoInput } from '../../domain/message-text.js';
import { clockOfMinutes } from '../../domain/setting-value.js';
import { readSetting, settingByKey } from '../../domain/settings-catalog.js';
import { changeShopSettings } from '../../services/shop-setting-change.js';
import { commandArgument } from '../command-argument.js';
import type { BotContext } from '../context.js';
import { withShop } from '../filters/has-shop.js';

/** /dayclose, /dayclose 3h, /dayclose 02:30, /dayclose 0h: when the shop's day closes after midnight. */
export const dayCloseFeature = new Composer<BotContext>();

/** The setting, with its bounds: a day closes between midnight and the latest hour its spec allows. */
const DAY_CLOSES_AT = settingByKey('dayClosesAt');
const { min = 0, max = 24 * 60 - 1 } = DAY_CLOSES_AT.bounds ?? {};
const RANGE = { min: clockOfMinutes(min), max: clockOfMinutes(max) };

dayCloseFeature.command(
  'dayclose',
  withShop(async (ctx) => {
    const shop = ctx.owner.shop;
    const argument = commandArgument(ctx);
    let closesAt = shop.settings.dayClosesAt;
    let lead = '';
    if (argument !== '') {
      const read = readSetting(DAY_CLOSES_AT, argument);
      if (!read.ok && read.error === 'out-of-range' && read.read !== undefined)
        return void (await ctx.reply(ctx.t('dayclose-too-late', { time: String(read.read), ...RANGE })));
      if (!read.ok)
        return void (await ctx.reply(ctx.t('dayclose-bad-argument', { text: echoInput(argument) })));
      const change = await changeShopSettings(ctx.deps.db, shop.id, { dayClosesAt: read.value });
      closesAt = change?.settings.dayClosesAt ?? String(read.value);
      lead = `${ctx.t('dayclose-set', { time: closesAt })}\n`;
      ctx.logger.info({ patch: { dayClosesAt: closesAt } }, 'day close changed');
    }
    const status =
      closesAt === '00:00'
        ? ctx.t('dayclose-status-midnight', { shop: shop.name })
        : ctx.t('dayclose-status', { shop: shop.name, time: closesAt });
    await ctx.reply(`${lead}${status}\n${ctx.t('dayclose-usage', RANGE)}`);
  }),
);
