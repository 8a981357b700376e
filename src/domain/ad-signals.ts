import type { AdBasis } from './ad-basis.js';
import { type AdInput, adCpl, adCtr } from './ad-judgement.js';
import { divideRounded, multiplyRounded } from './rounding.js';

/** One early-kill signal: what was measured and the threshold it crossed (VND whole, CTR a fraction). */
export interface EarlyKillSignal {
  code: 'low-ctr' | 'high-cpl' | 'no-lead' | 'cpm-spike';
  value: number;
  threshold: number;
}

export interface SignalRules {
  minCtr: number;
  minImpressions: number;
  minSpend: number;
  cpmSpikeMultiplier: number;
}

/** The ad's figures the last time it was judged, for its CPM then. */
export interface PreviousAdFigures {
  spend: number;
  impressions: number | null;
}

/** Multiples of the target CPL: CPL above 2× after the minimum spend, no lead after 3× in spend. */
export const HIGH_CPL_MULTIPLE = 2;
export const NO_LEAD_CPL_MULTIPLE = 3;

/** Cost per thousand impressions in whole VND, null without impressions. */
export function cpmOf(spend: number, impressions: number | null): number | null {
  return impressions !== null && impressions > 0 ? divideRounded(spend * 1000, impressions) : null;
}

/**
 * The early-kill signals of docs/product.md: CTR below the minimum after the minimum impressions, CPL above
 * 2× the target CPL after the minimum spend, no lead after 3× the target CPL in spend, and CPM above
 * the spike multiplier × the ad's own CPM the last time it was judged.
 */
export function detectEarlyKillSignals(
  input: AdInput,
  basis: Pick<AdBasis, 'breakEvenCpl'>,
  rules: SignalRules,
  previous: PreviousAdFigures | null,
): EarlyKillSignal[] {
  const signals: EarlyKillSignal[] = [];
  const ctr = adCtr(input);
  if (ctr !== null && (input.impressions ?? 0) >= rules.minImpressions && ctr < rules.minCtr)
    signals.push({ code: 'low-ctr', value: ctr, threshold: rules.minCtr });
  const target = basis.breakEvenCpl;
  const cpl = adCpl(input);
  if (target !== null) {
    const high = HIGH_CPL_MULTIPLE * target;
    if (cpl !== null && input.spend >= rules.minSpend && cpl > high)
      signals.push({ code: 'high-cpl', value: cpl, threshold: high });
    const noLead = NO_LEAD_CPL_MULTIPLE * target;
    if (input.leads === 0 && input.spend > 0 && input.spend >= noLead)
      signals.push({ code: 'no-lead', value: input.spend, threshold: noLead });
  }
  const cpm = cpmOf(input.spend, input.impressions);
  const before = previous ? cpmOf(previous.spend, previous.impressions) : null;
  if (cpm !== null && before !== null) {
    const spike = multiplyRounded(before, rules.cpmSpikeMultiplier);
    if (cpm > spike) signals.push({ code: 'cpm-spike', value: cpm, threshold: spike });
  }
  return signals;
}
