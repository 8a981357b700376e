import type { Context } from 'grammy';
import { localDate } from '../../domain/local-date.js';
import { renameOwnerShop } from '../../services/owner-shops.js';
import type { BotDeps } from '../context.js';
import { type BotConversation, type Flow, flowOwner, say } from './conversation.js';
import { askShopName } from './shop-name.js';

export const SHOP_RENAME = 'shop-rename';

export interface ShopRenameArgs {
  shopId: string;
}

/**
 * "Rename" on /shop: asks the new name (checked as a new shop's name is, and not another shop's of the
 * owner) and renames the owner's shop.
 */
export function createShopRenameConversation(deps: BotDeps) {
  return async function shopRename(conversation: BotConversation, ctx: Context, args: ShopRenameArgs) {
    const flow: Flow = { conversation, deps };
    const owner = await flowOwner(conversation);
    if (!owner?.shop) return;
    const t = deps.translator.forLocale(owner.locale);
    const today = localDate(
      new Date(await conversation.external(() => deps.now().getTime())),
      owner.shop.timeZone,
    );
    const answered = await askShopName(flow, ctx, {
      question: t('shop-ask-new-name'),
      today,
      t,
      take: (octx, name) => renameOwnerShop(octx.deps.db, owner.userId, args.shopId, name),
    });
    if (!answered) return;
    const { name, result: renamed } = answered;
    await say(
      flow,
      ctx,
      renamed ? t('shop-renamed', { old: renamed.oldName, shop: name }) : t('common-stale-button'),
    );
  };
}
