/**
 * The largest values the bot accepts, chosen so that every figure computed from them stays an exact integer.
 *
 * Money is whole đồng held in JS numbers (and BIGINT columns read in number mode), so the bound every
 * computed figure must keep is Number.MAX_SAFE_INTEGER = 2^53 − 1 ≈ 9.007e15, well below BIGINT's
 * 2^63 − 1 ≈ 9.22e18. Per field:
 * - an amount (a day's revenue or ad spend, an ad's spend or revenue, a monthly goal, a /simulate target):
 *   MAX_MONEY_VND = 10^12;
 * - a count of a day's orders or leads (and an ad's orders and leads): MAX_COUNT = 10^5;
 * - a product's sell price or unit cost: MAX_UNIT_PRICE_VND = 10^8;
 * - an ad's impressions or clicks: MAX_AD_VIEWS = 10^10 (they only divide: CTR, CPM);
 * - settings keep their own bounds: shipping per order ≤ 10^7, daily fixed cost ≤ 10^9, return rate ≤ 0,9,
 *   payment fee ≤ 0,5.
 * One day's figures are then at most: revenue 10^12; COGS or product sales Σ orders × unit price ≤
 * 10^5 × 10^8 = 10^13; shipping orders × shipping × (1 + r) ≤ 10^5 × 10^7 × 1,9 = 1,9·10^12; payment fee
 * 5·10^11; ad spend 10^12; fixed cost 10^9. So any day's figure, net profit included, lies within ±DAY_BOUND_VND
 * (1,4401·10^13), a month of 31 days within ±4,5·10^14 and a year within ±5,3·10^15: sums over up to
 * SAFE_SUM_DAYS (625) days of maximal days stay exact. A growth simulation divides by AOV and CVR, which can
 * be tiny, so its results are checked one by one (fitsSafely) and a result past the bound is refused.
 */
export const MAX_MONEY_VND = 1_000_000_000_000;

/** The largest order or lead count one field accepts (a day's, or an ad's). */
export const MAX_COUNT = 100_000;

/** The largest sell price or unit cost of one product. */
export const MAX_UNIT_PRICE_VND = 100_000_000;

/** The largest impressions or clicks count of an ad. */
export const MAX_AD_VIEWS = 10_000_000_000;

/** Bounds of the settings that multiply a day's orders (see settings-catalog). */
const MAX_SHIPPING_PER_ORDER_VND = 10_000_000;
const MAX_RETURN_RATE = 0.9;
const MAX_PAYMENT_FEE_RATIO = 0.5;
const MAX_DAILY_FIXED_COST_VND = 1_000_000_000;

/** The largest absolute value any one day's figure can take from accepted inputs (see above). */
export const DAY_BOUND_VND =
  MAX_MONEY_VND + // revenue
  MAX_COUNT * MAX_UNIT_PRICE_VND + // COGS from product lines (cost ≤ price)
  MAX_COUNT * MAX_SHIPPING_PER_ORDER_VND * (1 + MAX_RETURN_RATE) + // shipping, out and back
  MAX_MONEY_VND * MAX_PAYMENT_FEE_RATIO + // payment fee
  MAX_MONEY_VND + // ad spend
  MAX_DAILY_FIXED_COST_VND;

/** How many maximal days a sum can add up and stay an exact integer. */
export const SAFE_SUM_DAYS = Math.floor(Number.MAX_SAFE_INTEGER / DAY_BOUND_VND);

/** Whether a computed figure is finite and within ±Number.MAX_SAFE_INTEGER (so exact, and fits BIGINT). */
export function fitsSafely(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER;
}
