import type { MiddlewareFn } from 'grammy';
import { localeFromLanguageCode } from '../../domain/locale.js';
import { tellChatOnce } from '../../services/chat-notices.js';
import type { BotContext } from '../context.js';

const NOTICE = 'private-chats-only';

/**
 * Stops every update from a group, supergroup or channel before anything is read or stored: a flow and its
 * numbers belong to one owner, and in a shared chat another member's messages would land in it. The chat is
 * told once ever; a button pressed there (on a message from before) gets the notice as its answer.
 */
export function privateChatsOnly(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const chat = ctx.chat;
    if (!chat || chat.type === 'private') return next();
    const { db, translator, defaultLocale } = ctx.deps;
    const t = translator.forLocale(localeFromLanguageCode(ctx.from?.language_code) ?? defaultLocale);
    const log = ctx.logger.child({ chat_id: chat.id, chat_type: chat.type });
    if (ctx.callbackQuery) {
      await ctx
        .answerCallbackQuery({ text: t('private-chats-only-button') })
        .catch((error: unknown) => log.warn({ err: error }, 'could not answer a button pressed in a group'));
    }
    try {
      const told = await tellChatOnce(db, chat.id, NOTICE, () =>
        ctx.reply(t('private-chats-only', { bot: ctx.me.username })),
      );
      if (told) log.info('told a shared chat the bot works in private chats only');
    } catch (error) {
      log.warn({ err: error }, 'could not tell a shared chat the bot works in private chats only');
    }
  };
}
