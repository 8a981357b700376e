import { Composer } from 'grammy';
import { echoInput } from '../../domain/message-text.js';
import { parseQuickEntry, type QuickEntryError, type QuickEntryField } from '../../domain/quick-entry.js';
import { draftDailyEntry } from '../../services/daily-entry.js';
import type { BotContext } from '../context.js';
import { shopBooksDay, shopCalendarDay, shopToday, withShop } from '../filters/has-shop.js';
import { entryCardButtons } from '../keyboards/entry-card.js';
import { renderEntryCard } from '../views/entry-card.js';

/** A plain message outside any flow: `15 8tr5 2tr 85`, labelled, or with a date first. */
export const quickEntryFeature = new Composer<BotContext>();

const FIELD_KEYS: Record<QuickEntryField, string> = {
  orders: 'field-orders',
  revenue: 'field-revenue',
  adSpend: 'field-ad-spend',
  leads: 'field-leads',
};

function describeError(ctx: BotContext, error: QuickEntryError): string {
  switch (error.code) {
    case 'wrong-count':
      return ctx.t('quick-entry-wrong-count');
    case 'bad-date':
      return ctx.t(error.reason === 'future-date' ? 'entry-future-date' : 'entry-bad-date');
    case 'missing-field':
      // The field named mid-sentence, in its own case: the locale picks the words by field.
      return ctx.t('quick-entry-missing-field', { field: error.field });
    case 'duplicate-field':
      return ctx.t('quick-entry-duplicate-field', { field: ctx.t(FIELD_KEYS[error.field]) });
    case 'bad-value': {
      const kind = error.field === 'orders' || error.field === 'leads' ? 'count' : 'money';
      return ctx.t('quick-entry-bad-value', {
        field: ctx.t(FIELD_KEYS[error.field]),
        value: echoInput(error.value),
        reason: ctx.t(`error-${kind}-${error.reason}`),
      });
    }
  }
}

// A command nobody handled goes on to the fallback.
quickEntryFeature.on('message:text').drop(
  (ctx) => ctx.message.text.startsWith('/'),
  withShop(async (ctx) => {
    const shop = ctx.owner.shop;
    const today = shopToday(ctx);
    const parsed = parseQuickEntry(ctx.message.text, today, shopCalendarDay(ctx));
    if (parsed.kind === 'not-entry') return void (await ctx.reply(ctx.t('quick-entry-help')));
    if (parsed.kind === 'error') return void (await ctx.reply(describeError(ctx, parsed.error)));
    const { date, ...input } = parsed.entry;
    // A dateless entry is for the books' day: yesterday's until the shop's day closes (after midnight).
    const booksDay = shopBooksDay(ctx);
    const drafted = await draftDailyEntry(ctx.deps.db, {
      settings: shop.settings,
      userId: ctx.owner.user.id,
      date: date ?? booksDay.date,
      input,
    });
    const card =
      booksDay.beforeClose && drafted.date === booksDay.date ? { ...drafted, beforeClose: true } : drafted;
    ctx.logger.info({ record_date: card.date }, 'quick entry drafted');
    const t = ctx.t.bind(ctx);
    await ctx.reply(renderEntryCard(card, shop.name, { locale: ctx.locale, t }), {
      reply_markup: entryCardButtons(card, { locale: ctx.locale, t }),
    });
  }),
);
