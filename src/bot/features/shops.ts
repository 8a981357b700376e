import { Composer, InlineKeyboard } from 'grammy';
import { listShopsForOwner } from '../../db/queries/shops.js';
import { setCurrentShop } from '../../db/queries/users.js';
import { newShopData, shopData } from '../callback-data/index.js';
import type { BotContext } from '../context.js';
import { ONBOARDING } from '../conversations/onboarding.js';
import { withShop } from '../filters/has-shop.js';
import { removePressedKeyboard } from '../keyboards/remove-keyboard.js';

/** /shop: list the owner's shops, switch with a button, or add one. */
export const shopsFeature = new Composer<BotContext>();

shopsFeature.command(
  'shop',
  withShop(async (ctx) => {
    const { user, shop: current } = ctx.owner;
    const shops = await listShopsForOwner(ctx.deps.db, user.id);
    const keyboard = new InlineKeyboard();
    for (const shop of shops) {
      const label = shop.id === current.id ? ctx.t('shop-current-mark', { shop: shop.name }) : shop.name;
      keyboard.text(label, shopData.encode({ action: 'use', shopId: shop.id })).row();
    }
    keyboard.text(ctx.t('shop-new-button'), newShopData.encode({ confirm: '1' }));
    await ctx.reply(ctx.t('shop-list', { current: current.name }), { reply_markup: keyboard });
  }),
);

shopsFeature.callbackQuery(shopData.filter, async (ctx) => {
  const data = shopData.parse(ctx.callbackQuery.data);
  if (!data || !ctx.owner) {
    await ctx.answerCallbackQuery({ text: ctx.t(ctx.owner ? 'common-stale-button' : 'common-need-start') });
    return;
  }
  const switched = await setCurrentShop(ctx.deps.db, ctx.owner.user.id, data.shopId);
  if (!switched) {
    await ctx.answerCallbackQuery({ text: ctx.t('common-foreign-button') });
    return;
  }
  const shop = (await listShopsForOwner(ctx.deps.db, ctx.owner.user.id)).find((s) => s.id === data.shopId);
  const text = ctx.t('shop-switched', { shop: shop?.name ?? '' });
  await ctx.answerCallbackQuery({ text });
  await ctx.editMessageText(text).catch(() => ctx.reply(text));
});

shopsFeature.callbackQuery(
  newShopData.filter,
  withShop(async (ctx) => {
    await ctx.answerCallbackQuery();
    await removePressedKeyboard(ctx);
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(ONBOARDING, { newShop: true });
  }),
);
