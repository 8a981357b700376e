import { Composer } from 'grammy';
import { fixDraftThousands } from '../../services/daily-entry.js';
import { entryFixData } from '../callback-data/entry-fix.js';
import type { BotContext } from '../context.js';
import { shopBooksDay, withShopButton } from '../filters/has-shop.js';
import { entryCardButtons } from '../keyboards/entry-card.js';
import { renderEntryCard } from '../views/entry-card.js';

/** The ×1.000 button of a card whose money looks typed in thousands: the card takes the fixed values. */
export const entryFixFeature = new Composer<BotContext>();

entryFixFeature.callbackQuery(
  entryFixData.filter,
  withShopButton(entryFixData, async (ctx, data) => {
    const { shop } = ctx.owner;
    const result = await fixDraftThousands(ctx.deps.db, shop.settings, data.draftId, ctx.owner.user.id);
    if (result.status !== 'fixed') {
      const key = result.status === 'foreign' ? 'common-foreign-button' : 'common-stale-button';
      return void (await ctx.answerCallbackQuery({ text: ctx.t(key) }));
    }
    ctx.logger.info({ record_date: result.card.date }, 'entry draft read in thousands');
    // The title keeps "(yesterday)" while the books of the card's day are still open after midnight.
    const booksDay = shopBooksDay(ctx);
    const card = { ...result.card, beforeClose: booksDay.beforeClose && booksDay.date === result.card.date };
    const t = ctx.t.bind(ctx);
    await ctx.answerCallbackQuery({ text: t('card-fixed-answer') });
    await ctx.editMessageText(renderEntryCard(card, shop.name, { locale: ctx.locale, t }), {
      reply_markup: entryCardButtons(card, { locale: ctx.locale, t }),
    });
  }),
);
