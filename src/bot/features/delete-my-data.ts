import { Composer } from 'grammy';
import { eraseOwnerData, type OwnerDataSummary, summarizeOwnerData } from '../../services/owner-erasure.js';
import { decodeShownAt, ownerDataData, ownerDataDeleteData } from '../callback-data/owner-data.js';
import { showConfirmationAgain } from '../confirmation-again.js';
import type { BotContext } from '../context.js';
import { deletionConfirmKeyboard } from '../keyboards/owner-data.js';
import { deletionConfirmText } from '../views/owner-data-summary.js';
import { sendOwnerDataExport } from './export-all.js';

/** /deletemydata: a confirmation naming what will go, then Delete everything / Keep / Download first. */
export const deleteMyDataFeature = new Composer<BotContext>();

/** How long a confirmation can be answered. */
export const CONFIRMATION_TTL_MS = 15 * 60_000;

deleteMyDataFeature.command('deletemydata', async (ctx) => {
  await replyWithConfirmation(ctx, { offerExport: true });
});

deleteMyDataFeature.callbackQuery([ownerDataData.filter, ownerDataDeleteData.filter], async (ctx) => {
  const press = readPress(ctx);
  if ('notice' in press) return void (await ctx.answerCallbackQuery({ text: ctx.t(press.notice) }));
  const { owner } = press;

  if (press.action === 'keep') {
    await ctx.answerCallbackQuery({ text: ctx.t('data-kept') });
    await ctx.editMessageText(ctx.t('data-kept')).catch(() => undefined);
    return;
  }
  if (press.action === 'export') {
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    await sendOwnerDataExport(ctx);
    // The confirmation again, below the files, for an owner who downloaded and still wants to delete.
    await replyWithConfirmation(ctx, { offerExport: false });
    return;
  }

  // A flow in progress would write its state back at the end of this update: end it first.
  await ctx.conversation.exitAll();
  const erased = await eraseOwnerData(ctx.deps.db, {
    ownerId: owner.user.id,
    // Their private chat with the bot, whose id is their Telegram id (the bot works in private chats only).
    chatIds: [Number(owner.user.externalId)],
    shown: press.shown,
  });
  if (!erased) return void (await ctx.answerCallbackQuery({ text: ctx.t('data-none') }));
  if (erased.status === 'changed') {
    // Data added (or gone) since the confirmation: nothing deleted, the confirmation again as it is now.
    return void (await showConfirmationAgain(
      ctx,
      confirmation(ctx, owner.user.id, erased.summary, { offerExport: true }),
    ));
  }
  const { counts } = erased;
  ctx.logger.info({ shops: counts.shops.length, days: counts.days }, 'owner data erased');
  const text = ctx.t('data-deleted', { shops: counts.shops.length, days: counts.days });
  await ctx.answerCallbackQuery({ text: ctx.t('data-deleted-answer') });
  await ctx.editMessageText(text).catch(() => ctx.reply(text));
});

/** The confirmation's text and buttons for what the owner has now, shown at the bot's clock's now. */
function confirmation(
  ctx: BotContext,
  userId: string,
  summary: OwnerDataSummary,
  options: { offerExport: boolean },
) {
  const t = ctx.t.bind(ctx);
  return {
    text: deletionConfirmText(summary.counts, t),
    keyboard: deletionConfirmKeyboard({ userId, shownAt: ctx.deps.now(), shown: summary.shown }, t, options),
  };
}

async function replyWithConfirmation(ctx: BotContext, options: { offerExport: boolean }): Promise<void> {
  const summary = ctx.owner && (await summarizeOwnerData(ctx.deps.db, ctx.owner.user.id));
  if (!ctx.owner || !summary) return void (await ctx.reply(ctx.t('data-none')));
  const shown = confirmation(ctx, ctx.owner.user.id, summary, options);
  await ctx.reply(shown.text, { reply_markup: shown.keyboard });
}

type Owner = NonNullable<BotContext['owner']>;
type Press =
  | { action: 'keep'; owner: Owner }
  | { action: 'export'; owner: Owner }
  | { action: 'delete'; owner: Owner; shown: string }
  | { notice: string };

/**
 * Whose press, and whether it still counts: a malformed one, a press once the data is gone (a second
 * Delete), one on another user's confirmation, and one on an expired confirmation all change nothing.
 */
function readPress(ctx: BotContext): Press {
  const raw = ctx.callbackQuery?.data;
  const remove = ownerDataDeleteData.parse(raw);
  const data = remove ?? ownerDataData.parse(raw);
  if (!data) return { notice: 'common-stale-button' };
  if (!ctx.owner) return { notice: 'data-none' };
  if (data.userId !== ctx.owner.user.id) return { notice: 'common-foreign-button' };
  const age = ctx.deps.now().getTime() - decodeShownAt(data.shownAt).getTime();
  // A minute of slack for a clock a little behind the one of the instance that showed it.
  if (age > CONFIRMATION_TTL_MS || age < -60_000) return { notice: 'data-confirm-expired' };
  if ('shown' in data) return { action: 'delete', owner: ctx.owner, shown: data.shown };
  return data.action === 'keep'
    ? { action: 'keep', owner: ctx.owner }
    : { action: 'export', owner: ctx.owner };
}
