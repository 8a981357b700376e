import { Composer } from 'grammy';
import { localDate } from '../../domain/local-date.js';
import { echoInput } from '../../domain/message-text.js';
import { parseQuickEntry, type QuickEntryError, type QuickEntryField } from '../../domain/quick-entry.js';
import { draftDailyEntry } from '../../services/daily-entry.js';
import type { BotContext } from '../context.js';
import { hasShop, requireShop } from '../filters/has-shop.js';
import { entryCardKeyboard } from '../keyboards/entry-card.js';
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
      return ctx.t('quick-entry-missing-field', { field: ctx.t(FIELD_KEYS[error.field]) });
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

quickEntryFeature.on('message:text', async (ctx, next) => {
  if (ctx.message.text.startsWith('/')) return next();
  if (!(await requireShop(ctx)) || !hasShop(ctx)) return;
  const shop = ctx.owner.shop;
  const today = localDate(ctx.deps.now(), shop.settings.timeZone);
  const parsed = parseQuickEntry(ctx.message.text, today);
  if (parsed.kind === 'not-entry') return void (await ctx.reply(ctx.t('quick-entry-help')));
  if (parsed.kind === 'error') return void (await ctx.reply(describeError(ctx, parsed.error)));
  const { date, ...input } = parsed.entry;
  const card = await draftDailyEntry(ctx.deps.db, {
    settings: shop.settings,
    userId: ctx.owner.user.id,
    date: date ?? today,
    input,
  });
  ctx.logger.info({ record_date: card.date }, 'quick entry drafted');
  await ctx.reply(renderEntryCard(card, shop.name, ctx.locale, ctx.t.bind(ctx)), {
    reply_markup: entryCardKeyboard(card.draftId, ctx.t.bind(ctx)),
  });
});
