import { Composer } from 'grammy';
import { foldText } from '../../domain/fold-text.js';
import { parseProductLine } from '../../domain/product-line.js';
import { addProduct, findProduct, listProducts, removeProductAsShown } from '../../services/products.js';
import { productAddData, productData, productDeleteData } from '../callback-data/products.js';
import { commandArgument } from '../command-argument.js';
import { showConfirmationAgain } from '../confirmation-again.js';
import type { BotContext } from '../context.js';
import { PRODUCTS, type ProductsArgs } from '../conversations/products.js';
import { type ShopContext, withShop, withShopButton } from '../filters/has-shop.js';
import { productDeleteKeyboard, productKeyboard, productListKeyboard } from '../keyboards/products.js';
import { removePressedKeyboard } from '../keyboards/remove-keyboard.js';
import { rendererOf } from '../renderer.js';
import { productLineErrorKey } from '../views/product-errors.js';
import { renderProduct, renderProductList } from '../views/products.js';

/** /products: the shop's products with margin and break-even ROAS; add, edit, delete. */
export const productsFeature = new Composer<BotContext>();

// `/products add Váy hoa 350k 140k` (also `thêm`, folded `them`).
const ADD_WORDS = new Set(['add', 'them']);

async function enter(ctx: BotContext, args: ProductsArgs): Promise<void> {
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(PRODUCTS, args);
}

async function replyList(ctx: ShopContext): Promise<void> {
  const { shop } = ctx.owner;
  const products = await listProducts(ctx.deps.db, shop.settings);
  const t = ctx.t.bind(ctx);
  await ctx.reply(renderProductList(products, shop.name, { locale: ctx.locale, t }), {
    reply_markup: productListKeyboard(products, t),
  });
}

/** The one-line add: refused with its reason, or added and shown with its margin. */
async function addFromLine(ctx: ShopContext, line: string): Promise<void> {
  const parsed = parseProductLine(line);
  if (!parsed.ok) {
    await ctx.reply(`${ctx.t(productLineErrorKey(parsed.error))}\n${ctx.t('products-add-example')}`);
    return;
  }
  const result = await addProduct(ctx.deps.db, ctx.owner.shop.settings, parsed.value);
  if (result.status !== 'saved') {
    await ctx.reply(ctx.t('products-error-duplicate', { name: parsed.value.name }));
    return;
  }
  ctx.logger.info('product added');
  const text = `${ctx.t('products-added', { name: result.product.name })}\n${renderProduct(result.product, rendererOf(ctx))}`;
  await ctx.reply(text);
}

productsFeature.command(
  'products',
  withShop(async (ctx) => {
    const text = commandArgument(ctx);
    if (text === '') return replyList(ctx);
    const [first = '', ...rest] = text.split(/\s+/);
    if (!ADD_WORDS.has(foldText(first))) {
      return void (await ctx.reply(`${ctx.t('products-usage')}\n${ctx.t('products-add-example')}`));
    }
    await addFromLine(ctx, rest.join(' '));
  }),
);

productsFeature.callbackQuery(
  productAddData.filter,
  withShopButton(productAddData, async (ctx) => {
    await ctx.answerCallbackQuery();
    await removePressedKeyboard(ctx);
    await enter(ctx, { mode: 'add' });
  }),
);

productsFeature.callbackQuery(
  productData.filter,
  withShopButton(productData, async (ctx, data) => {
    const { settings } = ctx.owner.shop;
    const t = ctx.t.bind(ctx);
    // Only a product of the shop in use: another owner's button, or one deleted since, changes nothing.
    const product = await findProduct(ctx.deps.db, settings, data.presetId);
    if (!product) return void (await ctx.answerCallbackQuery({ text: t('products-gone') }));
    switch (data.action) {
      case 'open':
        await ctx.answerCallbackQuery();
        await ctx.reply(renderProduct(product, { locale: ctx.locale, t }), {
          reply_markup: productKeyboard(product.id, t),
        });
        return;
      case 'name':
      case 'price':
      case 'cost':
        await ctx.answerCallbackQuery();
        await removePressedKeyboard(ctx);
        await enter(ctx, { mode: 'edit', presetId: product.id, field: data.action });
        return;
      case 'del':
        await ctx.answerCallbackQuery();
        await ctx.editMessageText(t('products-delete-confirm', { name: product.name }), {
          reply_markup: productDeleteKeyboard(product, t),
        });
        return;
      case 'keep':
        await ctx.answerCallbackQuery();
        await ctx.editMessageText(renderProduct(product, { locale: ctx.locale, t }), {
          reply_markup: productKeyboard(product.id, t),
        });
        return;
    }
  }),
);

/**
 * Yes on a product's delete confirmation: deletes it only while its name, price and cost are those shown;
 * a product edited since is shown again as it is now, with its confirmation, and nothing is deleted.
 */
productsFeature.callbackQuery(
  productDeleteData.filter,
  withShopButton(productDeleteData, async (ctx, data) => {
    const { settings } = ctx.owner.shop;
    const t = ctx.t.bind(ctx);
    const result = await removeProductAsShown(ctx.deps.db, settings, data.presetId, data.shown);
    if (result.status === 'gone') return void (await ctx.answerCallbackQuery({ text: t('products-gone') }));
    if (result.status === 'changed') {
      const { product } = result;
      const text = [
        renderProduct(product, { locale: ctx.locale, t }),
        t('products-delete-confirm', { name: product.name }),
      ];
      return void (await showConfirmationAgain(ctx, {
        text: text.join('\n\n'),
        keyboard: productDeleteKeyboard(product, t),
      }));
    }
    ctx.logger.info('product deleted');
    await ctx.answerCallbackQuery({ text: t('products-deleted-answer') });
    await ctx.editMessageText(t('products-deleted', { name: result.name }));
  }),
);
