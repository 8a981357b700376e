import { type Context, InlineKeyboard } from 'grammy';
import { AD_CHANNELS } from '../../domain/ad-choices.js';
import {
  type AdChannel,
  type AdLine,
  clicksAboveImpressions,
  parseAdChannel,
  parseAdName,
  type TypedAdLine,
} from '../../domain/ad-line.js';
import { type CountUnit, readCountAnswer, readMoneyAnswer } from '../../domain/guided-answer.js';
import { MAX_AD_VIEWS } from '../../domain/input-limits.js';
import { parseCount } from '../../domain/money.js';
import type { Translate } from '../../i18n/translator.js';
import { judgeAndStoreAd, listShopAds, rememberedAdChannel } from '../../services/ad-judgement.js';
import { adChannelData, adPickData, adSkipData } from '../callback-data/ads.js';
import type { BotDeps } from '../context.js';
import { withGlosses } from '../glosses.js';
import { adResponseKeyboard, CHANNEL_KEYS, renderAdJudgement } from '../views/ad-judgement.js';
import {
  type AnswerCheck,
  type AskOptions,
  ask,
  type BotConversation,
  type ShopFlow,
  say,
  shopFlowStart,
} from './conversation.js';

export const AD_JUDGEMENT = 'ad-judgement';

/** One line of a one-line `/ads`: the ad read from it, or why it could not be (the text to say). */
export type AdLineStep = { ad: TypedAdLine } | { refused: string };

export interface AdJudgementArgs {
  /**
   * The lines of a one-line `/ads` left to judge, in order, the first one naming no channel the ad has
   * had: each is judged in turn, its channel asked (buttons) when neither typed nor remembered.
   */
  lines?: AdLineStep[];
}

const GIVE_UP = 'ads-too-many-attempts';

type Kind = 'count' | 'money';

/** Counts end with their unit or not (`5 ngày`, `một tuần`, `80 lead`); amounts may be in words. */
const COUNT_UNITS: Partial<Record<keyof AdLine, CountUnit>> = {
  daysRunning: 'days',
  leads: 'leads',
  orders: 'orders',
};

function numberCheck(field: keyof AdLine, kind: Kind, t: Translate, atLeastOne = false) {
  return ({ text }: { text?: string }): AnswerCheck<number> => {
    const unit = COUNT_UNITS[field];
    const parsed = unit ? readCountAnswer(text ?? '', unit) : readMoneyAnswer(text ?? '');
    if (!parsed.ok) return { ok: false, error: t(`error-${kind}-${parsed.error}`) };
    if (atLeastOne && parsed.value < 1) return { ok: false, error: t('ads-bad-days') };
    return parsed;
  };
}

function nameCheck(previous: readonly { id: string; name: string }[], t: Translate) {
  return ({ text, data }: { text?: string; data?: string }): AnswerCheck<string> => {
    if (data !== undefined) {
      const picked = previous.find((ad) => ad.id === adPickData.parse(data)?.decisionId);
      return picked ? { ok: true, value: picked.name } : { ok: false, error: t('common-stale-button') };
    }
    const named = parseAdName(text ?? '');
    if (named.ok) return { ok: true, value: named.name };
    return { ok: false, error: t(named.error === 'name-no-letter' ? 'ads-name-no-letter' : 'ads-bad-name') };
  };
}

function channelKeyboard(t: Translate): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const channel of AD_CHANNELS)
    keyboard.text(t(CHANNEL_KEYS[channel]), adChannelData.encode({ channel }));
  return keyboard;
}

function skipKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard().text(t('ads-button-skip'), adSkipData.encode({ skip: '1' }));
}

/** An optional count: a number, or null when skipped by the button. */
/** Impressions or clicks (MAX_AD_VIEWS at most), or skipped; clicks no more than the impressions given. */
function optionalCheck(t: Translate, impressions: number | null = null) {
  return ({ text, data }: { text?: string; data?: string }): AnswerCheck<number | null> => {
    if (data !== undefined)
      return adSkipData.parse(data)
        ? { ok: true, value: null }
        : { ok: false, error: t('common-stale-button') };
    const parsed = parseCount(text ?? '', MAX_AD_VIEWS);
    if (!parsed.ok)
      return {
        ok: false,
        error: t(parsed.error === 'too-large' ? 'ads-views-too-large' : `error-count-${parsed.error}`),
      };
    if (clicksAboveImpressions(impressions, parsed.value))
      return { ok: false, error: t('ads-clicks-above-impressions') };
    return parsed;
  };
}

/** The channel question: buttons, or a channel word typed. */
function channelQuestion(t: Translate, question: string): AskOptions<AdChannel> {
  return {
    t,
    giveUpKey: GIVE_UP,
    question,
    keyboard: channelKeyboard(t),
    buttonPrefix: adChannelData.prefix,
    check: ({ text, data }) => {
      const picked = data !== undefined ? adChannelData.parse(data)?.channel : parseAdChannel(text ?? '');
      return picked ? { ok: true, value: picked } : { ok: false, error: t('ads-pick-channel') };
    },
  };
}

/** Judges the ad against the shop's numbers, stores the judgement and says it, with its answer buttons. */
async function judgeAndSay(flow: ShopFlow, ctx: Context, ad: AdLine): Promise<void> {
  const answer = await flow.conversation.external(async (octx) => {
    const settings = await flow.shopSettings(octx);
    const judged = await judgeAndStoreAd(octx.deps.db, settings, ad, flow.deps.now());
    octx.logger.info({ decision: judged.row.decision }, 'ad judged');
    return {
      text: await withGlosses(octx, renderAdJudgement(judged, settings.timeZone, flow.renderer)),
      row: { id: judged.row.id, decision: judged.row.decision },
    };
  });
  await say(flow, ctx, answer.text, adResponseKeyboard(answer.row, flow.t));
}

/**
 * The lines of a one-line `/ads`, one after another: a refused line says why; an ad is judged on the
 * channel typed, else the one it ran on when last judged (an ad named twice in the message takes the one
 * picked for it the first time), else the one picked on the buttons asked for it.
 */
async function judgeLines(flow: ShopFlow, ctx: Context, lines: readonly AdLineStep[]): Promise<void> {
  const { shop, t } = flow;
  const picked = new Map<string, AdChannel>();
  for (const line of lines) {
    if ('refused' in line) {
      await say(flow, ctx, line.refused);
      continue;
    }
    const { ad } = line;
    const key = ad.name.toLocaleLowerCase('vi');
    let channel =
      ad.channel ??
      picked.get(key) ??
      (await flow.conversation.external((octx) => rememberedAdChannel(octx.deps.db, shop.id, ad.name)));
    if (channel === null) {
      const answer = await ask(flow, ctx, channelQuestion(t, t('ads-ask-line-channel', { name: ad.name })));
      if (answer === undefined) return;
      channel = answer;
      picked.set(key, answer);
    }
    await judgeAndSay(flow, ctx, { ...ad, channel });
  }
}

/**
 * /ads, guided: the ad (a previous one by button, or a new name), its channel (buttons), days running, spend,
 * leads, orders, revenue, then impressions and clicks (each can be skipped); three attempts a question,
 * /cancel or any command ends it with nothing stored. The judgement is stored and answered at the end.
 * Entered with `lines` (a one-line `/ads` with an ad whose channel is not known), it judges those instead.
 */
export function createAdJudgementConversation(deps: BotDeps) {
  return async function adJudgement(conversation: BotConversation, ctx: Context, args?: AdJudgementArgs) {
    const flow = await shopFlowStart(conversation, deps);
    if (!flow) return;
    if (args?.lines) return judgeLines(flow, ctx, args.lines);
    const { shop, t } = flow;
    const previous = await conversation.external(async (octx) =>
      (await listShopAds(octx.deps.db, shop.id)).map((row) => ({ id: row.id, name: row.adName })),
    );
    const common = { t, giveUpKey: GIVE_UP };

    const names = InlineKeyboard.from(
      previous.map((ad) => [InlineKeyboard.text(ad.name, adPickData.encode({ decisionId: ad.id }))]),
    );
    const name = await ask(flow, ctx, {
      ...common,
      question: t(previous.length > 0 ? 'ads-ask-name' : 'ads-ask-name-new'),
      ...(previous.length > 0 && { keyboard: names, buttonPrefix: adPickData.prefix }),
      check: nameCheck(previous, t),
    });
    if (name === undefined) return;

    const channel = await ask(flow, ctx, channelQuestion(t, t('ads-ask-channel', { name })));
    if (channel === undefined) return;

    const numbers: Array<[keyof AdLine, string, Kind]> = [
      ['daysRunning', 'ads-ask-days', 'count'],
      ['spend', 'ads-ask-spend', 'money'],
      ['leads', 'ads-ask-leads', 'count'],
      ['orders', 'ads-ask-orders', 'count'],
      ['revenue', 'ads-ask-revenue', 'money'],
    ];
    const values: Record<string, number> = {};
    for (const [field, key, kind] of numbers) {
      const value = await ask(flow, ctx, {
        ...common,
        question: t(key),
        check: numberCheck(field, kind, t, field === 'daysRunning'),
      });
      if (value === undefined) return;
      values[field] = value;
    }

    const optional = {
      ...common,
      keyboard: skipKeyboard(t),
      buttonPrefix: adSkipData.prefix,
      check: optionalCheck(t),
    };
    const impressions = await ask(flow, ctx, {
      ...optional,
      question: t('ads-ask-impressions'),
    });
    if (impressions === undefined) return;
    const clicks =
      impressions === null
        ? null
        : await ask(flow, ctx, {
            ...optional,
            check: optionalCheck(t, impressions),
            question: t('ads-ask-clicks'),
          });
    if (clicks === undefined) return;

    const ad: AdLine = {
      name,
      channel,
      daysRunning: values.daysRunning!,
      spend: values.spend!,
      leads: values.leads!,
      orders: values.orders!,
      revenue: values.revenue!,
      impressions,
      clicks,
    };
    await judgeAndSay(flow, ctx, ad);
  };
}
