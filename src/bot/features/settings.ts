import { Composer } from 'grammy';
import { parseEntryDate, readDate } from '../../domain/entry-date.js';
import { formatDate } from '../../domain/format.js';
import { echoInput } from '../../domain/message-text.js';
import { isReappliedCost } from '../../domain/reapplied-cost.js';
import {
  isResetWord,
  namesUnit,
  readSetting,
  SETTING_GROUPS,
  SETTINGS,
  settingByCode,
  settingDefault,
  settingNamed,
  splitSince,
} from '../../domain/settings-catalog.js';
import { previewCostReapply } from '../../services/cost-reapply.js';
import { changeShopSetting, settingValues } from '../../services/shop-setting-change.js';
import { settingEditData, settingsGroupData, settingsMenuData } from '../callback-data/index.js';
import { commandArgument } from '../command-argument.js';
import type { BotContext } from '../context.js';
import { SETTING_EDIT } from '../conversations/setting-edit.js';
import { shopBooksDay, withShop, withShopButton } from '../filters/has-shop.js';
import { pressedForShopInUse } from '../filters/shop-in-use.js';
import { withGlosses } from '../glosses.js';
import { rendererOf } from '../renderer.js';
import { reapplyOffer } from '../views/cost-reapply.js';
import { settingChangedText, settingValueError } from '../views/setting-change.js';
import { settingLine, settingsGroup, settingsMenu } from '../views/settings.js';

/**
 * /settings: every cost and threshold by group, changed by button (a guided question) or in one line:
 * `/settings giá vốn 35%`, `/settings ship 30k`, `/settings cogs default`; `/settings help` lists the names.
 */
export const settingsFeature = new Composer<BotContext>();

settingsFeature.command(
  'settings',
  withShop(async (ctx) => {
    const shop = ctx.owner.shop;
    const values = settingValues(shop.settings);
    const line = commandArgument(ctx);
    if (line === '') {
      const menu = settingsMenu(shop, ctx.t);
      return void (await ctx.reply(menu.text, { reply_markup: menu.keyboard }));
    }
    if (['help', 'giup', 'giúp', '?'].includes(line.toLowerCase())) {
      const groups = SETTING_GROUPS.map((group) => {
        const specs = SETTINGS.filter((s) => s.group === group);
        const lines = specs.map(
          (s) =>
            `${settingLine(s, values[s.key], shop.id, rendererOf(ctx))} · /settings ${ctx.t(s.label).toLowerCase()} …`,
        );
        return `${ctx.t(`settings-group-${group}`)}\n${lines.join('\n')}`;
      });
      const help = `${ctx.t('settings-help-title')}\n\n${groups.join('\n\n')}`;
      return void (await ctx.reply(await withGlosses(ctx, help)));
    }
    const named = settingNamed(line);
    if (!named) return void (await ctx.reply(ctx.t('settings-unknown-name')));
    const { spec, rest } = named;
    if (rest === '') {
      await ctx.conversation.exitAll();
      return void (await ctx.conversation.enter(SETTING_EDIT, { shopId: shop.id, code: spec.code }));
    }
    const { value: typed, since } = splitSince(rest);
    const today = shopBooksDay(ctx).date;
    let from: string | null = null;
    if (since !== null) {
      // `… từ 01/11`: the new cost is also re-applied to the days saved since then, after an old → new.
      if (!isReappliedCost(spec.key)) return void (await ctx.reply(ctx.t('settings-reapply-costs-only')));
      const date = parseEntryDate(since, today);
      if (!date.ok && date.error === 'future-date') {
        const ahead = readDate(since, today);
        const day = ahead.ok ? formatDate(ahead.value, ctx.locale) : echoInput(since);
        return void (await ctx.reply(ctx.t('settings-reapply-future', { date: day })));
      }
      if (!date.ok)
        return void (await ctx.reply(ctx.t('settings-reapply-bad-date', { text: echoInput(since) })));
      from = date.value;
    }
    let value = settingDefault(spec, shop.id);
    if (!isResetWord(typed)) {
      const parsed = readSetting(spec, typed);
      if (!parsed.ok)
        return void (await ctx.reply(settingValueError(spec, parsed.error, typed, rendererOf(ctx))));
      value = parsed.value;
    }
    const change = await changeShopSetting(ctx.deps.db, shop.id, spec.key, value);
    ctx.logger.info({ setting: spec.key }, 'setting changed');
    if (!change) return void (await ctx.reply(ctx.t('common-stale-button')));
    const changed = settingChangedText(spec, change, rendererOf(ctx), namesUnit(spec, typed));
    if (from === null || !isReappliedCost(spec.key))
      return void (await ctx.reply(await withGlosses(ctx, changed)));
    const preview = await previewCostReapply(ctx.deps.db, change.settings, spec.key, from, today);
    // A value that was already the setting's is offered again only to saved days it would change.
    if (change.before === change.after && preview.changedDays === 0) return void (await ctx.reply(changed));
    const offer = reapplyOffer(preview, shop.id, rendererOf(ctx));
    await ctx.reply(`${changed}\n\n${offer.text}`, offer.keyboard ? { reply_markup: offer.keyboard } : {});
  }),
);

settingsFeature.callbackQuery(
  settingEditData.filter,
  withShopButton(settingEditData, async (ctx, data) => {
    if (!(await pressedForShopInUse(ctx, data.shopId))) return;
    const shop = ctx.owner.shop;
    const spec = settingByCode(data.code)!;
    await ctx.answerCallbackQuery();
    if (spec.kind !== 'switch') {
      await ctx.conversation.exitAll();
      await ctx.conversation.enter(SETTING_EDIT, { shopId: shop.id, code: spec.code });
      return;
    }
    // A switch flips on a press; the group is shown again with the new value. That edit is the flip's
    // confirmation: when it cannot be made, the update fails and the flip rolls back with it.
    const values = settingValues(shop.settings);
    const change = await changeShopSetting(ctx.deps.db, shop.id, spec.key, !values[spec.key]);
    if (!change) return;
    const view = settingsGroup(spec.group, shop, { ...values, [spec.key]: change.after }, rendererOf(ctx));
    await ctx.editMessageText(await withGlosses(ctx, view.text), { reply_markup: view.keyboard });
  }),
);

settingsFeature.callbackQuery(
  settingsGroupData.filter,
  withShopButton(settingsGroupData, async (ctx, data) => {
    if (!(await pressedForShopInUse(ctx, data.shopId))) return;
    const shop = ctx.owner.shop;
    await ctx.answerCallbackQuery();
    const view = settingsGroup(data.group, shop, settingValues(shop.settings), rendererOf(ctx));
    await ctx.editMessageText(await withGlosses(ctx, view.text), { reply_markup: view.keyboard });
  }),
);

settingsFeature.callbackQuery(
  settingsMenuData.filter,
  withShopButton(settingsMenuData, async (ctx, data) => {
    if (!(await pressedForShopInUse(ctx, data.shopId))) return;
    await ctx.answerCallbackQuery();
    const view = settingsMenu(ctx.owner.shop, ctx.t);
    await ctx.editMessageText(view.text, { reply_markup: view.keyboard });
  }),
);
