import { describe, expect, it } from 'vitest';
import type { AdBasis } from '../../src/domain/ad-basis.js';
import { type AdInput, type AdRules, judgeAd } from '../../src/domain/ad-judgement.js';
import { adInput, ISSUE_BASIS } from '../support/ad-inputs.js';

const BASIS = ISSUE_BASIS;

const RULES: AdRules = {
  minDays: 3,
  minSpend: 300_000,
  killMultiplier: 3,
  minConversions: 3,
  scaleStepRatio: 0.2,
  minCtr: 0.01,
  minImpressions: 1000,
};

/** Váy đỏ's spend unless `fields` say otherwise. */
const ad = (fields: Partial<AdInput>) => adInput({ spend: 1_000_000, ...fields });

describe('judgeAd', () => {
  it('KILLs Váy đỏ: 1.000.000 ≥ 3 × 300.000 with no order, and ≥ 3 × 60.000 with no lead', () => {
    const judgement = judgeAd(ad({}), BASIS, RULES);
    expect(judgement.decision).toBe('KILL');
    expect(judgement.reasons).toEqual([
      { code: 'kill-no-order', params: { spend: 1_000_000, multiplier: 3, cpa: 300_000 } },
      { code: 'kill-no-lead', params: { spend: 1_000_000, multiplier: 3, cpl: 60_000 } },
    ]);
    expect(judgement.budget).toBeNull();
  });

  it('KILLs even a young ad that burnt 3 × CPA without an order (never "learning")', () => {
    const judgement = judgeAd(ad({ daysRunning: 1, spend: 900_000, leads: 20 }), BASIS, RULES);
    expect(judgement.decision).toBe('KILL');
    expect(judgement.reasons.map((r) => r.code)).toEqual(['kill-no-order']);
    // 899.999 is under 3 × 300.000: learning (1 day of 3).
    expect(judgeAd(ad({ daysRunning: 1, spend: 899_999, leads: 20 }), BASIS, RULES).decision).toBe('KEEP');
  });

  it('KILLs past the minimum days when ROAS is below break-even after 2 × CPA', () => {
    // 600.000 spent, 1 order of 500.000: ROAS 0,83 < 1,67 and 600.000 ≥ 2 × 300.000.
    const judgement = judgeAd(
      ad({ daysRunning: 3, spend: 600_000, leads: 10, orders: 1, revenue: 500_000 }),
      BASIS,
      RULES,
    );
    expect(judgement.decision).toBe('KILL');
    expect(judgement.reasons).toEqual([
      {
        code: 'kill-roas',
        params: {
          roas: 500_000 / 600_000,
          breakEvenRoas: 1 / 0.6,
          spend: 600_000,
          multiplier: 2,
          cpa: 300_000,
        },
      },
    ]);
    // Before the minimum days the same ad is still learning.
    const young = judgeAd(
      ad({ daysRunning: 2, spend: 600_000, leads: 10, orders: 1, revenue: 500_000 }),
      BASIS,
      RULES,
    );
    expect(young.decision).toBe('KEEP');
    expect(young.reasons).toEqual([
      { code: 'learning-days', params: { days: 2, minDays: 3, missingDays: 1 } },
    ]);
  });

  it('SCALEs Áo thun: ROAS 5 ≥ 2,17, CPL 20.000 ≤ 60.000, 20 orders; budget 400.000 → 480.000', () => {
    const judgement = judgeAd(
      ad({ daysRunning: 5, spend: 2_000_000, leads: 100, orders: 20, revenue: 10_000_000 }),
      BASIS,
      RULES,
    );
    expect(judgement.decision).toBe('SCALE');
    expect(judgement.reasons).toEqual([
      { code: 'scale-roas', params: { roas: 5, scaleRoas: 1.3 / 0.6 } },
      { code: 'scale-cpl', params: { cpl: 20_000, breakEvenCpl: 60_000 } },
      { code: 'scale-orders', params: { orders: 20, minOrders: 3 } },
    ]);
    expect(judgement.budget).toEqual({ current: 400_000, next: 480_000, stepRatio: 0.2 });
  });

  it('SCALEs with the new budget rounded to 10.000 ₫ as an ads manager takes it: 428.571 → 510.000', () => {
    // 3.000.000 over 7 days = 428.571,43 → 428.571 ₫/day now; × 1,2 = 514.285,71 → 510.000 ₫/day.
    const judgement = judgeAd(
      ad({ daysRunning: 7, spend: 3_000_000, leads: 150, orders: 60, revenue: 15_000_000 }),
      BASIS,
      RULES,
    );
    expect(judgement.decision).toBe('SCALE');
    expect(judgement.budget).toEqual({ current: 428_571, next: 510_000, stepRatio: 0.2 });
  });

  it('keeps Quần learning: 1 day of 3 (2 more) and 100.000 of 300.000 (200.000 more)', () => {
    const judgement = judgeAd(ad({ daysRunning: 1, spend: 100_000, leads: 3 }), BASIS, RULES);
    expect(judgement.decision).toBe('KEEP');
    expect(judgement.reasons).toEqual([
      { code: 'learning-days', params: { days: 1, minDays: 3, missingDays: 2 } },
      { code: 'learning-spend', params: { spend: 100_000, minSpend: 300_000, missingSpend: 200_000 } },
    ]);
  });

  describe('KEEP with the one most useful change', () => {
    it('leads at a good price but few orders: a closing problem', () => {
      // CPL 1.000.000 / 50 = 20.000 ≤ 60.000; CVR 4 / 50 = 8 % < the shop's 20 %; ROAS 2 (< 2,17).
      const judgement = judgeAd(
        ad({ spend: 1_000_000, leads: 50, orders: 4, revenue: 2_000_000 }),
        BASIS,
        RULES,
      );
      expect(judgement.decision).toBe('KEEP');
      expect(judgement.reasons).toEqual([
        { code: 'keep-roas', params: { roas: 2, breakEvenRoas: 1 / 0.6, scaleRoas: 1.3 / 0.6 } },
        { code: 'change-closing', params: { leads: 50, orders: 4, cvr: 0.08, shopCvr: 0.2 } },
      ]);
    });

    it('leads dearer than break-even: creative or targeting; with a low CTR, the creative', () => {
      // CPL 1.000.000 / 10 = 100.000 > 60.000; 5 orders of 2.000.000 ₫: ROAS 2.
      const fields = { spend: 1_000_000, leads: 10, orders: 5, revenue: 2_000_000 };
      expect(judgeAd(ad(fields), BASIS, RULES).reasons.at(-1)).toEqual({
        code: 'change-high-cpl',
        params: { cpl: 100_000, breakEvenCpl: 60_000 },
      });
      // 50 clicks of 10.000 impressions = 0,5 % < 1 %.
      expect(
        judgeAd(ad({ ...fields, impressions: 10_000, clicks: 50 }), BASIS, RULES).reasons.at(-1),
      ).toEqual({
        code: 'change-low-ctr',
        params: { ctr: 0.005, minCtr: 0.01 },
      });
    });

    it('good leads and orders but ROAS under the scale ROAS: what SCALE still needs', () => {
      // CPL 20.000, CVR 20 %, ROAS 2 < 2,17.
      const judgement = judgeAd(
        ad({ spend: 1_000_000, leads: 50, orders: 10, revenue: 2_000_000 }),
        BASIS,
        RULES,
      );
      expect(judgement.reasons.at(-1)).toEqual({
        code: 'change-raise-roas',
        params: { roas: 2, scaleRoas: 1.3 / 0.6 },
      });
    });
  });

  it('without any reference number still applies the learning rules, and never KILLs or SCALEs', () => {
    const none: AdBasis = {
      ...BASIS,
      recordedDays: 2,
      aov: null,
      cvr: null,
      margin: null,
      breakEvenCpa: null,
      breakEvenCpl: null,
      breakEvenRoas: null,
      scaleRoas: null,
      sources: {},
    };
    expect(judgeAd(ad({ daysRunning: 1, spend: 100_000 }), none, RULES).reasons.map((r) => r.code)).toEqual([
      'learning-days',
      'learning-spend',
    ]);
    const judged = judgeAd(ad({ spend: 5_000_000 }), none, RULES);
    expect(judged.decision).toBe('KEEP');
    expect(judged.reasons).toEqual([{ code: 'change-no-orders', params: { spend: 5_000_000 } }]);
    // ROAS 5 and 20 orders, but no break-even CPL to hold the ad's CPL against: KEEP until there is one.
    const noCpl = judgeAd(
      ad({ spend: 2_000_000, leads: 100, orders: 20, revenue: 10_000_000 }),
      { ...none, scaleRoas: 2.17 },
      RULES,
    );
    expect(noCpl).toMatchObject({ decision: 'KEEP', reasons: [{ code: 'change-need-cpl', params: {} }] });
    // Two orders at ROAS 3: fewer than the three SCALE needs.
    const few = judgeAd(
      ad({ spend: 2_000_000, leads: 0, orders: 2, revenue: 6_000_000 }),
      { ...none, scaleRoas: 2.17 },
      RULES,
    );
    expect(few.reasons).toEqual([{ code: 'change-more-orders', params: { orders: 2, minOrders: 3 } }]);
  });
});
