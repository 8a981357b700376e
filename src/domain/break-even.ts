/**
 * Break-even ROAS of a day or a week on its actual figures: revenue / contribution, the contribution being
 * revenue − returns − COGS − shipping − payment fee (what is left to pay for ads and fixed costs), i.e.
 * 1 / margin. Without revenue, 1 / `marginWithoutRevenue` (the margin the cost settings give). Null when the
 * margin is not positive: ads can never break even.
 */
export function periodBreakEvenRoas(
  revenue: number,
  contribution: number,
  marginWithoutRevenue: number,
): number | null {
  const margin = revenue > 0 ? contribution / revenue : marginWithoutRevenue;
  if (margin <= 0) return null;
  // revenue / contribution rather than 1 / margin: at break-even it is the very float ROAS is, so a rule
  // comparing the two sees a tie as a tie.
  return revenue > 0 ? revenue / contribution : 1 / margin;
}
