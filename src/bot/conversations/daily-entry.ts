import type { Context } from 'grammy';
import type { DayInput } from '../../domain/daily-metrics.js';
import { localDate } from '../../domain/local-date.js';
import type { Translate } from '../../i18n/translator.js';
import { draftDailyEntry } from '../../services/daily-entry.js';
import type { BotDeps } from '../context.js';
import { entryCardButtons } from '../keyboards/entry-card.js';
import { renderEntryCard } from '../views/entry-card.js';
import {
  type BotConversation,
  type EntryOffer,
  flowShopSettings,
  type ShopFlowOwner,
  say,
  shopFlowStart,
} from './conversation.js';
import { askDayInput } from './day-input.js';

export const DAILY_ENTRY = 'daily-entry';

export interface DailyEntryArgs {
  /** The day to enter; today (shop time) when absent. */
  date?: string;
  /** The values being edited, offered as defaults. */
  current?: DayInput;
}

/** Drafts the entry and shows its confirmation card (Save / Edit / Change date). */
export async function showDraftCard(
  conversation: BotConversation,
  ctx: Context,
  deps: BotDeps,
  owner: ShopFlowOwner,
  t: Translate,
  date: string,
  input: DayInput,
): Promise<void> {
  const card = await conversation.external(async (octx) =>
    draftDailyEntry(deps.db, {
      settings: await flowShopSettings(octx, deps, owner.shop.id),
      userId: owner.userId,
      date,
      input,
    }),
  );
  await say(
    conversation,
    ctx,
    deps,
    renderEntryCard(card, owner.shop.name, { locale: owner.locale, t }),
    entryCardButtons(card, { locale: owner.locale, t }),
  );
}

/** The quick entry a flow offers to use when one is typed instead of a field (see EntryOffer). */
export function entryOffer(
  conversation: BotConversation,
  ctx: Context,
  deps: BotDeps,
  owner: ShopFlowOwner,
  t: Translate,
  today: string,
  date?: string,
): EntryOffer {
  return {
    today,
    ...(date !== undefined && { date }),
    locale: owner.locale,
    use: (day, input) => showDraftCard(conversation, ctx, deps, owner, t, day, input),
  };
}

/** /today and Edit: four questions, then the confirmation card. Nothing is saved before Save. */
export function createDailyEntryConversation(deps: BotDeps) {
  return async function dailyEntry(conversation: BotConversation, ctx: Context, args?: DailyEntryArgs) {
    const flow = await shopFlowStart(conversation, deps);
    if (!flow) return;
    const { owner, t } = flow;
    const today = localDate(
      new Date(await conversation.external(() => deps.now().getTime())),
      owner.shop.timeZone,
    );
    const date = args?.date ?? today;
    const input = await askDayInput(conversation, ctx, deps, {
      date,
      isToday: date === today,
      locale: owner.locale,
      t,
      ...(args?.current && { current: args.current }),
      offerEntry: entryOffer(conversation, ctx, deps, owner, t, today, date),
    });
    if (!input) return;
    await showDraftCard(conversation, ctx, deps, owner, t, date, input);
  };
}
