import { Composer, InlineKeyboard } from 'grammy';
import { detectDailyAlerts } from '../../domain/daily-alerts.js';
import { parseEntryDate } from '../../domain/entry-date.js';
import { formatDate } from '../../domain/format.js';
import {
  discardDraft,
  type EntryCard,
  findOwnDraft,
  inputOf,
  loadSavedDay,
  type SavedDay,
  saveDraft,
  savedCardOf,
} from '../../services/daily-entry.js';
import { loadDayToDelete } from '../../services/day-delete.js';
import { refreshStoredWeek } from '../../services/week-diagnosis.js';
import { isNotModified } from '../api-errors.js';
import { entryProductsData } from '../callback-data/entry-products.js';
import { dayData, entryCardData } from '../callback-data/index.js';
import { commandArgument } from '../command-argument.js';
import { showConfirmationAgain } from '../confirmation-again.js';
import type { BotContext } from '../context.js';
import { DAILY_ENTRY, type DailyEntryArgs } from '../conversations/daily-entry.js';
import { PICK_DAY, type PickDayArgs } from '../conversations/pick-day.js';
import {
  type ShopContext,
  shopBooksDay,
  shopCalendarDay,
  shopToday,
  withShop,
  withShopButton,
} from '../filters/has-shop.js';
import { entryCardButtons } from '../keyboards/entry-card.js';
import { pressedMessageHasKeyboard, removePressedKeyboard } from '../keyboards/remove-keyboard.js';
import { rendererOf } from '../renderer.js';
import { renderDailyAlert } from '../views/daily-alert.js';
import { renderEntryCard, renderSavedCard } from '../views/entry-card.js';
import { deleteDayReply, noRecordReply, savedDayReply } from '../views/saved-day.js';

/** /today, /edit, /delete; an entry card's Save / Edit / Change date; a saved day's Edit / Delete / Keep. */
export const dailyEntryFeature = new Composer<BotContext>();

async function enter(ctx: BotContext, id: string, args: DailyEntryArgs | PickDayArgs): Promise<void> {
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(id, args);
}

/** Reads the date after /edit or /delete; null (and an answer) when it is not a valid past day. */
async function dateArgument(ctx: ShopContext): Promise<string | null | undefined> {
  const text = commandArgument(ctx);
  if (!text) return undefined;
  const parsed = parseEntryDate(text, shopToday(ctx), shopCalendarDay(ctx));
  if (parsed.ok) return parsed.value;
  await ctx.reply(ctx.t(parsed.error === 'future-date' ? 'entry-future-date' : 'entry-bad-date'));
  return null;
}

function dayScope(ctx: ShopContext, date: string) {
  return { shop: ctx.owner.shop, date, locale: ctx.locale, t: ctx.t.bind(ctx) };
}

dailyEntryFeature.command(
  'today',
  withShop(async (ctx) => {
    // The books' day: after midnight, until the shop's day closes, that is still yesterday.
    const date = shopBooksDay(ctx).date;
    const saved = await loadSavedDay(ctx.deps.db, ctx.owner.shop.settings, date);
    // A day already saved is said so, and each question offers to keep its saved value.
    if (saved) await ctx.reply(ctx.t('entry-today-already-saved', { date: formatDate(date, ctx.locale) }));
    await enter(ctx, DAILY_ENTRY, { date, ...(saved && { current: saved.input }) });
  }),
);

/** /edit and /delete: the day typed after the command (a day picker when none) and its saved record. */
function dayCommand<Day>(
  purpose: 'edit' | 'delete',
  load: (
    db: ShopContext['deps']['db'],
    settings: ShopContext['owner']['shop']['settings'],
    date: string,
  ) => Promise<Day>,
  answer: (ctx: ShopContext, date: string, day: Day) => Promise<unknown>,
) {
  return withShop(async (ctx) => {
    const date = await dateArgument(ctx);
    if (date === null) return;
    if (date === undefined) return enter(ctx, PICK_DAY, { purpose });
    await answer(ctx, date, await load(ctx.deps.db, ctx.owner.shop.settings, date));
  });
}

dailyEntryFeature.command(
  'edit',
  dayCommand('edit', loadSavedDay, async (ctx, date, saved: SavedDay | null) => {
    const reply = saved ? savedDayReply(saved, dayScope(ctx, date)) : noRecordReply(dayScope(ctx, date));
    await ctx.reply(reply.text, { reply_markup: reply.keyboard });
  }),
);

dailyEntryFeature.command(
  'delete',
  dayCommand('delete', loadDayToDelete, async (ctx, date, day) => {
    const reply = deleteDayReply(day, dayScope(ctx, date));
    await ctx.reply(reply.text, reply.keyboard ? { reply_markup: reply.keyboard } : {});
  }),
);

dailyEntryFeature.callbackQuery(
  entryCardData.filter,
  withShopButton(entryCardData, async (ctx, data) => {
    const userId = ctx.owner.user.id;

    if (data.action === 'save') {
      const result = await saveDraft(ctx.deps.db, ctx.owner.shop.settings, data.draftId, userId);
      if (result.status === 'already-saved') return showAlreadySaved(ctx, result.card);
      if (result.status === 'products-gone') return offerPickAgain(ctx, result.names, result.draftId);
      if (result.status === 'changed') return showChangedDay(ctx, result.card);
      if (result.status !== 'saved') {
        const key = result.status === 'foreign' ? 'common-foreign-button' : 'common-stale-button';
        return void (await ctx.answerCallbackQuery({ text: ctx.t(key) }));
      }
      ctx.logger.info({ record_date: result.date, replaced: result.replaced }, 'daily record saved');
      const { shop } = ctx.owner;
      const t = ctx.t.bind(ctx);
      // Every write first, then the chat: once the owner reads "saved", nothing can undo it. A chat update
      // that fails is logged, not thrown, so it cannot roll the saved day back; a later press on the card
      // still showing Save gets "already saved" and the saved card.
      await refreshStoredWeek(ctx.deps.db, shop.settings, result.date, rendererOf(ctx));
      try {
        await Promise.all([
          ctx.answerCallbackQuery({
            text: t(result.replaced ? 'card-replaced-answer' : 'card-saved-answer'),
          }),
          ctx.editMessageText(renderSavedCard(result.card, shop.name, { locale: ctx.locale, t })),
        ]);
        if (shop.settings.alertsEnabled) {
          const alerts = detectDailyAlerts(result.card.input, result.card.metrics, shop.settings);
          if (alerts.length > 0)
            await ctx.reply(renderDailyAlert(result.date, alerts, { locale: ctx.locale, t }));
        }
      } catch (err) {
        ctx.logger.warn({ err }, 'day saved, but the chat could not be told');
      }
      return;
    }

    const found = await findOwnDraft(ctx.deps.db, data.draftId, userId);
    if (found.status === 'saved') {
      return showAlreadySaved(ctx, savedCardOf(found.draft, ctx.owner.shop.settings));
    }
    if (found.status !== 'ok') {
      const key = found.status === 'foreign' ? 'common-foreign-button' : 'common-stale-button';
      return void (await ctx.answerCallbackQuery({ text: ctx.t(key) }));
    }
    await ctx.answerCallbackQuery();
    if (data.action === 'edit') {
      const { draft } = found;
      await discardDraft(ctx.deps.db, draft.id);
      await removePressedKeyboard(ctx);
      await enter(ctx, DAILY_ENTRY, {
        date: draft.recordDate,
        current: inputOf(draft),
      });
      return;
    }
    // The card whose buttons come off once it is redated: the draft's own card when known (a press copied onto
    // another card must not strip that one), else the pressed message; 0 when there are none to take off.
    const pressed = pressedMessageHasKeyboard(ctx) ? (ctx.callbackQuery.message?.message_id ?? 0) : 0;
    const cardMessageId = found.draft.cardMessageId ?? pressed;
    await enter(ctx, PICK_DAY, { purpose: 'redate', draftId: found.draft.id, cardMessageId });
  }),
);

/** Save refused: a product of the card was deleted since; it names them and offers to pick again. */
async function offerPickAgain(ctx: ShopContext, names: string[], draftId: string): Promise<void> {
  const text = ctx.t('card-products-gone', { names: names.join(', ') });
  await ctx.answerCallbackQuery({ text: ctx.t('card-products-gone-answer') });
  await ctx.reply(text, {
    reply_markup: new InlineKeyboard().text(
      ctx.t('card-products-pick-again'),
      entryProductsData.encode({ draftId }),
    ),
  });
}

/**
 * Save refused: the day is no longer what the card compared with. Says so, and shows the card again as it
 * reads against the day now (old → new from the record now, or none), with its buttons.
 */
async function showChangedDay(ctx: ShopContext, card: EntryCard): Promise<void> {
  const t = ctx.t.bind(ctx);
  const again = {
    text: renderEntryCard(card, ctx.owner.shop.name, { locale: ctx.locale, t }),
    keyboard: entryCardButtons(card, { locale: ctx.locale, t }),
  };
  await showConfirmationAgain(ctx, again, { inPlaceOnly: true });
}

/**
 * A press on a card that was saved already (a second tap, or a card whose edit never reached the chat):
 * say so, and show the card in its saved form, without its buttons.
 */
async function showAlreadySaved(ctx: ShopContext, card: EntryCard): Promise<void> {
  const t = ctx.t.bind(ctx);
  await ctx.answerCallbackQuery({ text: t('card-already-saved') });
  await ctx
    .editMessageText(renderSavedCard(card, ctx.owner.shop.name, { locale: ctx.locale, t }))
    .catch((error: unknown) => {
      if (!isNotModified(error)) throw error;
    });
}

dailyEntryFeature.callbackQuery(
  dayData.filter,
  withShopButton(dayData, async (ctx, data) => {
    // The button names a shop: it must be the one in use (switching shops makes old buttons stale).
    if (data.shopId !== ctx.owner.shop.id) {
      return void (await ctx.answerCallbackQuery({ text: ctx.t('common-stale-button') }));
    }
    const shown = formatDate(data.date, ctx.locale);
    switch (data.action) {
      case 'edit': {
        const saved = await loadSavedDay(ctx.deps.db, ctx.owner.shop.settings, data.date);
        await ctx.answerCallbackQuery();
        await removePressedKeyboard(ctx);
        await enter(ctx, DAILY_ENTRY, { date: data.date, ...(saved && { current: saved.input }) });
        return;
      }
      case 'del': {
        const day = await loadDayToDelete(ctx.deps.db, ctx.owner.shop.settings, data.date);
        const reply = deleteDayReply(day, dayScope(ctx, data.date));
        await ctx.answerCallbackQuery();
        await ctx.editMessageText(reply.text, reply.keyboard ? { reply_markup: reply.keyboard } : {});
        return;
      }
      case 'keep':
        await ctx.answerCallbackQuery();
        await ctx.editMessageText(ctx.t('day-delete-kept', { date: shown }));
        return;
      case 'fill': {
        // A missed day named by a reminder: entered only while it still has no record and is not ahead of
        // the books day; the reminder keeps its other days' buttons.
        if (data.date > shopToday(ctx)) {
          return void (await ctx.answerCallbackQuery({ text: ctx.t('common-stale-button') }));
        }
        if (await loadSavedDay(ctx.deps.db, ctx.owner.shop.settings, data.date)) {
          return void (await ctx.answerCallbackQuery({
            text: ctx.t('remind-fill-recorded', { date: shown }),
          }));
        }
        await ctx.answerCallbackQuery();
        await enter(ctx, DAILY_ENTRY, { date: data.date });
        return;
      }
    }
  }),
);
