import { Composer } from 'grammy';
import { formatDate, formatMoney, formatRatio } from '../../domain/format.js';
import { classifyFreeText } from '../../domain/free-text.js';
import { formatHeadingRange } from '../../domain/heading-date.js';
import { loadSavedDay } from '../../services/daily-entry.js';
import { computeRunningWeek } from '../../services/weekly-report.js';
import type { BotContext } from '../context.js';
import { type ShopContext, shopBooksDay } from '../filters/has-shop.js';

/**
 * A short answer to a message that is not an entry (before the quick entry): a question about today or
 * this week gets its net profit and ROAS, thanks get one line, other words the pointer to /help. A text
 * with a digit goes on to the quick entry.
 */
export const freeTextFeature = new Composer<BotContext>();

/** Last in the chain: old or unknown buttons get a notice; anything else unhandled gets one line. */
export const fallbackFeature = new Composer<BotContext>();

function roasOf(roas: number | null, ctx: ShopContext): string {
  return roas === null ? '—' : formatRatio(roas, ctx.locale);
}

async function todayAnswer(ctx: ShopContext): Promise<string> {
  const { date } = shopBooksDay(ctx);
  const day = await loadSavedDay(ctx.deps.db, ctx.owner.shop.settings, date);
  const shown = formatDate(date, ctx.locale);
  if (!day) return ctx.t('free-today-empty', { date: shown });
  return ctx.t('free-today', {
    date: shown,
    profit: formatMoney(day.metrics.netProfit, ctx.locale),
    roas: roasOf(day.metrics.roas, ctx),
  });
}

async function weekAnswer(ctx: ShopContext): Promise<string> {
  const { date } = shopBooksDay(ctx);
  const week = await computeRunningWeek(ctx.deps.db, ctx.owner.shop.settings, date);
  const range = formatHeadingRange(week.weekStart, week.weekEnd, date, ctx.locale);
  const w = week.current;
  if (w.daysRecorded === 0) return ctx.t('free-week-empty', { range });
  return ctx.t('free-week', {
    range,
    profit: formatMoney(w.netProfit, ctx.locale),
    roas: roasOf(w.roas, ctx),
    recorded: w.daysRecorded,
    days: w.daysInPeriod,
  });
}

freeTextFeature.on('message:text').drop(
  (ctx) => ctx.message.text.startsWith('/'),
  async (ctx, next) => {
    if (!ctx.owner?.shop) return next();
    const shopCtx = ctx as typeof ctx & ShopContext;
    const intent = classifyFreeText(ctx.message.text);
    if (intent === 'entry') return next();
    if (intent === 'today') return void (await ctx.reply(await todayAnswer(shopCtx)));
    if (intent === 'week') return void (await ctx.reply(await weekAnswer(shopCtx)));
    await ctx.reply(ctx.t(intent === 'thanks' ? 'free-thanks' : 'free-unknown'));
  },
);

fallbackFeature.on('callback_query', async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t('common-stale-button') });
});

fallbackFeature.on('message', async (ctx) => {
  await ctx.reply(ctx.t(ctx.owner?.shop ? 'free-unknown' : 'common-need-start'));
});
