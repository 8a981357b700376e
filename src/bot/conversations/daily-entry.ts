import type { Context } from 'grammy';
import type { DayInput } from '../../domain/daily-metrics.js';
import { draftDailyEntry } from '../../services/daily-entry.js';
import type { BotDeps } from '../context.js';
import { entryCardButtons } from '../keyboards/entry-card.js';
import { renderEntryCard } from '../views/entry-card.js';
import { type BotConversation, type EntryOffer, type ShopFlow, say, shopFlowStart } from './conversation.js';
import { askDayInput } from './day-input.js';
import { type FlowDays, flowDays } from './flow-days.js';

export const DAILY_ENTRY = 'daily-entry';

export interface DailyEntryArgs {
  /** The day to enter; the shop's books day when absent. */
  date?: string;
  /** The values being edited, offered as defaults. */
  current?: DayInput;
}

/** Drafts the entry and shows its confirmation card (Save / Edit / Change date). */
export async function showDraftCard(
  flow: ShopFlow,
  ctx: Context,
  date: string,
  input: DayInput,
): Promise<void> {
  const { conversation, owner, renderer, shopSettings } = flow;
  const card = await conversation.external(async (octx) =>
    draftDailyEntry(octx.deps.db, {
      settings: await shopSettings(octx),
      userId: owner.userId,
      date,
      input,
    }),
  );
  await say(flow, ctx, renderEntryCard(card, owner.shop.name, renderer), entryCardButtons(card, renderer));
}

/** The quick entry a flow offers to use when one is typed instead of a field (see EntryOffer). */
export function entryOffer(
  flow: ShopFlow,
  ctx: Context,
  { today, latest }: FlowDays,
  date?: string,
): EntryOffer {
  return {
    today,
    latest,
    ...(date !== undefined && { date }),
    locale: flow.owner.locale,
    use: (day, input) => showDraftCard(flow, ctx, day, input),
  };
}

/** /today and Edit: four questions, then the confirmation card. Nothing is saved before Save. */
export function createDailyEntryConversation(deps: BotDeps) {
  return async function dailyEntry(conversation: BotConversation, ctx: Context, args?: DailyEntryArgs) {
    const flow = await shopFlowStart(conversation, deps);
    if (!flow) return;
    const days = await flowDays(flow);
    const date = args?.date ?? days.today;
    const input = await askDayInput(flow, ctx, {
      date,
      isToday: date === days.today,
      ...(args?.current && { current: args.current }),
      offerEntry: entryOffer(flow, ctx, days, date),
    });
    if (!input) return;
    await showDraftCard(flow, ctx, date, input);
  };
}
