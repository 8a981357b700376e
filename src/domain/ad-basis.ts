import { settingsMargin, TARGET_ROAS_FACTOR } from './daily-metrics.js';
import { MIN_BASIS_DAYS } from './funnel-basis.js';
import { divideRounded } from './rounding.js';
import { computeWeekPnl, type WeekTotals } from './week-totals.js';

/** The sums of a shop's recorded days in the window (money in VND; COGS as stored on each day). */
export type BasisTotals = Omit<WeekTotals, 'daysInPeriod'>;

/**
 * The settings the reference numbers read: cost model and the ads targets the owner may have set; the CPL
 * alert ceiling (`maxCpl`) is an alert threshold, never a target: it is carried to be shown apart.
 */
export interface AdBasisSettings {
  cogsRatio: number;
  paymentFeeRatio: number;
  shippingCostPerOrder: number;
  /** Share of COD parcels returned (0.15 = 15 %); 0 when absent. */
  codReturnRate?: number;
  targetCpa: number | null;
  targetCpl: number | null;
  maxCpl: number | null;
  targetRoas: number | null;
  adScaleRoas: number | null;
}

export type AdBasisSource = 'derived' | 'owner';
export type AdBasisKey = 'cpa' | 'cpl' | 'roas' | 'scaleRoas';

/** The numbers an ad is judged against: VND whole, CVR and margin as fractions, ROAS as ratios. */
export interface AdBasis {
  recordedDays: number;
  aov: number | null;
  cvr: number | null;
  margin: number | null;
  breakEvenCpa: number | null;
  breakEvenCpl: number | null;
  breakEvenRoas: number | null;
  scaleRoas: number | null;
  /** 'owner' where the owner's own target (CPA, CPL, scale ROAS) stands in for the derived number. */
  sources: Partial<Record<AdBasisKey, AdBasisSource>>;
  /** The owner's CPL alert ceiling (daily alerts): no ad is judged by it; absent on bases stored before it. */
  alertMaxCpl?: number | null;
}

/** Whether the shop's own days were enough to derive AOV, CVR and margin. */
export function hasEnoughDays(basis: Pick<AdBasis, 'recordedDays'>): boolean {
  return basis.recordedDays >= MIN_BASIS_DAYS;
}

interface Derived {
  aov: number | null;
  cvr: number | null;
  margin: number | null;
  cpa: number | null;
  cpl: number | null;
}

const NOTHING: Derived = { aov: null, cvr: null, margin: null, cpa: null, cpl: null };

/**
 * From at least MIN_BASIS_DAYS recorded days: contribution = revenue − returns − stored COGS − payment fee −
 * shipping (the week P&L's formula), margin = contribution / revenue (= 1 − cogs − fee − shipping / AOV
 * without returns), break-even CPA = AOV × margin = contribution / orders, break-even CPL = CPA × CVR =
 * contribution / leads. With fewer days only the margin the cost settings give on their own ((1 − cogs −
 * fee) × (1 − return rate), when there is no shipping cost per order).
 */
function derive(totals: BasisTotals, settings: AdBasisSettings): Derived {
  if (totals.daysRecorded < MIN_BASIS_DAYS) {
    if (settings.shippingCostPerOrder > 0) return NOTHING;
    return { ...NOTHING, margin: settingsMargin(settings) };
  }
  const { orders, revenue, leads } = totals;
  if (revenue <= 0 || orders <= 0) return NOTHING;
  const { contribution } = computeWeekPnl(
    { ...totals, daysInPeriod: totals.daysRecorded },
    { ...settings, dailyFixedCost: 0, targetRoas: null },
  );
  const positive = contribution > 0;
  return {
    aov: divideRounded(revenue, orders),
    cvr: leads > 0 ? orders / leads : null,
    margin: contribution / revenue,
    cpa: positive ? divideRounded(contribution, orders) : null,
    cpl: positive && leads > 0 ? divideRounded(contribution, leads) : null,
  };
}

/** An owner's value when set, else the derived one, with where it came from (no source when neither). */
function pick(owner: number | null, derived: number | null, key: AdBasisKey, into: AdBasis['sources']) {
  if (owner !== null) {
    into[key] = 'owner';
    return owner;
  }
  if (derived !== null) into[key] = 'derived';
  return derived;
}

/**
 * The reference numbers of an ad judgement (docs/product.md "SCALE / KEEP / KILL"): break-even CPA, CPL and
 * ROAS derived from the last 28 days, CPA and CPL each replaced by the owner's own target when set, and the
 * ROAS to scale at (the ad scale ROAS, else the target ROAS, else break-even × 1.3). The CPL alert ceiling is
 * an alert threshold, not a target: it replaces nothing.
 */
export function computeAdBasis(totals: BasisTotals, settings: AdBasisSettings): AdBasis {
  const derived = derive(totals, settings);
  const sources: AdBasis['sources'] = {};
  const breakEvenRoas = derived.margin !== null && derived.margin > 0 ? 1 / derived.margin : null;
  if (breakEvenRoas !== null) sources.roas = 'derived';
  const derivedScale = breakEvenRoas === null ? null : breakEvenRoas * TARGET_ROAS_FACTOR;
  return {
    recordedDays: totals.daysRecorded,
    aov: derived.aov,
    cvr: derived.cvr,
    margin: derived.margin,
    breakEvenCpa: pick(settings.targetCpa, derived.cpa, 'cpa', sources),
    breakEvenCpl: pick(settings.targetCpl, derived.cpl, 'cpl', sources),
    breakEvenRoas,
    scaleRoas: pick(settings.adScaleRoas ?? settings.targetRoas, derivedScale, 'scaleRoas', sources),
    sources,
    alertMaxCpl: settings.maxCpl,
  };
}

/** The reference numbers no judgement could use, in a fixed order (empty when all are known). */
export function missingBasis(basis: AdBasis): AdBasisKey[] {
  const values: Record<AdBasisKey, number | null> = {
    cpa: basis.breakEvenCpa,
    cpl: basis.breakEvenCpl,
    roas: basis.breakEvenRoas,
    scaleRoas: basis.scaleRoas,
  };
  return (Object.keys(values) as AdBasisKey[]).filter((key) => values[key] === null);
}
