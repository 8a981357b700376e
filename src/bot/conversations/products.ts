import type { Context } from 'grammy';
import { formatMoney } from '../../domain/format.js';
import { MAX_UNIT_PRICE_VND } from '../../domain/input-limits.js';
import { parseMoney } from '../../domain/money.js';
import { checkProductPrices, parseProductName } from '../../domain/product-line.js';
import type { Translate } from '../../i18n/translator.js';
import {
  addProduct,
  editProduct,
  findProduct,
  type ProductChangeResult,
  productNames,
  sameProductName,
} from '../../services/products.js';
import type { BotDeps } from '../context.js';
import { productNameErrorKey, productPriceErrorKey, unitPriceErrorKey } from '../views/product-errors.js';
import { renderProduct } from '../views/products.js';
import {
  type AnswerCheck,
  ask,
  type BotConversation,
  type ShopFlow,
  say,
  shopFlowStart,
} from './conversation.js';

export const PRODUCTS = 'products';

export type ProductField = 'name' | 'price' | 'cost';

export type ProductsArgs = { mode: 'add' } | { mode: 'edit'; presetId: string; field: ProductField };

/** A product name: not empty, not a command, not too long, not another product's (letter case aside). */
function checkName(t: Translate, taken: { id: string; name: string }[], exceptId?: string) {
  return ({ text }: { text?: string }): AnswerCheck<string> => {
    const parsed = parseProductName(text ?? '');
    if (!parsed.ok) return { ok: false, error: t(productNameErrorKey(parsed.error)) };
    const clash = taken.find((p) => p.id !== exceptId && sameProductName(p.name, parsed.value));
    return clash ? { ok: false, error: t('products-error-duplicate', { name: clash.name }) } : parsed;
  };
}

/** An amount of money that, with the other price of the product, passes checkProductPrices. */
function checkMoney(t: Translate, pair: (value: number) => [number, number]) {
  return ({ text }: { text?: string }): AnswerCheck<number> => {
    const parsed = parseMoney(text ?? '', MAX_UNIT_PRICE_VND);
    if (!parsed.ok) return { ok: false, error: t(unitPriceErrorKey(parsed.error)) };
    const [price, cost] = pair(parsed.value);
    const refused = checkProductPrices(price, cost);
    if (!refused) return parsed;
    return { ok: false, error: t(productPriceErrorKey(refused)) };
  };
}

async function sayResult(
  flow: ShopFlow,
  ctx: Context,
  result: ProductChangeResult,
  doneKey: string,
): Promise<void> {
  const { t, renderer } = flow;
  if (result.status === 'saved') {
    const line = renderProduct(result.product, renderer);
    await say(flow, ctx, `${t(doneKey, { name: result.product.name })}\n${line}`);
  } else {
    await say(flow, ctx, t(result.status === 'gone' ? 'products-gone' : 'products-error-duplicate-any'));
  }
}

/** "Add a product": name, sell price, cost of one unit; saved at the end. */
async function addFlow(flow: ShopFlow, ctx: Context) {
  const { conversation, shop, t, shopSettings } = flow;
  const { locale } = flow.owner;
  const giveUpKey = 'products-too-many-attempts';
  const taken = await conversation.external((octx) => productNames(octx.deps.db, shop.id));
  const name = await ask(flow, ctx, {
    question: t('products-ask-name'),
    t,
    giveUpKey,
    check: checkName(t, taken),
  });
  if (name === undefined) return;
  const sellPrice = await ask(flow, ctx, {
    question: t('products-ask-price', { name }),
    t,
    giveUpKey,
    check: checkMoney(t, (price) => [price, 0]),
  });
  if (sellPrice === undefined) return;
  const cogs = await ask(flow, ctx, {
    question: t('products-ask-cost', { name, price: formatMoney(sellPrice, locale) }),
    t,
    giveUpKey,
    check: checkMoney(t, (cost) => [sellPrice, cost]),
  });
  if (cogs === undefined) return;
  const result = await conversation.external(async (octx) =>
    addProduct(octx.deps.db, await shopSettings(octx), { name, sellPrice, cogs }),
  );
  await sayResult(flow, ctx, result, 'products-added');
}

/** Changes one field of a product: its name, sell price or unit cost. */
async function editFlow(flow: ShopFlow, ctx: Context, args: { presetId: string; field: ProductField }) {
  const { conversation, shop, t, shopSettings } = flow;
  const { locale } = flow.owner;
  const loaded = await conversation.external(async (octx) => {
    const settings = await shopSettings(octx);
    const product = await findProduct(octx.deps.db, settings, args.presetId);
    const taken = await productNames(octx.deps.db, shop.id);
    return product && { product, taken };
  });
  if (!loaded) return void (await say(flow, ctx, t('products-gone')));
  const { product, taken } = loaded;
  const common = { t, giveUpKey: 'products-too-many-attempts' };
  const current = (value: string) => ({ name: product.name, current: value });
  let change: { name: string } | { sellPrice: number } | { cogs: number } | undefined;
  if (args.field === 'name') {
    const name = await ask(flow, ctx, {
      ...common,
      question: t('products-ask-new-name', current(product.name)),
      check: checkName(t, taken, product.id),
    });
    change = name === undefined ? undefined : { name };
  } else if (args.field === 'price') {
    const sellPrice = await ask(flow, ctx, {
      ...common,
      question: t('products-ask-new-price', current(formatMoney(product.sellPrice, locale))),
      check: checkMoney(t, (price) => [price, product.cogs]),
    });
    change = sellPrice === undefined ? undefined : { sellPrice };
  } else {
    const cogs = await ask(flow, ctx, {
      ...common,
      question: t('products-ask-new-cost', current(formatMoney(product.cogs, locale))),
      check: checkMoney(t, (cost) => [product.sellPrice, cost]),
    });
    change = cogs === undefined ? undefined : { cogs };
  }
  if (!change) return;
  const edit = change;
  const result = await conversation.external(async (octx) =>
    editProduct(octx.deps.db, await shopSettings(octx), product.id, edit),
  );
  await sayResult(flow, ctx, result, 'products-updated');
}

/** Adding a product, or changing one field of one, by questions (three attempts each, /cancel). */
export function createProductsConversation(deps: BotDeps) {
  return async function products(conversation: BotConversation, ctx: Context, args?: ProductsArgs) {
    const flow = await shopFlowStart(conversation, deps);
    if (!flow || !args) return;
    if (args.mode === 'add') await addFlow(flow, ctx);
    else await editFlow(flow, ctx, args);
  };
}
