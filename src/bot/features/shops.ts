import { Composer, InlineKeyboard } from 'grammy';
import { shopDeleteVersion } from '../../domain/shown-version.js';
import { deleteOwnerShop, ownerShop, ownerShops, shopDays, switchShop } from '../../services/owner-shops.js';
import { newShopData, shopData, shopDeleteData } from '../callback-data/index.js';
import { showConfirmationAgain } from '../confirmation-again.js';
import type { BotContext } from '../context.js';
import { ONBOARDING } from '../conversations/onboarding.js';
import { SHOP_RENAME } from '../conversations/shop-rename.js';
import { withOwnerButton, withShop, withShopButton } from '../filters/has-shop.js';
import { removePressedKeyboard } from '../keyboards/remove-keyboard.js';

/** /shop: list the owner's shops, switch with a button, add one, rename or delete the one in use. */
export const shopsFeature = new Composer<BotContext>();

shopsFeature.command(
  'shop',
  withShop(async (ctx) => {
    const { user, shop: current } = ctx.owner;
    const shops = await ownerShops(ctx.deps.db, user.id);
    const keyboard = new InlineKeyboard();
    for (const shop of shops) {
      const label = shop.id === current.id ? ctx.t('shop-current-mark', { shop: shop.name }) : shop.name;
      keyboard.text(label, shopData.encode({ action: 'use', shopId: shop.id })).row();
    }
    keyboard
      .text(ctx.t('shop-new-button'), newShopData.encode({ confirm: '1' }))
      .row()
      .text(ctx.t('shop-rename-button'), shopData.encode({ action: 'ren', shopId: current.id }))
      .text(ctx.t('shop-delete-button'), shopData.encode({ action: 'del', shopId: current.id }));
    await ctx.reply(ctx.t('shop-list', { current: current.name }), { reply_markup: keyboard });
  }),
);

type ShopAction = 'use' | 'ren' | 'del' | 'keep';

/** A shop's delete confirmation: its name and day count, and Yes bound to exactly those. */
function deleteConfirmation(ctx: BotContext, shop: { id: string; name: string; days: number }) {
  const shown = shopDeleteVersion(shop);
  const keyboard = new InlineKeyboard()
    .text(ctx.t('shop-delete-yes', { shop: shop.name }), shopDeleteData.encode({ shopId: shop.id, shown }))
    .text(ctx.t('shop-delete-keep'), shopData.encode({ action: 'keep', shopId: shop.id }));
  return { text: ctx.t('shop-delete-confirm', { shop: shop.name, days: shop.days }), keyboard };
}

/** Each button on /shop, for a shop the presser owns (checked before it is called). */
const SHOP_ACTIONS: Record<
  ShopAction,
  (ctx: BotContext, shop: { id: string; name: string }) => Promise<void>
> = {
  async use(ctx, shop) {
    await switchShop(ctx.deps.db, ctx.owner!.user.id, shop.id);
    const text = ctx.t('shop-switched', { shop: shop.name });
    await ctx.answerCallbackQuery({ text });
    await ctx.editMessageText(text).catch(() => ctx.reply(text));
  },
  async ren(ctx, shop) {
    await ctx.answerCallbackQuery();
    await removePressedKeyboard(ctx);
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(SHOP_RENAME, { shopId: shop.id });
  },
  async del(ctx, shop) {
    await ctx.answerCallbackQuery();
    const days = await shopDays(ctx.deps.db, shop.id);
    const confirmation = deleteConfirmation(ctx, { ...shop, days });
    await ctx.editMessageText(confirmation.text, { reply_markup: confirmation.keyboard });
  },
  async keep(ctx, shop) {
    const text = ctx.t('shop-delete-kept', { shop: shop.name });
    await ctx.answerCallbackQuery({ text });
    await ctx.editMessageText(text).catch(() => ctx.reply(text));
  },
};

shopsFeature.callbackQuery(
  shopData.filter,
  withOwnerButton(shopData, async (ctx, data) => {
    const shop = await ownerShop(ctx.deps.db, ctx.owner.user.id, data.shopId);
    if (!shop) {
      // Someone else's shop, or one deleted since: either way the button no longer does anything.
      await ctx.answerCallbackQuery({ text: ctx.t('common-stale-button') });
      return;
    }
    await SHOP_ACTIONS[data.action](ctx, shop);
  }),
);

/**
 * Yes on a delete confirmation: deletes the shop only if its name and day count are still those shown;
 * otherwise nothing changes and the confirmation is shown again with the numbers as they are now.
 */
shopsFeature.callbackQuery(
  shopDeleteData.filter,
  withOwnerButton(shopDeleteData, async (ctx, data) => {
    // A flow open on this shop would outlive it: end flows first.
    await ctx.conversation.exitAll();
    const deleted = await deleteOwnerShop(ctx.deps.db, ctx.owner.user.id, data.shopId, data.shown);
    if (!deleted) {
      // Someone else's shop, or one deleted since: either way the button no longer does anything.
      await ctx.answerCallbackQuery({ text: ctx.t('common-stale-button') });
      return;
    }
    if ('changed' in deleted) {
      return void (await showConfirmationAgain(
        ctx,
        deleteConfirmation(ctx, { id: data.shopId, ...deleted.changed }),
      ));
    }
    await ctx.answerCallbackQuery();
    const text = deleted.current
      ? ctx.t('shop-deleted', { shop: deleted.name, days: deleted.days, current: deleted.current.name })
      : ctx.t('shop-deleted-last', { shop: deleted.name, days: deleted.days });
    await ctx.editMessageText(text).catch(() => ctx.reply(text));
  }),
);

shopsFeature.callbackQuery(
  newShopData.filter,
  withShopButton(newShopData, async (ctx) => {
    await ctx.answerCallbackQuery();
    await removePressedKeyboard(ctx);
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(ONBOARDING, { newShop: true });
  }),
);
