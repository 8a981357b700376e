import { type CostSettings, computeDailyMetrics, type DailyMetrics, type DayInput } from './daily-metrics.js';

/** A product as its margin needs it: sell price and COGS of one unit, in VND. */
export interface ProductPrice {
  sellPrice: number;
  unitCogs: number;
}

/**
 * One product line of a day: how many of the day's orders were this product, at its unit COGS (and sell
 * price, for the blended margin) as they were when the day was entered.
 */
export interface DayProductLine {
  presetId: string;
  name: string;
  orders: number;
  unitCogs: number;
  /** The product's sell price when the day was entered; absent on lines stored without it. */
  sellPrice?: number;
}

type VariableCostSettings = Pick<CostSettings, 'paymentFeeRatio' | 'shippingCostPerOrder' | 'codReturnRate'>;

/**
 * What one unit sold leaves after its variable costs, with return rate r: (price − unit COGS − price × payment
 * fee) × (1 − r) − shipping per order × (1 + r). With r = 0: price − unit COGS − price × fee − shipping.
 */
function unitContribution(product: ProductPrice, settings: VariableCostSettings): number {
  const r = settings.codReturnRate ?? 0;
  const kept = product.sellPrice - product.unitCogs - product.sellPrice * settings.paymentFeeRatio;
  return kept - kept * r - settings.shippingCostPerOrder * (1 + r);
}

/** A product's margin ratio = its unit contribution (after returns) / price; null at price 0. */
export function productMargin(product: ProductPrice, settings: VariableCostSettings): number | null {
  if (product.sellPrice <= 0) return null;
  return unitContribution(product, settings) / product.sellPrice;
}

/** Break-even ROAS = 1 / margin; null when the margin is not positive (ads can never break even). */
export function breakEvenRoasOf(margin: number | null): number | null {
  return margin !== null && margin > 0 ? 1 / margin : null;
}

/** The day's COGS from its product lines: Σ orders × unit COGS (whole VND). */
export function productLinesCogs(lines: readonly Pick<DayProductLine, 'orders' | 'unitCogs'>[]): number {
  return lines.reduce((sum, line) => sum + line.orders * line.unitCogs, 0);
}

/**
 * A day's metrics: when products were picked, COGS = Σ orders × unit COGS instead of revenue × cogs ratio;
 * break-even ROAS is the day's own, on its actual revenue and costs, either way.
 */
export function computeDayWithProducts(
  input: DayInput,
  settings: CostSettings,
  lines: readonly DayProductLine[] | null | undefined,
): DailyMetrics {
  if (!lines || lines.length === 0) return computeDailyMetrics(input, settings);
  return computeDailyMetrics(input, settings, productLinesCogs(lines));
}
