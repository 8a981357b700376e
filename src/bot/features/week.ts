import { Composer } from 'grammy';
import { listActionItems, listOpenActionItems, setActionItemStatus } from '../../db/queries/action-items.js';
import { getWeeklyDiagnosticById } from '../../db/queries/weekly-diagnostics.js';
import { diagnoseAndStoreWeek } from '../../services/week-diagnosis.js';
import { computeFinishedWeek, computeRunningWeek, lastFinishedWeek } from '../../services/weekly-report.js';
import { actionItemData } from '../callback-data/action-items.js';
import type { BotContext } from '../context.js';
import { hasShop, requireShop, shopToday } from '../filters/has-shop.js';
import { renderOpenItems } from '../views/action-items.js';
import { actionItemsKeyboard, renderWeekReport, withKeyboard } from '../views/week-report.js';

/** /week (last week diagnosed, this week so far), /actions, and the Accept / Dismiss / Done buttons. */
export const weekFeature = new Composer<BotContext>();

weekFeature.command('week', async (ctx) => {
  if (!(await requireShop(ctx)) || !hasShop(ctx)) return;
  const { shop } = ctx.owner;
  const t = ctx.t.bind(ctx);
  const today = shopToday(ctx);
  const last = await diagnoseAndStoreWeek(ctx.deps.db, shop.settings, lastFinishedWeek(today), ctx.locale, t);
  const keyboard = actionItemsKeyboard(last.items, 'w', t);
  await ctx.reply(
    renderWeekReport(last.report, shop.name, ctx.locale, t, last.items),
    withKeyboard(keyboard),
  );
  const running = await computeRunningWeek(ctx.deps.db, shop.settings, today);
  await ctx.reply(renderWeekReport(running, shop.name, ctx.locale, t));
});

weekFeature.command('actions', async (ctx) => {
  if (!(await requireShop(ctx)) || !hasShop(ctx)) return;
  const items = await listOpenActionItems(ctx.deps.db, ctx.owner.shop.id, 20);
  const open = renderOpenItems(items, ctx.owner.shop.name, ctx.locale, ctx.t.bind(ctx));
  const keyboard = actionItemsKeyboard(items, 'l', ctx.t.bind(ctx));
  await ctx.reply(open, withKeyboard(keyboard));
});

weekFeature.callbackQuery(actionItemData.filter, async (ctx) => {
  const data = actionItemData.parse(ctx.callbackQuery.data);
  if (!data) return void (await ctx.answerCallbackQuery({ text: ctx.t('common-stale-button') }));
  if (!(await requireShop(ctx)) || !hasShop(ctx)) return;
  const { db } = ctx.deps;
  const { shop } = ctx.owner;
  const t = ctx.t.bind(ctx);
  // Numbered as the owner saw them, before this answer changes the list.
  const before = data.view === 'l' ? await listOpenActionItems(db, shop.id, 20) : [];
  const result = await setActionItemStatus(db, shop.id, data.itemId, data.status, ctx.deps.now(), {
    from: data.status === 'done' ? ['pending', 'accepted'] : ['pending'],
  });
  if (result.status === 'missing') {
    // Not an item of the shop in use: another owner's, another shop's, or one deleted by a recomputation.
    return void (await ctx.answerCallbackQuery({ text: t('common-stale-button') }));
  }
  if (result.status === 'unchanged')
    return void (await ctx.answerCallbackQuery({ text: t('action-already-answered') }));
  ctx.logger.info({ item_id: data.itemId, status: data.status }, 'action item answered');

  if (data.view === 'l') {
    const n = before.findIndex((i) => i.id === data.itemId) + 1;
    await ctx.answerCallbackQuery({ text: t(`action-answered-${data.status}`, { n }) });
    const items = await listOpenActionItems(db, shop.id, 20);
    await ctx.editMessageText(
      renderOpenItems(items, shop.name, ctx.locale, t),
      withKeyboard(actionItemsKeyboard(items, 'l', t)),
    );
    return;
  }
  const diagnostic = await getWeeklyDiagnosticById(db, shop.id, result.item.diagnosticId);
  const items = await listActionItems(db, shop.id, result.item.diagnosticId);
  const n = items.findIndex((i) => i.id === data.itemId) + 1;
  await ctx.answerCallbackQuery({ text: t(`action-answered-${data.status}`, { n }) });
  if (!diagnostic) return;
  const report = await computeFinishedWeek(db, shop.settings, diagnostic.isoWeek);
  await ctx.editMessageText(
    renderWeekReport(report, shop.name, ctx.locale, t, items),
    withKeyboard(actionItemsKeyboard(items, 'w', t)),
  );
});
