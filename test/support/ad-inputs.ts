import type { AdBasis } from '../../src/domain/ad-basis.js';
import type { AdInput } from '../../src/domain/ad-judgement.js';

/**
 * The issue's shop as reference numbers: AOV 500.000, CVR 20 %, margin 0,6, break-even CPA 300.000,
 * CPL 60.000, ROAS 1 / 0,6 = 1,67, scale ROAS × 1,3 = 2,17.
 */
export const ISSUE_BASIS: AdBasis = {
  recordedDays: 14,
  aov: 500_000,
  cvr: 0.2,
  margin: 0.6,
  breakEvenCpa: 300_000,
  breakEvenCpl: 60_000,
  breakEvenRoas: 1 / 0.6,
  scaleRoas: 1.3 / 0.6,
  sources: { cpa: 'derived', cpl: 'derived', roas: 'derived', scaleRoas: 'derived' },
};

/** An ad's figures: 4 days, nothing spent or earned, unless `fields` say otherwise. */
export function adInput(fields: Partial<AdInput>): AdInput {
  return {
    daysRunning: 4,
    spend: 0,
    leads: 0,
    orders: 0,
    revenue: 0,
    impressions: null,
    clicks: null,
    ...fields,
  };
}
