import { Composer } from 'grammy';
import {
  getShopSettings,
  type ShopSettingsPatch,
  updateShopSettings,
} from '../../db/queries/shop-settings.js';
import { getShopForOwner } from '../../db/queries/shops.js';
import { parseClockTime } from '../../domain/clock-time.js';
import { echoInput } from '../../domain/message-text.js';
import { reminderData } from '../callback-data/reminders.js';
import { commandArgument } from '../command-argument.js';
import type { BotContext } from '../context.js';
import { withShop } from '../filters/has-shop.js';
import { reminderSettingsKeyboard } from '../keyboards/reminders.js';
import { reminderStatusText } from '../views/reminder-status.js';
import { dayCloseFeature } from './day-close.js';

/** /remind, /remind 20:30, /remind on|off, and the on/off buttons (under /remind and under each reminder). */
export const remindersFeature = new Composer<BotContext>();

// When the day closes decides which day the reminder is for, so the two settings live side by side.
remindersFeature.use(dayCloseFeature);

const ON = /^(on|bật|bat)$/i;
const OFF = /^(off|tắt|tat)$/i;

/** What an argument of /remind asks for; null when it is none of a time, on, off. */
function patchFor(argument: string): ShopSettingsPatch | null {
  if (ON.test(argument)) return { reminderEnabled: true };
  if (OFF.test(argument)) return { reminderEnabled: false };
  const time = parseClockTime(argument);
  // Setting a time means the owner wants the reminder.
  return time ? { reminderTime: time, reminderEnabled: true } : null;
}

remindersFeature.command(
  'remind',
  withShop(async (ctx) => {
    const shop = ctx.owner.shop;
    const argument = commandArgument(ctx);
    let settings = shop.settings;
    let lead = '';
    if (argument !== '') {
      const patch = patchFor(argument);
      if (!patch) return void (await ctx.reply(ctx.t('remind-bad-argument', { text: echoInput(argument) })));
      settings = (await updateShopSettings(ctx.deps.db, shop.id, patch)) ?? settings;
      if (patch.reminderTime) lead = `${ctx.t('remind-time-set', { time: patch.reminderTime })}\n`;
      ctx.logger.info({ patch }, 'reminder settings changed');
    }
    await ctx.reply(lead + reminderStatusText(shop.name, settings, ctx.t.bind(ctx)), {
      reply_markup: reminderSettingsKeyboard(shop.id, settings, ctx.t.bind(ctx)),
    });
  }),
);

const TOGGLES = {
  on: { patch: { reminderEnabled: true }, done: 'remind-turned-on', already: 'remind-already-on' },
  off: { patch: { reminderEnabled: false }, done: 'remind-turned-off', already: 'remind-already-off' },
  'push-on': {
    patch: { weeklyPushEnabled: true },
    done: 'remind-push-turned-on',
    already: 'remind-push-already-on',
  },
  'push-off': {
    patch: { weeklyPushEnabled: false },
    done: 'remind-push-turned-off',
    already: 'remind-push-already-off',
  },
} as const;

remindersFeature.callbackQuery(reminderData.filter, async (ctx) => {
  const data = reminderData.parse(ctx.callbackQuery.data);
  if (!data) return void (await ctx.answerCallbackQuery({ text: ctx.t('common-stale-button') }));
  if (!ctx.owner) return void (await ctx.answerCallbackQuery({ text: ctx.t('common-need-start') }));
  const { db } = ctx.deps;
  const shop = await getShopForOwner(db, ctx.owner.user.id, data.shopId);
  const current = shop && (await getShopSettings(db, shop.id));
  if (!shop || !current)
    return void (await ctx.answerCallbackQuery({ text: ctx.t('common-foreign-button') }));

  const toggle = TOGGLES[data.action];
  const [key, value] = Object.entries(toggle.patch)[0] as ['reminderEnabled' | 'weeklyPushEnabled', boolean];
  const already = current[key] === value;
  const settings = already ? current : ((await updateShopSettings(db, shop.id, toggle.patch)) ?? current);
  if (!already)
    ctx.logger.child({ shop_id: shop.id }).info({ patch: toggle.patch }, 'reminder settings changed');
  await ctx.answerCallbackQuery({ text: ctx.t(already ? toggle.already : toggle.done) });
  // An old button stays an old button: the message is brought up to date, the settings are left alone.
  await ctx
    .editMessageText(reminderStatusText(shop.name, settings, ctx.t.bind(ctx)), {
      reply_markup: reminderSettingsKeyboard(shop.id, settings, ctx.t.bind(ctx)),
    })
    .catch((err: unknown) => ctx.logger.debug({ err }, 'reminder message not edited'));
});
