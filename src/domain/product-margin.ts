import {
  type CostSettings,
  computeDailyMetrics,
  type DailyMetrics,
  type DayInput,
  TARGET_ROAS_FACTOR,
} from './daily-metrics.js';

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
  /** Absent on lines stored without it: the day's own margin is used instead. */
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
 * The margin of a mix of products, weighted by their orders: Σ orders × unit contribution / Σ orders × price.
 * Null when a line has no sell price or the lines sell nothing.
 */
export function blendedMargin(
  lines: readonly Pick<DayProductLine, 'orders' | 'unitCogs' | 'sellPrice'>[],
  settings: VariableCostSettings,
): number | null {
  let contribution = 0;
  let sales = 0;
  for (const line of lines) {
    if (line.sellPrice === undefined) return null;
    contribution +=
      line.orders * unitContribution({ sellPrice: line.sellPrice, unitCogs: line.unitCogs }, settings);
    sales += line.orders * line.sellPrice;
  }
  return sales > 0 ? contribution / sales : null;
}

/**
 * A day's metrics: when products were picked, COGS = Σ orders × unit COGS instead of revenue × cogs ratio,
 * and break-even ROAS = 1 / the products' blended margin (the day's own margin when a line has no price);
 * without product lines, the COGS ratio's day.
 */
export function computeDayWithProducts(
  input: DayInput,
  settings: CostSettings,
  lines: readonly DayProductLine[] | null | undefined,
): DailyMetrics {
  if (!lines || lines.length === 0) return computeDailyMetrics(input, settings);
  return withProductsMargin(
    computeDailyMetrics(input, settings, productLinesCogs(lines)),
    input,
    settings,
    lines,
  );
}

/** A day with product lines: break-even ROAS from their blended margin (the day's own when a line has no price). */
export function withProductsMargin(
  day: DailyMetrics,
  input: DayInput,
  settings: CostSettings,
  lines: readonly DayProductLine[],
): DailyMetrics {
  const grossMarginRatio = blendedMargin(lines, settings) ?? day.grossMarginRatio;
  const breakEvenRoas = breakEvenRoasOf(grossMarginRatio);
  const targetRoas =
    settings.targetRoas ?? (breakEvenRoas === null ? null : breakEvenRoas * TARGET_ROAS_FACTOR);
  return {
    ...day,
    grossMarginRatio,
    breakEvenRoas,
    targetRoas,
    roasVsBreakEven: compareRoas(input, grossMarginRatio),
  };
}

/** ROAS against 1 / margin, as revenue × margin against ad spend; 'below' when the margin is not positive. */
function compareRoas(input: DayInput, margin: number): DailyMetrics['roasVsBreakEven'] {
  if (input.adSpend <= 0) return null;
  const covered = input.revenue * margin;
  if (covered > input.adSpend) return 'above';
  return covered < input.adSpend ? 'below' : 'equal';
}
