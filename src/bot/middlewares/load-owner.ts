import type { MiddlewareFn } from 'grammy';
import { loadOwnerByExternalId } from '../../db/queries/owners.js';
import { isLocale, localeFromLanguageCode } from '../../domain/locale.js';
import type { BotContext } from '../context.js';

/** Loads the user, their current shop and its settings (one query), and decides the update's locale. */
export function loadOwner(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.owner = null;
    ctx.locale = localeFromLanguageCode(ctx.from?.language_code) ?? ctx.deps.defaultLocale;
    if (ctx.from) {
      const owner = await loadOwnerByExternalId(ctx.deps.db, String(ctx.from.id));
      if (owner) {
        ctx.owner = owner;
        if (isLocale(owner.user.language)) ctx.locale = owner.user.language;
        if (owner.shop) ctx.logger = ctx.logger.child({ shop_id: owner.shop.id });
      }
    }
    await next();
  };
}
