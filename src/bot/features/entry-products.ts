import { Composer } from 'grammy';
import { findOwnDraft } from '../../services/daily-entry.js';
import { entryProductsData } from '../callback-data/entry-products.js';
import type { BotContext } from '../context.js';
import { PICK_PRODUCTS } from '../conversations/pick-products.js';
import { withShopButton } from '../filters/has-shop.js';
import { pressedMessageHasKeyboard } from '../keyboards/remove-keyboard.js';

/** "🏷 Products" on an entry card: only the owner of a pending card of the shop in use starts the picking. */
export const entryProductsFeature = new Composer<BotContext>();

entryProductsFeature.callbackQuery(
  entryProductsData.filter,
  withShopButton(entryProductsData, async (ctx, data) => {
    const found = await findOwnDraft(ctx.deps.db, data.draftId, ctx.owner.user.id);
    if (found.status !== 'ok' || found.draft.shopId !== ctx.owner.shop.id) {
      const key = found.status === 'foreign' ? 'common-foreign-button' : 'common-stale-button';
      return void (await ctx.answerCallbackQuery({ text: ctx.t(key) }));
    }
    await ctx.answerCallbackQuery();
    // The card whose buttons come off once the new card is shown: the draft's own card when known.
    const pressed = pressedMessageHasKeyboard(ctx) ? (ctx.callbackQuery.message?.message_id ?? 0) : 0;
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(PICK_PRODUCTS, {
      draftId: found.draft.id,
      cardMessageId: found.draft.cardMessageId ?? pressed,
    });
  }),
);
