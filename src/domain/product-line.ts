import { cleanName } from './display-name.js';
import { MAX_UNIT_PRICE_VND } from './input-limits.js';
import { moneyWordKind, parseMoney } from './money.js';
import { err, ok, type ParseResult } from './parse-result.js';

/** The longest product name kept (it is shown on buttons and cards). */
export const MAX_PRODUCT_NAME = 48;

/** A product as the owner types it: name, sell price and COGS of one unit (VND). */
export interface ProductLine {
  name: string;
  sellPrice: number;
  cogs: number;
}

export type ProductNameError = 'empty' | 'no-letter-or-digit' | 'too-long' | 'command';

/**
 * Why a product cannot be priced so: a sell price of 0 has no margin; a cost above the price is refused
 * (almost always the two numbers swapped). A cost equal to the price is allowed: it never breaks even.
 */
export type ProductPriceError = 'zero-price' | 'cost-above-price';

export type ProductLineError =
  | 'missing-values'
  | 'bad-price'
  | 'bad-cost'
  | 'price-too-large'
  | ProductPriceError
  | `name-${ProductNameError}`;

/**
 * A product name as stored: cleaned as every name is (see cleanName); refused when nothing is left, when it
 * holds no letter or digit, when it is over MAX_PRODUCT_NAME or when it reads as a command.
 */
export function parseProductName(input: string): ParseResult<string, ProductNameError> {
  const cleaned = cleanName(input, MAX_PRODUCT_NAME);
  if (!cleaned.ok) return err(cleaned.reason);
  if (cleaned.name.startsWith('/')) return err('command');
  return ok(cleaned.name);
}

/** Checks a price and cost pair (see ProductPriceError). */
export function checkProductPrices(sellPrice: number, cogs: number): ProductPriceError | null {
  if (sellPrice <= 0) return 'zero-price';
  return cogs > sellPrice ? 'cost-above-price' : null;
}

/**
 * The last money value of `words`, with a unit or currency word written apart (`350 k`, `350 nghìn`,
 * `140.000 ₫`) read as part of the number before it; the words before it are returned as `rest`.
 */
function lastMoney(words: string[]): { text: string; rest: string[] } | null {
  if (words.length === 0) return null;
  let start = words.length - 1;
  while (start > 0 && moneyWordKind(words[start]!) !== null) start -= 1;
  return { text: words.slice(start).join(' '), rest: words.slice(0, start) };
}

/**
 * Reads `Váy hoa 350k 140k`: the name is the words before the last two money values, the sell price then
 * the cost of one unit, each in any form parseMoney reads.
 */
export function parseProductLine(input: string): ParseResult<ProductLine, ProductLineError> {
  const words = input.trim().split(/\s+/).filter(Boolean);
  const cost = lastMoney(words);
  const price = cost ? lastMoney(cost.rest) : null;
  if (!cost || !price) return err('missing-values');
  // A unit price is bounded by MAX_UNIT_PRICE_VND, so a day's orders × price stays within the safe bound.
  const cogs = parseMoney(cost.text, MAX_UNIT_PRICE_VND);
  const sellPrice = parseMoney(price.text, MAX_UNIT_PRICE_VND);
  // A value without a digit is a word of the name: the line lacks a number rather than mistypes one.
  if (!/[0-9]/.test(cost.text) || !/[0-9]/.test(price.text) || price.rest.length === 0)
    return err('missing-values');
  if ((!sellPrice.ok && sellPrice.error === 'too-large') || (!cogs.ok && cogs.error === 'too-large'))
    return err('price-too-large');
  if (!sellPrice.ok) return err('bad-price');
  if (!cogs.ok) return err('bad-cost');
  const name = parseProductName(price.rest.join(' '));
  if (!name.ok) return err(`name-${name.error}`);
  const refused = checkProductPrices(sellPrice.value, cogs.value);
  if (refused) return err(refused);
  return ok({ name: name.value, sellPrice: sellPrice.value, cogs: cogs.value });
}
