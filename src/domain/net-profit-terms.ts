/** What a day's or a week's net profit is made of (whole VND): revenue and everything taken off it. */
export interface NetProfitFigures {
  revenue: number;
  /** Revenue of the COD parcels returned: never collected. */
  returnedRevenue: number;
  cogs: number;
  shippingCost: number;
  paymentFees: number;
  adSpend: number;
  fixedCost: number;
}

/** A term taken off revenue to make net profit, in the order it is shown. */
export type NetProfitTerm = Exclude<keyof NetProfitFigures, 'revenue'>;

export const NET_PROFIT_TERMS: readonly NetProfitTerm[] = [
  'returnedRevenue',
  'cogs',
  'shippingCost',
  'paymentFees',
  'adSpend',
  'fixedCost',
];

/** Net profit: revenue minus every term it subtracts. */
export function netProfitOf(figures: NetProfitFigures): number {
  return NET_PROFIT_TERMS.reduce((net, term) => net - figures[term], figures.revenue);
}

/** Costs beyond the goods and the ads: a shop without any is shown its net profit as before, unsplit. */
const OTHER_COSTS: readonly NetProfitTerm[] = ['returnedRevenue', 'shippingCost', 'paymentFees', 'fixedCost'];

/**
 * The terms net profit subtracts from revenue, those not zero, in NET_PROFIT_TERMS order: revenue minus
 * their amounts is the net profit.
 */
export function netProfitTerms(figures: NetProfitFigures): { term: NetProfitTerm; amount: number }[] {
  return NET_PROFIT_TERMS.filter((term) => figures[term] !== 0).map((term) => ({
    term,
    amount: figures[term],
  }));
}

/** Whether any of returns, shipping, payment fee or fixed cost is not zero, so net profit is shown split. */
export function hasOtherCosts(figures: NetProfitFigures): boolean {
  return OTHER_COSTS.some((term) => figures[term] !== 0);
}
