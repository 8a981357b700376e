import { describe, expect, it } from 'vitest';
import { type AdBasisSettings, computeAdBasis, missingBasis } from '../../src/domain/ad-basis.js';
import { NO_DAYS } from '../../src/domain/week-totals.js';

const NO_TARGETS: AdBasisSettings = {
  cogsRatio: 0.4,
  paymentFeeRatio: 0,
  shippingCostPerOrder: 0,
  targetCpa: null,
  targetCpl: null,
  maxCpl: null,
  targetRoas: null,
  adScaleRoas: null,
};

// 14 days of 10 orders, 5.000.000 ₫ revenue, 1.000.000 ₫ ads, 50 leads, COGS 40 % (2.000.000 ₫ a day).
const FOURTEEN_DAYS = {
  ...NO_DAYS,
  orders: 140,
  revenue: 70_000_000,
  adSpend: 14_000_000,
  leads: 700,
  cogs: 28_000_000,
  daysRecorded: 14,
};

describe('computeAdBasis', () => {
  it('derives AOV 500.000, CVR 20 %, margin 0,6, CPA 300.000, CPL 60.000, ROAS 1,67 and scale 2,17', () => {
    const basis = computeAdBasis(FOURTEEN_DAYS, NO_TARGETS);
    expect(basis.aov).toBe(500_000);
    expect(basis.cvr).toBeCloseTo(0.2, 12);
    expect(basis.margin).toBeCloseTo(0.6, 12);
    // contribution 70.000.000 − 28.000.000 = 42.000.000; / 140 orders = 300.000; / 700 leads = 60.000.
    expect(basis.breakEvenCpa).toBe(300_000);
    expect(basis.breakEvenCpl).toBe(60_000);
    expect(basis.breakEvenRoas).toBeCloseTo(70 / 42, 12);
    expect(basis.scaleRoas).toBeCloseTo((70 / 42) * 1.3, 12);
    expect(basis.sources).toEqual({ roas: 'derived', cpa: 'derived', cpl: 'derived', scaleRoas: 'derived' });
    expect(missingBasis(basis)).toEqual([]);
  });

  it('takes the payment fees and shipping the days stored off the contribution', () => {
    // 42.000.000 − 2 % × 70.000.000 (1.400.000) − 140 × 20.000 (2.800.000) = 37.800.000; the days' stored
    // costs count, not what the settings say today.
    const basis = computeAdBasis(
      { ...FOURTEEN_DAYS, paymentFees: 1_400_000, shippingCost: 2_800_000 },
      { ...NO_TARGETS, paymentFeeRatio: 0.05, shippingCostPerOrder: 50_000 },
    );
    expect(basis.breakEvenCpa).toBe(270_000);
    expect(basis.breakEvenCpl).toBe(54_000);
    expect(basis.margin).toBeCloseTo(0.54, 12);
  });

  it('uses what the owner set instead of the derived numbers, and says so', () => {
    const basis = computeAdBasis(FOURTEEN_DAYS, {
      ...NO_TARGETS,
      targetCpa: 250_000,
      maxCpl: 45_000,
      targetRoas: 2.5,
    });
    expect(basis.breakEvenCpa).toBe(250_000);
    // The CPL alert ceiling is an alert threshold, not a target: the CPL stays the derived 60.000, and
    // the ceiling is carried apart.
    expect(basis.breakEvenCpl).toBe(60_000);
    expect(basis.alertMaxCpl).toBe(45_000);
    expect(basis.scaleRoas).toBe(2.5);
    expect(basis.sources).toEqual({ roas: 'derived', cpa: 'owner', cpl: 'derived', scaleRoas: 'owner' });
    // The target CPL replaces the derived CPL, the ad scale ROAS the target ROAS.
    const both = computeAdBasis(FOURTEEN_DAYS, {
      ...NO_TARGETS,
      targetCpl: 40_000,
      maxCpl: 45_000,
      targetRoas: 2.5,
      adScaleRoas: 3,
    });
    expect(both.breakEvenCpl).toBe(40_000);
    expect(both.scaleRoas).toBe(3);
  });

  it('with fewer than 7 days derives only the margin of the cost settings', () => {
    const basis = computeAdBasis({ ...FOURTEEN_DAYS, daysRecorded: 6 }, NO_TARGETS);
    expect(basis).toMatchObject({ aov: null, cvr: null, breakEvenCpa: null, breakEvenCpl: null });
    expect(basis.breakEvenRoas).toBeCloseTo(1 / 0.6, 12);
    expect(missingBasis(basis)).toEqual(['cpa', 'cpl']);
    // With a shipping cost per order the margin needs the AOV: nothing at all.
    const none = computeAdBasis(
      { ...FOURTEEN_DAYS, daysRecorded: 0 },
      { ...NO_TARGETS, shippingCostPerOrder: 1 },
    );
    expect(missingBasis(none)).toEqual(['cpa', 'cpl', 'roas', 'scaleRoas']);
    expect(none.sources).toEqual({});
  });

  it('has no break-even when the days lost money before ads, and no CPL without leads', () => {
    const losing = computeAdBasis({ ...FOURTEEN_DAYS, cogs: 70_000_000 }, NO_TARGETS);
    expect(losing.breakEvenCpa).toBeNull();
    expect(losing.breakEvenRoas).toBeNull();
    const noLeads = computeAdBasis({ ...FOURTEEN_DAYS, leads: 0 }, NO_TARGETS);
    expect(noLeads.breakEvenCpl).toBeNull();
    expect(noLeads.cvr).toBeNull();
    expect(noLeads.breakEvenCpa).toBe(300_000);
  });
});
