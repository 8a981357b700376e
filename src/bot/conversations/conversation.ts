import type { Conversation } from '@grammyjs/conversations';
import type { Context, InlineKeyboard } from 'grammy';
import type { ShopSettings } from '../../db/schema/index.js';
import type { DayInput } from '../../domain/daily-metrics.js';
import { formatDate } from '../../domain/format.js';
import type { Locale } from '../../domain/locale.js';
import { parseQuickEntry } from '../../domain/quick-entry.js';
import type { Renderer, Translate } from '../../i18n/translator.js';
import { shopSettingsOf } from '../../services/shop-setting-change.js';
import { useEntryData } from '../callback-data/use-entry.js';
import type { BotContext, BotDeps } from '../context.js';
import { useEntryKeyboard } from '../keyboards/use-entry.js';
import { callBotApi } from './bot-api-call.js';
import { askedBeforeStart, offerToken, questionAskedAt } from './process-run.js';

export type BotConversation = Conversation<BotContext, Context>;

/** What every step of a flow works with: its conversation and the bot's dependencies, built once at its start. */
export interface Flow {
  conversation: BotConversation;
  deps: BotDeps;
}

export const MAX_ATTEMPTS = 3;

/** Who is in the flow, captured once as plain data so replays are deterministic. */
export interface FlowOwner {
  userId: string;
  locale: Locale;
  /** `dayClosesAt` is absent from a flow stored before it was kept: the default day close then. */
  shop: { id: string; name: string; timeZone: string; dayClosesAt?: string } | null;
}

/**
 * The settings of the flow's shop, read inside `conversation.external` from the update being handled
 * (already loaded by loadOwner), or from the database if the owner switched shops meanwhile.
 */
export async function flowShopSettings(ctx: BotContext, shopId: string): Promise<ShopSettings> {
  const current = ctx.owner?.shop;
  if (current?.id === shopId) return current.settings;
  const settings = await shopSettingsOf(ctx.deps.db, shopId);
  if (!settings) throw new Error(`shop ${shopId} has no settings`);
  return settings;
}

export async function flowOwner(conversation: BotConversation): Promise<FlowOwner | null> {
  return conversation.external((ctx) => {
    const owner = ctx.owner;
    if (!owner) return null;
    return {
      userId: owner.user.id,
      locale: ctx.locale,
      shop: owner.shop
        ? {
            id: owner.shop.id,
            name: owner.shop.name,
            timeZone: owner.shop.settings.timeZone,
            dayClosesAt: owner.shop.settings.dayClosesAt,
          }
        : null,
    };
  });
}

/** The owner of a flow about their current shop, the shop made sure of. */
export type ShopFlowOwner = FlowOwner & { shop: NonNullable<FlowOwner['shop']> };

/** A flow about the owner's current shop: who it is for, their shop and their language. */
export interface ShopFlow extends Flow {
  owner: ShopFlowOwner;
  shop: ShopFlowOwner['shop'];
  t: Translate;
  /** The owner's locale with `t`, for the views. */
  renderer: Renderer;
  /** The shop's settings, read inside `conversation.external` (see flowShopSettings). */
  shopSettings: (ctx: BotContext) => Promise<ShopSettings>;
}

/**
 * How a flow about the owner's current shop starts: who it is for, with their shop, and their language;
 * null when the owner has no shop, and the flow then ends at once.
 */
export async function shopFlowStart(conversation: BotConversation, deps: BotDeps): Promise<ShopFlow | null> {
  const owner = await flowOwner(conversation);
  if (!owner?.shop) return null;
  const { shop } = owner;
  const t = deps.translator.forLocale(owner.locale);
  return {
    conversation,
    deps,
    owner: { ...owner, shop },
    shop,
    t,
    renderer: { locale: owner.locale, t },
    shopSettings: (ctx) => flowShopSettings(ctx, shop.id),
  };
}

/**
 * Sends a message to the chat of `ctx` from inside a conversation. It goes out once the update has
 * committed (see handleOnce), so its message id is not known here: a later step that edits it takes the
 * id from the button pressed on it.
 */
export async function say(flow: Flow, ctx: Context, text: string, keyboard?: InlineKeyboard): Promise<void> {
  const chatId = ctx.chatId;
  if (chatId === undefined) return;
  await callBotApi(flow, (api) =>
    api.sendMessage(chatId, text, keyboard ? { reply_markup: keyboard } : undefined).then(() => undefined),
  );
}

export type AnswerCheck<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * A guided flow that waits for one field of a day can take a whole quick entry typed instead
 * (`15 8tr5 2tr 85`): it offers a button to use it as the day's entry.
 */
export interface EntryOffer {
  /** The shop's books day, for a date typed in the entry. */
  today: string;
  /** The last day a typed date may name (the shop's calendar date); `today` when absent. */
  latest?: string;
  /** The day the flow is about: an entry typed without a date is for it (else for today). */
  date?: string;
  locale: Locale;
  /** Shows the entry's card; the flow then ends. */
  use: (date: string, input: DayInput) => Promise<void>;
}

export interface AskOptions<T> {
  question: string;
  keyboard?: InlineKeyboard;
  /** Callback data this question answers (other button presses go to their own handlers). */
  buttonPrefix?: string;
  check: (answer: { text?: string; data?: string }) => AnswerCheck<T>;
  t: Translate;
  /** Where the "try again" hint points when attempts run out. */
  giveUpKey?: string;
  offerEntry?: EntryOffer;
}

interface PendingOffer {
  token: string;
  date: string;
  input: DayInput;
}

/** A whole quick entry in a text, with the day it is for; undefined when the text is not one. */
function typedEntry(text: string | undefined, offer: EntryOffer | undefined) {
  if (text === undefined || !offer) return undefined;
  const parsed = parseQuickEntry(text, offer.today, offer.latest);
  if (parsed.kind !== 'entry') return undefined;
  const { date, ...input } = parsed.entry;
  return { date: date ?? offer.date ?? offer.today, input };
}

/**
 * Asks one question and waits for a valid answer, re-asking with the error on a wrong one, at most
 * MAX_ATTEMPTS answers in all. Returns undefined when the flow is over: after the last wrong answer (nothing
 * is saved), or when the owner used a quick entry typed instead (see EntryOffer). Commands never get here
 * (endFlowsOnCommand ends the flow first); unrelated button presses pass through to their handlers.
 * An answer to a question asked before a restart says which question it answers (or repeats it).
 */
export async function ask<T>(flow: Flow, ctx: Context, options: AskOptions<T>): Promise<T | undefined> {
  const { conversation, deps } = flow;
  const { t } = options;
  await say(flow, ctx, options.question, options.keyboard);
  let pending: PendingOffer | undefined;
  for (let attempt = 1; ; ) {
    const askedAt = await conversation.external(() => questionAskedAt());
    const answer = await conversation.wait();
    const text = answer.message?.text;
    const data = answer.callbackQuery?.data;
    const offerPress = data === undefined ? null : useEntryData.parse(data);
    if (answer.callbackQuery) {
      const isOffer = data?.startsWith(useEntryData.prefix) ?? false;
      if (!isOffer && (!options.buttonPrefix || !data?.startsWith(options.buttonPrefix)))
        await conversation.skip({ next: true });
      const queryId = answer.callbackQuery.id;
      const current = isOffer && pending && offerPress?.token === pending.token;
      const answerText = isOffer && !current ? t('common-stale-button') : undefined;
      await callBotApi(flow, (api) =>
        api.answerCallbackQuery(queryId, answerText === undefined ? undefined : { text: answerText }),
      );
      if (isOffer) {
        if (!current || !pending || !options.offerEntry) continue;
        const { date, input } = pending;
        const chatId = answer.chatId;
        // The offer's own message: the button pressed is on it.
        const messageId = answer.callbackQuery.message?.message_id;
        if (messageId !== undefined && chatId !== undefined)
          await callBotApi(flow, (api) =>
            api.editMessageReplyMarkup(chatId, messageId).then(() => undefined),
          );
        await options.offerEntry.use(date, input);
        return undefined;
      }
    }
    if (!answer.message && !answer.callbackQuery) await conversation.skip({ next: true });
    const resumed = await conversation.external(() => askedBeforeStart(deps, askedAt));
    const result = options.check({
      ...(text !== undefined && { text }),
      ...(data !== undefined && { data }),
    });
    if (result.ok) {
      if (resumed) await say(flow, answer, t('flow-resumed-answered', { question: options.question }));
      return result.value;
    }
    const entry = typedEntry(text, options.offerEntry);
    if (entry && options.offerEntry) {
      const token = await conversation.external(() => offerToken());
      const shown = formatDate(entry.date, options.offerEntry.locale);
      await say(flow, answer, t('flow-use-entry-offer', { date: shown }), useEntryKeyboard(token, shown, t));
      pending = { token, ...entry };
      continue;
    }
    if (attempt >= MAX_ATTEMPTS) {
      await say(flow, answer, t(options.giveUpKey ?? 'common-too-many-attempts'));
      return undefined;
    }
    const hint = t('common-try-again', { left: MAX_ATTEMPTS - attempt });
    const again = resumed ? `\n${t('flow-resumed-question', { question: options.question })}` : '';
    await say(flow, answer, `${result.error}\n${hint}${again}`, options.keyboard);
    attempt += 1;
  }
}
