import type { ShopContext } from './has-shop.js';

/**
 * Whether a pressed button was shown for the shop in use. A button of another shop (switched away from,
 * deleted, or someone else's) is answered as stale and changes nothing.
 */
export async function pressedForShopInUse(ctx: ShopContext, shopId: string): Promise<boolean> {
  if (shopId === ctx.owner.shop.id) return true;
  await ctx.answerCallbackQuery({ text: ctx.t('common-stale-button') });
  return false;
}
