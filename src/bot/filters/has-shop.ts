import type { MiddlewareFn, NextFunction } from 'grammy';
import type { ShopSettings } from '../../db/schema/index.js';
import { type BooksDay, booksDay } from '../../domain/books-day.js';
import { localDate } from '../../domain/local-date.js';
import type { BotContext, Owner } from '../context.js';

export type ShopContext = BotContext & { owner: Owner & { shop: NonNullable<Owner['shop']> } };

/** The callback data of one kind of button, as `defineCallbackData` makes it. */
interface ButtonData<D> {
  parse(data: string | undefined): D | null;
}

function hasShop<C extends BotContext>(ctx: C): ctx is C & ShopContext {
  return Boolean(ctx.owner?.shop);
}

/**
 * A handler for senders who have finished onboarding: it gets the context with the shop in use. Anyone
 * else is told to /start (in the answer to a pressed button, or as a reply) and the handler does not run.
 */
export function withShop<C extends BotContext>(
  handler: (ctx: C & ShopContext, next: NextFunction) => unknown,
): MiddlewareFn<C> {
  return async (ctx, next) => {
    if (hasShop(ctx)) return handler(ctx, next);
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t('common-need-start') });
    else await ctx.reply(ctx.t('common-need-start'));
  };
}

/**
 * A button handler for senders with a shop: data that does not parse (an old format, a tampered client)
 * is answered as a stale button first; then the shop is required as in withShop.
 */
export function withShopButton<D, C extends BotContext & { callbackQuery: { data?: string } }>(
  button: ButtonData<D>,
  handler: (ctx: C & ShopContext, data: D) => unknown,
): MiddlewareFn<C> {
  return async (ctx, next) => {
    const data = button.parse(ctx.callbackQuery.data);
    if (!data) return void (await ctx.answerCallbackQuery({ text: ctx.t('common-stale-button') }));
    return withShop<C>((shopCtx) => handler(shopCtx, data))(ctx, next);
  };
}

export type OwnerContext = BotContext & { owner: Owner };

/**
 * A button handler for any owner, with or without a shop in use (switching shops, the language, one
 * shop's reminder): data that does not parse is answered as a stale button first; a sender who never
 * started is told to /start.
 */
export function withOwnerButton<D, C extends BotContext & { callbackQuery: { data?: string } }>(
  button: ButtonData<D>,
  handler: (ctx: C & OwnerContext, data: D) => unknown,
): MiddlewareFn<C> {
  return async (ctx) => {
    const data = button.parse(ctx.callbackQuery.data);
    if (!data) return void (await ctx.answerCallbackQuery({ text: ctx.t('common-stale-button') }));
    if (!ctx.owner) return void (await ctx.answerCallbackQuery({ text: ctx.t('common-need-start') }));
    return handler(ctx as C & OwnerContext, data);
  };
}

/**
 * The shop's "today" ('YYYY-MM-DD'): its books day by the bot's clock (see shopBooksDay), so between
 * midnight and the shop's day close it is still yesterday's date. Every relative word (`hôm nay`,
 * `hôm qua`, `tuần này`, `tháng này`), the date buttons, pacing and "days passed" are read from it.
 */
export function shopToday(ctx: ShopContext): string {
  return shopBooksDay(ctx).date;
}

/**
 * The calendar date in the shop's time zone ('YYYY-MM-DD'): the last day an owner may name by its date.
 * A day after it has not come yet; between midnight and the day close it is the day after the books day.
 */
export function shopCalendarDay(ctx: ShopContext): string {
  return localDate(ctx.deps.now(), ctx.owner.shop.settings.timeZone);
}

/**
 * The day the shop's books are open for at `now`: the calendar day, or yesterday between midnight and the
 * shop's "day closes at" hour. Dateless entries, /today and the reminder are for this day.
 */
export function booksDayOf(now: Date, settings: Pick<ShopSettings, 'timeZone' | 'dayClosesAt'>): BooksDay {
  return booksDay(now, settings.timeZone, settings.dayClosesAt);
}

/** The books' day of the shop in use, by the bot's clock (see booksDayOf). */
export function shopBooksDay(ctx: ShopContext): BooksDay {
  return booksDayOf(ctx.deps.now(), ctx.owner.shop.settings);
}
