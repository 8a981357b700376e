import { type BasisSums, funnelBasis } from '../../src/domain/funnel-basis.js';

/** 28 days of 10 orders, 5.000.000 ₫, 1.000.000 ₫ of ads, 50 leads: AOV 500.000 ₫, CVR 20 %, CPL 20.000 ₫. */
export const SHOP_28_DAYS: BasisSums = {
  orders: 280,
  revenue: 140_000_000,
  adSpend: 28_000_000,
  leads: 1_400,
  daysRecorded: 28,
};

/** The funnel of `sums`, which must have one. */
export function okBasis(sums: BasisSums) {
  const basis = funnelBasis(sums);
  if (!basis.ok) throw new Error(basis.gap);
  return basis;
}
