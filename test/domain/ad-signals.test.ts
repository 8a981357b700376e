import { describe, expect, it } from 'vitest';
import { cpmOf, detectEarlyKillSignals, type SignalRules } from '../../src/domain/ad-signals.js';
import { adInput } from '../support/ad-inputs.js';

const RULES: SignalRules = { minCtr: 0.01, minImpressions: 1000, minSpend: 300_000, cpmSpikeMultiplier: 1.5 };
const BASIS = { breakEvenCpl: 60_000 };

const ad = adInput;

describe('detectEarlyKillSignals', () => {
  it('CTR below 1 % after 1.000 impressions, not before', () => {
    // 9 clicks of 1.000 impressions = 0,9 %.
    expect(
      detectEarlyKillSignals(ad({ leads: 5, impressions: 1000, clicks: 9 }), BASIS, RULES, null),
    ).toEqual([{ code: 'low-ctr', value: 0.009, threshold: 0.01 }]);
    expect(detectEarlyKillSignals(ad({ leads: 5, impressions: 999, clicks: 0 }), BASIS, RULES, null)).toEqual(
      [],
    );
  });

  it('CPL above 2 × the target CPL once the minimum spend is reached', () => {
    // 400.000 / 3 leads = 133.333 > 120.000.
    expect(detectEarlyKillSignals(ad({ spend: 400_000, leads: 3 }), BASIS, RULES, null)).toEqual([
      { code: 'high-cpl', value: 133_333, threshold: 120_000 },
    ]);
    // 290.000 / 2 = 145.000, but under the minimum spend of 300.000.
    expect(detectEarlyKillSignals(ad({ spend: 290_000, leads: 2 }), BASIS, RULES, null)).toEqual([]);
  });

  it('no lead after 3 × the target CPL (180.000) in spend', () => {
    expect(detectEarlyKillSignals(ad({ spend: 180_000 }), BASIS, RULES, null)).toEqual([
      { code: 'no-lead', value: 180_000, threshold: 180_000 },
    ]);
    expect(detectEarlyKillSignals(ad({ spend: 179_999 }), BASIS, RULES, null)).toEqual([]);
  });

  it('CPM above 1,5 × the ad’s own CPM last time', () => {
    // Before: 100.000 for 10.000 impressions = CPM 10.000; now 400.000 for 20.000 = CPM 20.000 > 15.000.
    const now = ad({ spend: 400_000, leads: 20, impressions: 20_000, clicks: 400 });
    expect(cpmOf(400_000, 20_000)).toBe(20_000);
    expect(detectEarlyKillSignals(now, BASIS, RULES, { spend: 100_000, impressions: 10_000 })).toEqual([
      { code: 'cpm-spike', value: 20_000, threshold: 15_000 },
    ]);
    expect(detectEarlyKillSignals(now, BASIS, RULES, { spend: 150_000, impressions: 10_000 })).toEqual([]);
    expect(detectEarlyKillSignals(now, BASIS, RULES, { spend: 100_000, impressions: null })).toEqual([]);
  });
});
