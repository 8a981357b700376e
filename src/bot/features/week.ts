import { Composer } from 'grammy';
import { answerActionItem, firstToldExpiry, listOpenItems } from '../../services/action-items.js';
import { adsJudgedInWeek } from '../../services/ad-judgement.js';
import { diagnoseAndStoreWeek, loadStoredWeek, type StoredWeek } from '../../services/week-diagnosis.js';
import { computeRunningWeek, lastFinishedWeek } from '../../services/weekly-report.js';
import { actionItemData, actionListScreenData, listScreenOf } from '../callback-data/action-items.js';
import type { BotContext } from '../context.js';
import { type ShopContext, shopToday, withShop, withShopButton } from '../filters/has-shop.js';
import { actionListKeyboard, withKeyboard } from '../keyboards/action-items.js';
import { rendererOf } from '../renderer.js';
import { listScreen, renderOpenItems } from '../views/action-items.js';
import { renderAdsOfWeek } from '../views/ad-week.js';
import { renderWeekReport, reportActions, weekReportMessage } from '../views/week-report.js';

/** /week (last week diagnosed, this week so far), /actions with its screens, and the Accept / Dismiss / Done buttons. */
export const weekFeature = new Composer<BotContext>();

/** A stored week's report with the ads judged in it and the buttons of the items it offers, as of `today`. */
async function storedWeekMessage(ctx: ShopContext, week: StoredWeek, today: string) {
  const { shop } = ctx.owner;
  const renderer = rendererOf(ctx);
  const judged = await adsJudgedInWeek(ctx.deps.db, shop.settings, week.report.isoWeek);
  const ads = renderAdsOfWeek(judged, shop.settings.timeZone, renderer);
  return weekReportMessage(week.report, shop.name, renderer, week.items, today, ads);
}

weekFeature.command(
  'week',
  withShop(async (ctx) => {
    const { shop } = ctx.owner;
    const renderer = rendererOf(ctx);
    const today = shopToday(ctx);
    const last = await diagnoseAndStoreWeek(ctx.deps.db, shop.settings, lastFinishedWeek(today), renderer);
    const { text, ...options } = await storedWeekMessage(ctx, last, today);
    await ctx.reply(text, options);
    const running = await computeRunningWeek(ctx.deps.db, shop.settings, today);
    await ctx.reply(renderWeekReport(running, shop.name, renderer, [], today));
  }),
);

/**
 * Screen `index` of the /actions list as it stands, with its buttons; `tellExpiry` says how many old items
 * expired, the first time this chat sees /actions after they did.
 */
async function openItemsMessage(ctx: ShopContext, index: number, tellExpiry = false) {
  const { db } = ctx.deps;
  const { shop } = ctx.owner;
  const renderer = rendererOf(ctx);
  const list = await listOpenItems(db, shop.id);
  const told =
    tellExpiry &&
    list.expired > 0 &&
    list.expiredBefore !== null &&
    ctx.chatId !== undefined &&
    (await firstToldExpiry(db, ctx.chatId, shop.id, list.expiredBefore));
  const screen = listScreen(list.items, index);
  const text = renderOpenItems(screen, shop.name, renderer, {
    today: shopToday(ctx),
    latestWeekStart: list.latestWeekStart,
    ...(told && { expired: list.expired }),
  });
  const keyboard = actionListKeyboard(screen.items, { ...screen, shopId: shop.id }, renderer.t);
  return { text, ...withKeyboard(keyboard) };
}

weekFeature.command(
  'actions',
  withShop(async (ctx) => {
    const { text, ...options } = await openItemsMessage(ctx, 0, true);
    await ctx.reply(text, options);
  }),
);

weekFeature.callbackQuery(
  actionListScreenData.filter,
  withShopButton(actionListScreenData, async (ctx, data) => {
    // A list of another shop than the one in use: its screens are not this shop's.
    if (data.shopId !== ctx.owner.shop.id)
      return void (await ctx.answerCallbackQuery({ text: ctx.t('common-stale-button') }));
    await ctx.answerCallbackQuery();
    const { text, ...options } = await openItemsMessage(ctx, Number(data.screen));
    await ctx.editMessageText(text, options);
  }),
);

weekFeature.callbackQuery(
  actionItemData.filter,
  withShopButton(actionItemData, async (ctx, data) => {
    const { db } = ctx.deps;
    const { shop } = ctx.owner;
    const t = ctx.t.bind(ctx);
    const screen = listScreenOf(data.view);
    // Numbered as the owner saw them, before this answer changes the list.
    const before = screen === null ? [] : (await listOpenItems(db, shop.id)).items;
    const result = await answerActionItem(db, shop.id, data.itemId, data.status, ctx.deps.now());
    if (result.status === 'missing') {
      // Not an item of the shop in use: another owner's, another shop's, or one deleted by a recomputation.
      return void (await ctx.answerCallbackQuery({ text: t('common-stale-button') }));
    }
    if (result.status === 'unchanged')
      return void (await ctx.answerCallbackQuery({ text: t('action-already-answered') }));
    ctx.logger.info({ item_id: data.itemId, status: data.status }, 'action item answered');

    if (screen !== null) {
      const n = before.findIndex((i) => i.id === data.itemId) + 1;
      await ctx.answerCallbackQuery({ text: t(`action-answered-${data.status}`, { n }) });
      const { text, ...options } = await openItemsMessage(ctx, screen);
      await ctx.editMessageText(text, options);
      return;
    }
    // The week as stored, with this answer.
    const week = await loadStoredWeek(db, shop.id, { diagnosticId: result.item.diagnosticId });
    // Numbered as in the report: among the items it offers.
    const offered = week ? reportActions(week.report, week.items).shown : [];
    const n = offered.findIndex((i) => i.id === data.itemId) + 1;
    await ctx.answerCallbackQuery({ text: t(`action-answered-${data.status}`, { n }) });
    if (!week) return;
    const { text, ...options } = await storedWeekMessage(ctx, week, shopToday(ctx));
    await ctx.editMessageText(text, options);
  }),
);
