import { localDate } from '../../domain/local-date.js';
import type { BotContext, Owner } from '../context.js';

export type ShopContext = BotContext & { owner: Owner & { shop: NonNullable<Owner['shop']> } };

/** True when the sender has finished onboarding; otherwise tells them to /start and returns false. */
export async function requireShop(ctx: BotContext): Promise<boolean> {
  if (ctx.owner?.shop) return true;
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t('common-need-start') });
  else await ctx.reply(ctx.t('common-need-start'));
  return false;
}

/** Today in the shop's time zone ('YYYY-MM-DD'), by the bot's clock. */
export function shopToday(ctx: ShopContext): string {
  return localDate(ctx.deps.now(), ctx.owner.shop.settings.timeZone);
}

export function hasShop(ctx: BotContext): ctx is ShopContext {
  return Boolean(ctx.owner?.shop);
}
