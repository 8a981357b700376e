import { formatMoney } from '../../domain/format.js';
import {
  hasOtherCosts,
  type NetProfitFigures,
  type NetProfitTerm,
  netProfitTerms,
} from '../../domain/net-profit-terms.js';
import type { Renderer } from '../../i18n/translator.js';

/** The line of each cost taken off the delivered revenue. */
const COST_KEYS: Record<Exclude<NetProfitTerm, 'returnedRevenue'>, string> = {
  cogs: 'breakdown-cogs',
  shippingCost: 'breakdown-shipping',
  paymentFees: 'breakdown-fee',
  adSpend: 'breakdown-ads',
  fixedCost: 'breakdown-fixed',
};

/**
 * How net profit is made, one line per part, for the net profit line that follows them: the delivered
 * revenue (revenue − returns), then each cost taken off it, those not zero. None for a shop whose only costs
 * are the goods and the ads (its net profit reads as it always did). `cogsLine` (the products' COGS as
 * counted) stands for the COGS line when given.
 */
export function renderProfitParts(
  figures: NetProfitFigures,
  { locale, t }: Renderer,
  cogsLine: string | null = null,
): string[] {
  if (!hasOtherCosts(figures)) return [];
  const money = (v: number) => formatMoney(v, locale);
  const { revenue, returnedRevenue } = figures;
  const lines = [
    returnedRevenue === 0
      ? t('breakdown-revenue', { value: money(revenue) })
      : t('breakdown-delivered', {
          delivered: money(revenue - returnedRevenue),
          revenue: money(revenue),
          returned: money(returnedRevenue),
        }),
  ];
  for (const { term, amount } of netProfitTerms(figures)) {
    if (term === 'returnedRevenue') continue;
    lines.push(
      term === 'cogs' && cogsLine !== null
        ? t('breakdown-less', { part: cogsLine })
        : t(COST_KEYS[term], { value: money(amount) }),
    );
  }
  return lines;
}
