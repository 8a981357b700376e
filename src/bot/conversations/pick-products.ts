import { type Context, InlineKeyboard } from 'grammy';
import { formatCount, formatDate } from '../../domain/format.js';
import { parseCount } from '../../domain/money.js';
import type { DayProductLine } from '../../domain/product-margin.js';
import type { Renderer, Translate } from '../../i18n/translator.js';
import {
  type EntryCard,
  findOwnDraft,
  goneProductNames,
  pickDraftProducts,
} from '../../services/daily-entry.js';
import { listProducts, type ProductView, sameProductName } from '../../services/products.js';
import { pickProductData, productCountData } from '../callback-data/entry-products.js';
import type { BotDeps } from '../context.js';
import { entryCardButtons } from '../keyboards/entry-card.js';
import { renderEntryCard } from '../views/entry-card.js';
import { callBotApi } from './bot-api-call.js';
import {
  type AnswerCheck,
  ask,
  type BotConversation,
  type Flow,
  type ShopFlow,
  say,
  shopFlowStart,
} from './conversation.js';

export const PICK_PRODUCTS = 'pick-products';

export interface PickProductsArgs {
  /** The pending draft whose products are picked. */
  draftId: string;
  /** The message showing its card (its buttons come off once the new card is shown); 0 when none. */
  cardMessageId: number;
}

const GIVE_UP = 'entry-products-too-many-attempts';

function checkPick(candidates: ProductView[], t: Translate) {
  return ({ text, data }: { text?: string; data?: string }): AnswerCheck<ProductView> => {
    const pressed = pickProductData.parse(data);
    const found = pressed
      ? candidates.find((p) => p.id === pressed.presetId)
      : candidates.find((p) => text !== undefined && sameProductName(p.name, text.trim()));
    return found ? { ok: true, value: found } : { ok: false, error: t('entry-products-pick-hint') };
  };
}

function checkCount(remaining: number, { locale, t }: Renderer) {
  return ({ text, data }: { text?: string; data?: string }): AnswerCheck<number> => {
    if (productCountData.parse(data)) return { ok: true, value: remaining };
    const parsed = parseCount(text ?? '');
    if (parsed.ok && parsed.value >= 1 && parsed.value <= remaining) return parsed;
    return {
      ok: false,
      error: t('entry-products-count-range', { remaining: formatCount(remaining, locale) }),
    };
  };
}

function lineOf(product: ProductView, orders: number): DayProductLine {
  return {
    presetId: product.id,
    name: product.name,
    orders,
    unitCogs: product.cogs,
    sellPrice: product.sellPrice,
  };
}

/**
 * Which products the day's orders were: pick one (by button, or its name typed), then how many of the
 * orders left it was ("all" by button); until every order has a product. A shop's only product takes all
 * the orders without the count question; once one product is counted and a single other remains, that
 * one takes the orders left without a question.
 */
async function askProductLines(
  flow: ShopFlow,
  ctx: Context,
  params: { products: ProductView[]; orders: number; date: string },
): Promise<DayProductLine[] | undefined> {
  const { conversation, shop, renderer } = flow;
  const { locale, t } = renderer;
  const { products } = params;
  const lines: DayProductLine[] = [];
  let remaining = params.orders;
  while (remaining > 0) {
    const candidates = products.filter((p) => !lines.some((line) => line.presetId === p.id));
    const [only] = candidates;
    if (candidates.length === 1 && only && lines.length > 0) {
      // The orders left can only be the one product not picked yet.
      lines.push(lineOf(only, remaining));
      break;
    }
    const shown = formatCount(remaining, locale);
    const keyboard = new InlineKeyboard();
    for (const p of candidates) keyboard.text(p.name, pickProductData.encode({ presetId: p.id })).row();
    const question =
      lines.length === 0
        ? t('entry-products-ask-pick', { date: formatDate(params.date, locale), orders: shown })
        : t('entry-products-ask-next', { remaining: shown });
    const picked = await ask(flow, ctx, {
      question,
      keyboard,
      buttonPrefix: pickProductData.prefix,
      check: checkPick(candidates, t),
      t,
      giveUpKey: GIVE_UP,
    });
    if (picked === undefined) return undefined;
    // A product deleted since the buttons were shown ends the asking: the lines are refused by name.
    const gone = await conversation.external((octx) =>
      goneProductNames(octx.deps.db, shop.id, [lineOf(picked, remaining)]),
    );
    if (gone.length > 0) return [...lines, lineOf(picked, remaining)];
    const count =
      candidates.length === 1
        ? remaining
        : await ask(flow, ctx, {
            question: t('entry-products-ask-count', { name: picked.name, remaining: shown }),
            keyboard: new InlineKeyboard().text(
              t('entry-products-all-button', { remaining: shown }),
              productCountData.encode({ count: 'all' }),
            ),
            buttonPrefix: productCountData.prefix,
            check: checkCount(remaining, renderer),
            t,
            giveUpKey: GIVE_UP,
          });
    if (count === undefined) return undefined;
    lines.push(lineOf(picked, count));
    remaining -= count;
  }
  return lines;
}

/** Takes the buttons off the card the products replaced (0: no card to take them off). */
async function takeButtonsOff(flow: Flow, chatId: number | undefined, messageId: number): Promise<void> {
  if (!messageId || chatId === undefined) return;
  await callBotApi(flow, (api) => api.editMessageReplyMarkup(chatId, messageId).then(() => undefined));
}

/** "🏷 Products" on an entry card: the day's products and their orders, then the card with COGS from them. */
export function createPickProductsConversation(deps: BotDeps) {
  return async function pickProducts(conversation: BotConversation, ctx: Context, args?: PickProductsArgs) {
    const flow = await shopFlowStart(conversation, deps);
    if (!flow || !args) return;
    const { owner, shop, t, renderer, shopSettings } = flow;
    const start = await conversation.external(async (octx) => {
      const found = await findOwnDraft(octx.deps.db, args.draftId, owner.userId);
      if (found.status !== 'ok' || found.draft.shopId !== shop.id) return null;
      const products = await listProducts(octx.deps.db, await shopSettings(octx));
      return { orders: found.draft.orders, date: found.draft.recordDate, products };
    });
    if (!start || start.products.length === 0 || start.orders === 0) {
      await say(flow, ctx, t('common-stale-button'));
      return;
    }
    // A product deleted meanwhile is refused by name, and the picking starts over with those left.
    let products = start.products;
    let card: EntryCard | undefined;
    while (!card) {
      const lines = await askProductLines(flow, ctx, { ...start, products });
      if (!lines) return;
      const outcome = await conversation.external(async (octx) => {
        const settings = await shopSettings(octx);
        const result = await pickDraftProducts(octx.deps.db, settings, args.draftId, owner.userId, lines);
        if (result.status === 'picked') return { card: result.card };
        if (result.status !== 'gone') return null;
        return { gone: result.names, products: await listProducts(octx.deps.db, settings) };
      });
      if (!outcome) {
        await say(flow, ctx, t('common-stale-button'));
        return;
      }
      if ('card' in outcome) {
        card = outcome.card;
        break;
      }
      products = outcome.products;
      await say(flow, ctx, t('entry-products-gone', { names: outcome.gone.join(', ') }));
      if (products.length === 0) {
        await say(flow, ctx, t('entry-products-none-left'));
        return;
      }
    }
    if (!card) return;
    await say(flow, ctx, renderEntryCard(card, shop.name, renderer), entryCardButtons(card, renderer));
    await takeButtonsOff(flow, ctx.chatId, args.cardMessageId);
  };
}
