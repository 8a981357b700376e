import { Composer } from 'grammy';
import {
  type AdLine,
  type AdLineError,
  MAX_AD_LINES,
  parseAdLine,
  splitAdLines,
  viewField,
  withEarlierChannels,
} from '../../domain/ad-line.js';
import { echoInput } from '../../domain/message-text.js';
import { answerAdDecision } from '../../services/ad-decision-response.js';
import { judgeAndStoreAd, listShopAds, rememberedAdChannel } from '../../services/ad-judgement.js';
import { adJudgeData, adResponseData } from '../callback-data/ads.js';
import { commandArgument } from '../command-argument.js';
import type { BotContext } from '../context.js';
import { AD_JUDGEMENT, type AdLineStep } from '../conversations/ad-judgement.js';
import { type ShopContext, withShop, withShopButton } from '../filters/has-shop.js';
import { withGlosses } from '../glosses.js';
import { removePressedKeyboard } from '../keyboards/remove-keyboard.js';
import { rendererOf } from '../renderer.js';
import { adResponseKeyboard, renderAdJudgement } from '../views/ad-judgement.js';
import { adListKeyboard, renderAdList } from '../views/ad-list.js';

/** /ads: the list of the shop's ads, one ad judged from one line, the guided flow, and the answer buttons. */
export const adsFeature = new Composer<BotContext>();

const FIELD_KEYS: Record<string, string> = {
  days: 'ads-field-days',
  spend: 'ads-field-spend',
  leads: 'ads-field-leads',
  orders: 'ads-field-orders',
  revenue: 'ads-field-revenue',
  impressions: 'ads-field-impressions',
  clicks: 'ads-field-clicks',
  channel: 'ads-field-channel',
};

const MONEY_FIELDS = new Set(['spend', 'revenue']);

/** Why a one-line ad was refused, naming the field, then the example line. */
function lineError(ctx: ShopContext, error: AdLineError): string {
  const field = 'field' in error ? ctx.t(FIELD_KEYS[error.field]!) : '';
  let text: string;
  switch (error.code) {
    case 'no-name':
      text = ctx.t('ads-line-no-name');
      break;
    case 'name-too-long':
      text = ctx.t('ads-bad-name');
      break;
    case 'name-no-letter':
      text = ctx.t('ads-name-no-letter');
      break;
    case 'missing-field':
      text = ctx.t('ads-line-missing', { field });
      break;
    case 'duplicate-field':
      text = ctx.t('ads-line-duplicate', { field });
      break;
    case 'several-ads':
      text = ctx.t('ads-line-several');
      break;
    case 'unlabelled':
      text = ctx.t('ads-line-unlabelled', { value: echoInput(error.value) });
      break;
    case 'zero-days':
      text = ctx.t('ads-bad-days');
      break;
    case 'clicks-above-impressions':
      text = ctx.t('ads-clicks-above-impressions');
      break;
    case 'bad-channel':
      text = ctx.t('ads-pick-channel');
      break;
    case 'bad-value': {
      const kind = MONEY_FIELDS.has(error.field) ? 'money' : 'count';
      const reason =
        viewField(error.field) && error.reason === 'too-large'
          ? ctx.t('ads-views-too-large')
          : ctx.t(`error-${kind}-${error.reason}`);
      text = ctx.t('ads-line-bad-value', { field, reason });
      break;
    }
  }
  return `${text}\n${ctx.t('ads-line-example')}`;
}

async function startGuided(ctx: BotContext): Promise<void> {
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(AD_JUDGEMENT);
}

adsFeature.command(
  'ads',
  withShop(async (ctx) => {
    const { shop } = ctx.owner;
    const t = ctx.t.bind(ctx);
    const line = commandArgument(ctx);
    if (line === '') {
      const rows = await listShopAds(ctx.deps.db, shop.id);
      // No ad judged yet: straight to the questions.
      if (rows.length === 0) return startGuided(ctx);
      const text = renderAdList(rows, shop.name, shop.settings.timeZone, rendererOf(ctx));
      return void (await ctx.reply(text, { reply_markup: adListKeyboard(shop.id, t) }));
    }
    const lines = splitAdLines(line);
    if (lines.length > MAX_AD_LINES)
      return void (await ctx.reply(ctx.t('ads-lines-too-many', { max: MAX_AD_LINES })));
    const parsed = lines.map((text) => parseAdLine(text));
    const ads = withEarlierChannels(parsed.flatMap((result) => (result.ok ? [result.ad] : [])));
    const steps = parsed.map((result, i): AdLineStep => {
      if (result.ok) return { ad: ads.shift()! };
      const refused = lineError(ctx, result.error);
      return {
        refused: lines.length > 1 ? ctx.t('ads-line-number', { line: i + 1, text: refused }) : refused,
      };
    });
    await judgeLines(ctx, steps);
  }),
);

/**
 * The lines of a one-line `/ads`, one after another: each ad judged on the channel typed or the one it ran
 * on when last judged; from the first ad with neither on, the flow asks its channel and judges the rest.
 */
async function judgeLines(ctx: ShopContext, steps: AdLineStep[]): Promise<void> {
  for (const [i, step] of steps.entries()) {
    if ('refused' in step) {
      await ctx.reply(step.refused);
      continue;
    }
    const { ad } = step;
    const channel = ad.channel ?? (await rememberedAdChannel(ctx.deps.db, ctx.owner.shop.id, ad.name));
    if (channel === null) {
      await ctx.conversation.exitAll();
      return void (await ctx.conversation.enter(AD_JUDGEMENT, { lines: steps.slice(i) }));
    }
    await judgeAndReply(ctx, { ...ad, channel });
  }
}

async function judgeAndReply(ctx: ShopContext, ad: AdLine): Promise<void> {
  const { shop } = ctx.owner;
  const judged = await judgeAndStoreAd(ctx.deps.db, shop.settings, ad, ctx.deps.now());
  ctx.logger.info({ decision: judged.row.decision }, 'ad judged');
  const keyboard = adResponseKeyboard(judged.row, ctx.t.bind(ctx));
  const text = await withGlosses(ctx, renderAdJudgement(judged, shop.settings.timeZone, rendererOf(ctx)));
  await ctx.reply(text, keyboard ? { reply_markup: keyboard } : {});
}

adsFeature.callbackQuery(
  adJudgeData.filter,
  withShopButton(adJudgeData, async (ctx, data) => {
    // A list of another shop (or another owner's) starts nothing.
    if (data.shopId !== ctx.owner.shop.id)
      return void (await ctx.answerCallbackQuery({ text: ctx.t('common-stale-button') }));
    await ctx.answerCallbackQuery();
    await startGuided(ctx);
  }),
);

adsFeature.callbackQuery(
  adResponseData.filter,
  withShopButton(adResponseData, async (ctx, data) => {
    const result = await answerAdDecision(
      ctx.deps.db,
      ctx.owner.shop.id,
      data.decisionId,
      data.response,
      ctx.deps.now(),
    );
    if (result.status === 'missing')
      return void (await ctx.answerCallbackQuery({ text: ctx.t('common-stale-button') }));
    if (result.status === 'unchanged')
      return void (await ctx.answerCallbackQuery({ text: ctx.t('ads-already-answered') }));
    ctx.logger.info({ response: data.response }, 'ad decision answered');
    await ctx.answerCallbackQuery({
      text: ctx.t(data.response === 'done' ? 'ads-answered-done' : 'ads-answered-later'),
    });
    await removePressedKeyboard(ctx);
  }),
);
