import type { AdBasis } from './ad-basis.js';
import { raisedBudget } from './ad-budget.js';
import { divideRounded } from './rounding.js';

export type AdDecisionKind = 'SCALE' | 'KEEP' | 'KILL';

/** What the owner typed about one ad: money in VND, counts whole; impressions and clicks optional. */
export interface AdInput {
  daysRunning: number;
  spend: number;
  leads: number;
  orders: number;
  revenue: number;
  impressions: number | null;
  clicks: number | null;
}

/** The shop's settings for ad decisions. */
export interface AdRules {
  minDays: number;
  minSpend: number;
  killMultiplier: number;
  minConversions: number;
  /** Budget step on SCALE as a fraction (0.2 = +20 %). */
  scaleStepRatio: number;
  /** CTR as a fraction (0.01 = 1 %). */
  minCtr: number;
  minImpressions: number;
}

/** One reason, as a message code and the numbers it shows (VND whole, fractions, ratios, counts). */
export interface AdReason {
  code: string;
  params: Record<string, number>;
}

export interface AdJudgement {
  decision: AdDecisionKind;
  /** Why, in numbers; for KEEP the last one is the single most useful change (code `change-…`). */
  reasons: AdReason[];
  /** On SCALE: today's daily budget (spend / days) and the suggested one, rounded to 10.000 ₫, VND. */
  budget: { current: number; next: number; stepRatio: number } | null;
}

/** The multiple of break-even CPA an ad below break-even ROAS must have spent before it is killed. */
export const ROAS_KILL_CPA_MULTIPLE = 2;

const reason = (code: string, params: Record<string, number>): AdReason => ({ code, params });

/** The ad's ROAS, null without spend. */
export function adRoas(input: Pick<AdInput, 'revenue' | 'spend'>): number | null {
  return input.spend > 0 ? input.revenue / input.spend : null;
}

/** The ad's CPL in whole VND, null without leads. */
export function adCpl(input: Pick<AdInput, 'spend' | 'leads'>): number | null {
  return input.leads > 0 ? divideRounded(input.spend, input.leads) : null;
}

/** The ad's CTR as a fraction, null without both impressions and clicks. */
export function adCtr(input: Pick<AdInput, 'impressions' | 'clicks'>): number | null {
  const { impressions, clicks } = input;
  return impressions !== null && clicks !== null && impressions > 0 ? clicks / impressions : null;
}

/** Rule 1: money burnt with nothing back, or (past the minimum days) ROAS below break-even after 2 × CPA. */
function killReasons(input: AdInput, basis: AdBasis, rules: AdRules): AdReason[] {
  const { spend, orders, leads } = input;
  const m = rules.killMultiplier;
  const reasons: AdReason[] = [];
  const cpa = basis.breakEvenCpa;
  const noOrder = cpa !== null && orders === 0 && spend > 0 && spend >= m * cpa;
  if (noOrder) reasons.push(reason('kill-no-order', { spend, multiplier: m, cpa }));
  const cpl = basis.breakEvenCpl;
  if (cpl !== null && leads === 0 && spend > 0 && spend >= m * cpl)
    reasons.push(reason('kill-no-lead', { spend, multiplier: m, cpl }));
  const roas = adRoas(input);
  const breakEven = basis.breakEvenRoas;
  if (
    !noOrder &&
    roas !== null &&
    breakEven !== null &&
    cpa !== null &&
    input.daysRunning >= rules.minDays &&
    roas < breakEven &&
    spend >= ROAS_KILL_CPA_MULTIPLE * cpa
  ) {
    reasons.push(
      reason('kill-roas', { roas, breakEvenRoas: breakEven, spend, multiplier: ROAS_KILL_CPA_MULTIPLE, cpa }),
    );
  }
  return reasons;
}

/** Rule 2: too young or too little spent to say; each reason says what is missing. */
function learningReasons(input: AdInput, rules: AdRules): AdReason[] {
  const { daysRunning: days, spend } = input;
  const { minDays, minSpend } = rules;
  const reasons: AdReason[] = [];
  if (days < minDays) reasons.push(reason('learning-days', { days, minDays, missingDays: minDays - days }));
  if (spend < minSpend)
    reasons.push(reason('learning-spend', { spend, minSpend, missingSpend: minSpend - spend }));
  return reasons;
}

/** Rule 3: every SCALE condition, met or not, with its numbers. */
function scaleChecks(input: AdInput, basis: AdBasis, rules: AdRules) {
  const roas = adRoas(input);
  const cpl = adCpl(input);
  const roasOk = roas !== null && basis.scaleRoas !== null && roas >= basis.scaleRoas;
  const cplOk = cpl !== null && basis.breakEvenCpl !== null && cpl <= basis.breakEvenCpl;
  const ordersOk = input.orders >= rules.minConversions;
  return { roas, cpl, roasOk, cplOk, ordersOk };
}

/**
 * Today's budget is spend / days in whole VND. The new one is spend / days × (1 + step), computed exactly
 * (the step is numeric(5,4), so × 10^4 is whole) and then rounded as an owner types it into an ads
 * manager (to 10.000 ₫, still a raise).
 */
function scaledBudget(input: AdInput, step: number) {
  const stepParts = Math.round(step * 10_000);
  const current = divideRounded(input.spend, input.daysRunning);
  const raised = (input.spend * (10_000 + stepParts)) / (input.daysRunning * 10_000);
  return { current, next: raisedBudget(current, raised), stepRatio: step };
}

/**
 * Rule 4's single most useful change: leads that do not turn into orders are a closing problem (reply time,
 * follow-up), not an ad problem; leads dearer than break-even need a new creative or targeting (the creative
 * first when its CTR is low too); a low CTR alone needs a new creative; spend with no order needs its
 * content and audience checked; otherwise what SCALE still needs (ROAS, orders, or a CPL to compare).
 */
function keepChange(input: AdInput, basis: AdBasis, rules: AdRules): AdReason {
  const { roas, cpl, cplOk } = scaleChecks(input, basis, rules);
  const ctr = adCtr(input);
  const lowCtr = ctr !== null && (input.impressions ?? 0) >= rules.minImpressions && ctr < rules.minCtr;
  const adCvr = input.leads > 0 ? input.orders / input.leads : null;
  const fewOrders =
    adCvr !== null && (basis.cvr !== null ? adCvr < basis.cvr : input.orders < rules.minConversions);
  if (cpl !== null && basis.breakEvenCpl !== null && !cplOk) {
    return lowCtr && ctr !== null
      ? reason('change-low-ctr', { ctr, minCtr: rules.minCtr })
      : reason('change-high-cpl', { cpl, breakEvenCpl: basis.breakEvenCpl });
  }
  if (fewOrders && adCvr !== null) {
    return reason('change-closing', {
      leads: input.leads,
      orders: input.orders,
      cvr: adCvr,
      ...(basis.cvr !== null && { shopCvr: basis.cvr }),
    });
  }
  if (lowCtr && ctr !== null) return reason('change-low-ctr', { ctr, minCtr: rules.minCtr });
  // Spend with no order yet, and no break-even CPA to say when it is too much (else rule 1 had decided).
  if (input.orders === 0) return reason('change-no-orders', { spend: input.spend });
  if (roas !== null && basis.scaleRoas !== null && roas < basis.scaleRoas)
    return reason('change-raise-roas', { roas, scaleRoas: basis.scaleRoas });
  if (input.orders < rules.minConversions)
    return reason('change-more-orders', { orders: input.orders, minOrders: rules.minConversions });
  // ROAS and orders would scale, but the ad's CPL cannot be held against a break-even CPL.
  return reason('change-need-cpl', {});
}

/** What KEEP is based on: ROAS against break-even and the scale ROAS, when both are known. */
function keepReasons(input: AdInput, basis: AdBasis): AdReason[] {
  const roas = adRoas(input);
  if (roas === null || basis.breakEvenRoas === null || basis.scaleRoas === null) return [];
  return [reason('keep-roas', { roas, breakEvenRoas: basis.breakEvenRoas, scaleRoas: basis.scaleRoas })];
}

/**
 * SCALE / KEEP / KILL for one ad, in this order (docs/product.md): KILL when money was burnt with nothing
 * back (even a young ad) or ROAS stays below break-even past the minimum days; KEEP while learning; SCALE
 * when ROAS, CPL and orders all qualify (with the new daily budget); else KEEP with the one change to make.
 */
export function judgeAd(input: AdInput, basis: AdBasis, rules: AdRules): AdJudgement {
  const kill = killReasons(input, basis, rules);
  if (kill.length > 0) return { decision: 'KILL', reasons: kill, budget: null };
  const learning = learningReasons(input, rules);
  if (learning.length > 0) return { decision: 'KEEP', reasons: learning, budget: null };
  const checks = scaleChecks(input, basis, rules);
  if (checks.roasOk && checks.cplOk && checks.ordersOk) {
    return {
      decision: 'SCALE',
      reasons: [
        reason('scale-roas', { roas: checks.roas!, scaleRoas: basis.scaleRoas! }),
        reason('scale-cpl', { cpl: checks.cpl!, breakEvenCpl: basis.breakEvenCpl! }),
        reason('scale-orders', { orders: input.orders, minOrders: rules.minConversions }),
      ],
      budget: scaledBudget(input, rules.scaleStepRatio),
    };
  }
  return {
    decision: 'KEEP',
    reasons: [...keepReasons(input, basis), keepChange(input, basis, rules)],
    budget: null,
  };
}
