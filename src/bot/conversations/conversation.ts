import type { Conversation } from '@grammyjs/conversations';
import type { Context, InlineKeyboard } from 'grammy';
import { getShopSettings } from '../../db/queries/shop-settings.js';
import type { ShopSettings } from '../../db/schema/index.js';
import type { Locale } from '../../domain/locale.js';
import type { Translate } from '../../i18n/translator.js';
import type { BotContext, BotDeps } from '../context.js';
import { callBotApi } from './bot-api-call.js';

export type BotConversation = Conversation<BotContext, Context>;

export const MAX_ATTEMPTS = 3;

/** Who is in the flow, captured once as plain data so replays are deterministic. */
export interface FlowOwner {
  userId: string;
  locale: Locale;
  shop: { id: string; name: string; timeZone: string } | null;
}

/**
 * The settings of the flow's shop, read inside `conversation.external` from the update being handled
 * (already loaded by loadOwner), or from the database if the owner switched shops meanwhile.
 */
export async function flowShopSettings(
  ctx: BotContext,
  deps: BotDeps,
  shopId: string,
): Promise<ShopSettings> {
  const current = ctx.owner?.shop;
  if (current?.id === shopId) return current.settings;
  const settings = await getShopSettings(deps.db, shopId);
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
        ? { id: owner.shop.id, name: owner.shop.name, timeZone: owner.shop.settings.timeZone }
        : null,
    };
  });
}

/** Sends a message to the chat of `ctx` from inside a conversation; the message id, or undefined if it failed. */
export async function say(
  conversation: BotConversation,
  ctx: Context,
  deps: BotDeps,
  text: string,
  keyboard?: InlineKeyboard,
): Promise<number | undefined> {
  const chatId = ctx.chatId;
  if (chatId === undefined) return undefined;
  return callBotApi(conversation, deps, (api) =>
    api
      .sendMessage(chatId, text, keyboard ? { reply_markup: keyboard } : undefined)
      .then((sent) => sent.message_id),
  );
}

export type AnswerCheck<T> = { ok: true; value: T } | { ok: false; error: string };

export interface AskOptions<T> {
  question: string;
  keyboard?: InlineKeyboard;
  /** Callback data this question answers (other button presses go to their own handlers). */
  buttonPrefix?: string;
  check: (answer: { text?: string; data?: string }) => AnswerCheck<T>;
  t: Translate;
  /** Where the "try again" hint points when attempts run out. */
  giveUpKey?: string;
}

/**
 * Asks one question and waits for a valid answer, re-asking with the error on a wrong one, at most
 * MAX_ATTEMPTS answers in all. Returns undefined after the last wrong answer; the flow then ends and
 * saves nothing. Commands and unrelated button presses pass through to their handlers.
 */
export async function ask<T>(
  conversation: BotConversation,
  ctx: Context,
  deps: BotDeps,
  options: AskOptions<T>,
): Promise<T | undefined> {
  await say(conversation, ctx, deps, options.question, options.keyboard);
  for (let attempt = 1; ; attempt++) {
    const answer = await conversation.wait();
    const text = answer.message?.text;
    const data = answer.callbackQuery?.data;
    if (text?.startsWith('/')) await conversation.skip({ next: true });
    if (answer.callbackQuery) {
      if (!options.buttonPrefix || !data?.startsWith(options.buttonPrefix))
        await conversation.skip({ next: true });
      const queryId = answer.callbackQuery.id;
      await callBotApi(conversation, deps, (api) => api.answerCallbackQuery(queryId));
    }
    if (!answer.message && !answer.callbackQuery) await conversation.skip({ next: true });
    const result = options.check({
      ...(text !== undefined && { text }),
      ...(data !== undefined && { data }),
    });
    if (result.ok) return result.value;
    if (attempt >= MAX_ATTEMPTS) {
      await say(conversation, answer, deps, options.t(options.giveUpKey ?? 'common-too-many-attempts'));
      return undefined;
    }
    const hint = options.t('common-try-again', { left: MAX_ATTEMPTS - attempt });
    await say(conversation, answer, deps, `${result.error}\n${hint}`, options.keyboard);
  }
}
