import { Composer } from 'grammy';
import { setOwnerLanguage } from '../../services/owner-language.js';
import { languageData } from '../callback-data/index.js';
import type { BotContext } from '../context.js';
import { languageKeyboard } from '../conversations/onboarding.js';
import { withOwnerButton } from '../filters/has-shop.js';

/** /lang: Tiếng Việt / English, stored on the user. */
export const languageFeature = new Composer<BotContext>();

languageFeature.command('lang', async (ctx) => {
  await ctx.reply(ctx.t('lang-ask'), { reply_markup: languageKeyboard() });
});

languageFeature.callbackQuery(
  languageData.filter,
  withOwnerButton(languageData, async (ctx, picked) => {
    await setOwnerLanguage(ctx.deps.db, ctx.owner.user.id, picked.locale);
    ctx.locale = picked.locale;
    await ctx.i18n.renegotiateLocale();
    await ctx.answerCallbackQuery();
    const changed = ctx.t('lang-changed');
    // A press on a message that already says so (an old or repeated press) leaves it as it is.
    if (ctx.callbackQuery.message?.text === changed) return;
    await ctx.editMessageText(changed).catch(() => ctx.reply(changed));
  }),
);
