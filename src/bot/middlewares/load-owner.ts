import type { MiddlewareFn } from 'grammy';
import { isLocale, localeFromLanguageCode } from '../../domain/locale.js';
import { loadSender } from '../../services/sender.js';
import type { BotContext } from '../context.js';
import { keepReadConversationState, storageKeys } from '../conversations/storage.js';

/**
 * Loads the user, their current shop and its settings, and this chat's conversation state (one query, the
 * conversations plugin's storage then reads the state from the context), and decides the update's locale.
 */
export function loadOwner(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.owner = null;
    ctx.locale = localeFromLanguageCode(ctx.from?.language_code) ?? ctx.deps.defaultLocale;
    if (ctx.from) {
      const keys = storageKeys(ctx);
      const { owner, states } = await loadSender(ctx.deps.db, String(ctx.from.id), keys ? [keys.key] : []);
      if (keys) keepReadConversationState(ctx, keys, states);
      if (owner) {
        ctx.owner = owner;
        if (isLocale(owner.user.language)) ctx.locale = owner.user.language;
        if (owner.shop) ctx.logger = ctx.logger.child({ shop_id: owner.shop.id });
      }
    }
    await next();
  };
}
