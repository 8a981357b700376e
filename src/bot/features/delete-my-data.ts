import { Composer } from 'grammy';
import { eraseOwnerData, summarizeOwnerData } from '../../services/owner-erasure.js';
import { decodeShownAt, ownerDataData } from '../callback-data/owner-data.js';
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

deleteMyDataFeature.callbackQuery(ownerDataData.filter, async (ctx) => {
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
  });
  if (!erased) return void (await ctx.answerCallbackQuery({ text: ctx.t('data-none') }));
  ctx.logger.info({ shops: erased.shops.length, days: erased.days }, 'owner data erased');
  const text = ctx.t('data-deleted', { shops: erased.shops.length, days: erased.days });
  await ctx.answerCallbackQuery({ text: ctx.t('data-deleted-answer') });
  await ctx.editMessageText(text).catch(() => ctx.reply(text));
});

async function replyWithConfirmation(ctx: BotContext, options: { offerExport: boolean }): Promise<void> {
  const counts = ctx.owner && (await summarizeOwnerData(ctx.deps.db, ctx.owner.user.id));
  if (!ctx.owner || !counts) return void (await ctx.reply(ctx.t('data-none')));
  const t = ctx.t.bind(ctx);
  await ctx.reply(deletionConfirmText(counts, t), {
    reply_markup: deletionConfirmKeyboard(ctx.owner.user.id, ctx.deps.now(), t, options),
  });
}

type Press =
  | { action: 'delete' | 'keep' | 'export'; owner: NonNullable<BotContext['owner']> }
  | { notice: string };

/**
 * Whose press, and whether it still counts: a malformed one, a press once the data is gone (a second
 * Delete), one on another user's confirmation, and one on an expired confirmation all change nothing.
 */
function readPress(ctx: BotContext): Press {
  const data = ownerDataData.parse(ctx.callbackQuery?.data);
  if (!data) return { notice: 'common-stale-button' };
  if (!ctx.owner) return { notice: 'data-none' };
  if (data.userId !== ctx.owner.user.id) return { notice: 'common-foreign-button' };
  const age = ctx.deps.now().getTime() - decodeShownAt(data.shownAt).getTime();
  // A minute of slack for a clock a little behind the one of the instance that showed it.
  if (age > CONFIRMATION_TTL_MS || age < -60_000) return { notice: 'data-confirm-expired' };
  return { action: data.action, owner: ctx.owner };
}
