import { Composer } from 'grammy';
import { checkChartFont } from '../../charts/chart-font.js';
import { foldText } from '../../domain/fold-text.js';
import { type ChartKind, prepareChartForShop } from '../../services/charts.js';
import { chartData } from '../callback-data/chart.js';
import { commandArgument } from '../command-argument.js';
import type { BotContext } from '../context.js';
import { type ShopContext, withShop, withShopButton } from '../filters/has-shop.js';
import { chartKeyboard } from '../keyboards/chart.js';
import { replyWithChart } from '../outbox/reply-with-upload.js';

/** /chart: Week / 30 days / Goal buttons (or `/chart week|month|goal`), answered with a PNG and a caption. */
export const chartFeature = new Composer<BotContext>();

// Folded words after /chart, in both languages.
const KIND_WORDS: ReadonlyMap<string, ChartKind> = new Map([
  ['week', 'week'],
  ['tuan', 'week'],
  ['month', 'month'],
  ['thang', 'month'],
  ['30', 'month'],
  ['goal', 'goal'],
  ['muc tieu', 'goal'],
]);

let fontChecked = false;

async function sendChart(ctx: ShopContext, kind: ChartKind): Promise<void> {
  if (!fontChecked) {
    fontChecked = true;
    checkChartFont(ctx.deps.logger);
  }
  await ctx.replyWithChatAction('upload_photo').catch(() => undefined);
  const reply = await prepareChartForShop(ctx.deps.db, kind, {
    shop: ctx.owner.shop,
    locale: ctx.locale,
    t: ctx.t.bind(ctx),
    now: ctx.deps.now(),
  });
  if (reply.type === 'text') {
    await ctx.reply(reply.text);
    return;
  }
  replyWithChart(ctx, reply);
  ctx.logger.info({ chart: kind }, 'chart decided; drawn and sent once the update commits');
}

chartFeature.command(
  'chart',
  withShop(async (ctx) => {
    const word = foldText(commandArgument(ctx)).trim().replace(/\s+/g, ' ');
    const kind = KIND_WORDS.get(word);
    if (kind) return sendChart(ctx, kind);
    await ctx.reply(ctx.t('chart-pick'), { reply_markup: chartKeyboard(ctx.owner.shop.id, ctx.t.bind(ctx)) });
  }),
);

chartFeature.callbackQuery(
  chartData.filter,
  withShopButton(chartData, async (ctx, data) => {
    if (data.shopId !== ctx.owner.shop.id) {
      return void (await ctx.answerCallbackQuery({ text: ctx.t('common-stale-button') }));
    }
    await ctx.answerCallbackQuery();
    await sendChart(ctx, data.kind);
  }),
);
