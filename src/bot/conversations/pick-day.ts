import type { Context } from 'grammy';
import { parseEntryDate } from '../../domain/entry-date.js';
import type { Translate } from '../../i18n/translator.js';
import { findOwnDraft, loadSavedDay, redateDraft } from '../../services/daily-entry.js';
import { loadDayToDelete } from '../../services/day-delete.js';
import { pickDateData } from '../callback-data/index.js';
import type { BotDeps } from '../context.js';
import { recentDaysKeyboard } from '../keyboards/days.js';
import { entryCardButtons } from '../keyboards/entry-card.js';
import { renderEntryCard } from '../views/entry-card.js';
import { deleteDayReply, noRecordReply, savedDayReply } from '../views/saved-day.js';
import { callBotApi } from './bot-api-call.js';
import {
  type AnswerCheck,
  ask,
  type BotConversation,
  flowShopSettings,
  say,
  shopFlowStart,
} from './conversation.js';
import { entryOffer } from './daily-entry.js';
import { type FlowDays, flowDays } from './flow-days.js';

export const PICK_DAY = 'pick-day';

export type PickDayArgs =
  | {
      purpose: 'redate';
      draftId: string;
      /** The card whose buttons come off once it is redated; 0 when there are none. */
      cardMessageId: number;
    }
  | { purpose: 'edit' }
  | { purpose: 'delete' };

const QUESTION: Record<PickDayArgs['purpose'], string> = {
  redate: 'entry-ask-date',
  edit: 'day-ask-which',
  delete: 'day-ask-which-delete',
};

function checkDate({ today, latest }: FlowDays, t: Translate) {
  return ({ text, data }: { text?: string; data?: string }): AnswerCheck<string> => {
    if (data !== undefined) {
      const picked = pickDateData.parse(data);
      return picked ? { ok: true, value: picked.date } : { ok: false, error: t('entry-bad-date') };
    }
    const parsed = parseEntryDate(text ?? '', today, latest);
    if (parsed.ok) return parsed;
    return { ok: false, error: t(parsed.error === 'future-date' ? 'entry-future-date' : 'entry-bad-date') };
  };
}

/** "Which day?" for Change date, /edit and /delete without a date; then the matching next step. */
export function createPickDayConversation(deps: BotDeps) {
  return async function pickDay(conversation: BotConversation, ctx: Context, args: PickDayArgs) {
    const flow = await shopFlowStart(conversation, deps);
    if (!flow) return;
    const { owner, shop, t, renderer, shopSettings } = flow;
    // The buttons and the day words are the books day's: before the day closes, Today is yesterday's date.
    const days = await flowDays(flow);
    const date = await ask(flow, ctx, {
      question: t(QUESTION[args.purpose]),
      keyboard: recentDaysKeyboard(days.today, t),
      buttonPrefix: pickDateData.prefix,
      check: checkDate(days, t),
      t,
      offerEntry: entryOffer(flow, ctx, days),
    });
    if (date === undefined) return;
    const scope = { shop, date, locale: owner.locale, t };

    if (args.purpose === 'redate') {
      const card = await conversation.external(async (octx) => {
        const found = await findOwnDraft(octx.deps.db, args.draftId, owner.userId);
        if (found.status !== 'ok') return null;
        return redateDraft(octx.deps.db, await flowShopSettings(octx, found.draft.shopId), found.draft, date);
      });
      if (!card) {
        await say(flow, ctx, t('common-stale-button'));
        return;
      }
      if (args.cardMessageId) {
        const chatId = ctx.chatId!;
        await callBotApi(flow, (api) =>
          api.editMessageReplyMarkup(chatId, args.cardMessageId).then(() => undefined),
        );
      }
      await say(flow, ctx, renderEntryCard(card, shop.name, renderer), entryCardButtons(card, renderer));
      return;
    }

    if (args.purpose === 'delete') {
      const day = await conversation.external(async (octx) =>
        loadDayToDelete(octx.deps.db, await shopSettings(octx), date),
      );
      const reply = deleteDayReply(day, scope);
      await say(flow, ctx, reply.text, reply.keyboard);
      return;
    }
    const saved = await conversation.external(async (octx) =>
      loadSavedDay(octx.deps.db, await shopSettings(octx), date),
    );
    const reply = saved ? savedDayReply(saved, scope) : noRecordReply(scope);
    await say(flow, ctx, reply.text, reply.keyboard);
  };
}
