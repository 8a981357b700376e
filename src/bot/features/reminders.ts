import { Composer } from 'grammy';
import { echoInput } from '../../domain/message-text.js';
import { readSetting, settingByKey } from '../../domain/settings-catalog.js';
import { ownerShopWithSettings } from '../../services/owner-shops.js';
import { changeShopSettings, type SettingsPatch } from '../../services/shop-setting-change.js';
import { reminderData } from '../callback-data/reminders.js';
import { commandArgument } from '../command-argument.js';
import type { BotContext } from '../context.js';
import { withOwnerButton, withShop } from '../filters/has-shop.js';
import { reminderSettingsKeyboard } from '../keyboards/reminders.js';
import { reminderStatusText } from '../views/reminder-status.js';

/** /remind, /remind 20:30, /remind on|off, and the on/off buttons (under /remind and under each reminder). */
export const remindersFeature = new Composer<BotContext>();

// When the day closes decides which day the reminder is for, so the two settings live side by side.

const REMINDER_ON = settingByKey('reminderEnabled');
const REMINDER_TIME = settingByKey('reminderTime');

/**
 * What an argument of /remind asks for, read as /settings reads these settings: on or off (`bật`, `tắt`…),
 * or a time; null when it is neither.
 */
function patchFor(argument: string): SettingsPatch | null {
  const onOff = readSetting(REMINDER_ON, argument);
  if (onOff.ok) return { reminderEnabled: onOff.value };
  const time = readSetting(REMINDER_TIME, argument);
  // Setting a time means the owner wants the reminder.
  return time.ok ? { reminderTime: time.value, reminderEnabled: true } : null;
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
      settings = (await changeShopSettings(ctx.deps.db, shop.id, patch))?.settings ?? settings;
      if (patch.reminderTime) lead = `${ctx.t('remind-time-set', { time: settings.reminderTime })}\n`;
      ctx.logger.info({ patch }, 'reminder settings changed');
    }
    await ctx.reply(lead + reminderStatusText(shop.name, settings, ctx.t.bind(ctx)), {
      reply_markup: reminderSettingsKeyboard(shop.id, settings, ctx.t.bind(ctx)),
    });
  }),
);

const TOGGLES = {
  on: { key: 'reminderEnabled', value: true, done: 'remind-turned-on', already: 'remind-already-on' },
  off: { key: 'reminderEnabled', value: false, done: 'remind-turned-off', already: 'remind-already-off' },
  'push-on': {
    key: 'weeklyPushEnabled',
    value: true,
    done: 'remind-push-turned-on',
    already: 'remind-push-already-on',
  },
  'push-off': {
    key: 'weeklyPushEnabled',
    value: false,
    done: 'remind-push-turned-off',
    already: 'remind-push-already-off',
  },
} as const;

remindersFeature.callbackQuery(
  reminderData.filter,
  withOwnerButton(reminderData, async (ctx, data) => {
    const { db } = ctx.deps;
    const found = await ownerShopWithSettings(db, ctx.owner.user.id, data.shopId);
    if (!found) return void (await ctx.answerCallbackQuery({ text: ctx.t('common-foreign-button') }));
    const { shop, settings: current } = found;

    const toggle = TOGGLES[data.action];
    const already = current[toggle.key] === toggle.value;
    const settings = already
      ? current
      : ((await changeShopSettings(db, shop.id, { [toggle.key]: toggle.value }))?.settings ?? current);
    if (!already)
      ctx.logger
        .child({ shop_id: shop.id })
        .info({ patch: { [toggle.key]: toggle.value } }, 'reminder settings changed');
    await ctx.answerCallbackQuery({ text: ctx.t(already ? toggle.already : toggle.done) });
    // An old button stays an old button: the message is brought up to date, the settings are left alone.
    await ctx
      .editMessageText(reminderStatusText(shop.name, settings, ctx.t.bind(ctx)), {
        reply_markup: reminderSettingsKeyboard(shop.id, settings, ctx.t.bind(ctx)),
      })
      .catch((err: unknown) => ctx.logger.debug({ err }, 'reminder message not edited'));
  }),
);
