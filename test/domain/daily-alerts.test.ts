import { describe, expect, it } from 'vitest';
import {
  DAILY_ALERT_ORDER,
  DAILY_ALERT_RULES,
  type DailyAlertSettings,
  detectDailyAlerts,
} from '../../src/domain/daily-alerts.js';
import {
  type CostSettings,
  computeDailyMetrics,
  type DayInput,
  DEFAULT_COST_SETTINGS,
} from '../../src/domain/daily-metrics.js';
import { formatPercent, formatRatio } from '../../src/domain/format.js';
import { rendered } from './rendered.js';

const DEFAULT_ALERT_SETTINGS: DailyAlertSettings = { minCvr: 0.1, maxCpl: null };

function alertsFor(
  input: DayInput,
  settings: Partial<DailyAlertSettings> = {},
  costs: CostSettings = DEFAULT_COST_SETTINGS,
) {
  return detectDailyAlerts(input, computeDailyMetrics(input, costs), {
    ...DEFAULT_ALERT_SETTINGS,
    ...settings,
  });
}

const GOOD_DAY = { orders: 15, revenue: 8_500_000, adSpend: 2_000_000, leads: 85 };
const WEAK_DAY = { orders: 8, revenue: 4_000_000, adSpend: 2_500_000, leads: 90 };

describe('detectDailyAlerts', () => {
  it('stays quiet on the docs/product.md good day 15 8tr5 2tr 85', () => {
    expect(alertsFor(GOOD_DAY)).toEqual([]);
  });

  it('warns of ROAS 1,60 under break-even and CVR 8,89 % under 10 % on the weak day 8 4tr 2tr5 90', () => {
    const alerts = alertsFor(WEAK_DAY);
    expect(alerts.map((a) => a.code)).toEqual(['roas-below-break-even', 'cvr-below-min']);
    const [roas, cvr] = alerts;
    expect(roas!.key).toBe('alert-roas-below-break-even');
    expect(roas!.params).toMatchObject({ roas: 1.6, adSpend: 2_500_000, revenue: 4_000_000 });
    expect(formatRatio(roas!.params.breakEvenRoas!, 'vi')).toBe('1,67');
    expect(cvr).toEqual({
      code: 'cvr-below-min',
      key: 'alert-cvr-below-min',
      params: { cvr: 8 / 90, minCvr: 0.1, orders: 8, leads: 90 },
      units: { cvr: 'fraction', minCvr: 'fraction', orders: 'count', leads: 'count' },
    });
    expect(formatPercent(cvr!.params.cvr!, 'vi')).toBe('8,89 %');
  });

  it('adds CPL above max_cpl between the two when the owner set a maximum', () => {
    const alerts = alertsFor(WEAK_DAY, { maxCpl: 25_000 });
    expect(alerts.map((a) => a.code)).toEqual(['roas-below-break-even', 'cpl-above-max', 'cvr-below-min']);
    expect(alerts[1]).toEqual({
      code: 'cpl-above-max',
      key: 'alert-cpl-above-max',
      params: { cpl: 27_778, maxCpl: 25_000, leads: 90, adSpend: 2_500_000 },
      units: { cpl: 'vnd', maxCpl: 'vnd', leads: 'count', adSpend: 'vnd' },
    });
  });

  it('compares the exact CPL, not the rounded one', () => {
    // 100.001 / 4 = 25.000,25: above a 25.000 maximum although it shows as 25.000.
    expect(
      alertsFor({ orders: 2, revenue: 1_000_000, adSpend: 100_001, leads: 4 }, { maxCpl: 25_000 }),
    ).toEqual([
      {
        code: 'cpl-above-max',
        key: 'alert-cpl-above-max',
        params: { cpl: 25_000, maxCpl: 25_000, leads: 4, adSpend: 100_001 },
        units: { cpl: 'vnd', maxCpl: 'vnd', leads: 'count', adSpend: 'vnd' },
      },
    ]);
    expect(
      alertsFor({ orders: 2, revenue: 1_000_000, adSpend: 100_000, leads: 4 }, { maxCpl: 25_000 }),
    ).toEqual([]);
  });

  it('says only "spent with no order" on a day of spend without orders', () => {
    expect(alertsFor({ orders: 0, revenue: 0, adSpend: 500_000, leads: 20 })).toEqual([
      {
        code: 'zero-orders-with-spend',
        key: 'alert-zero-orders-with-spend',
        params: { adSpend: 500_000, leads: 20 },
        units: { adSpend: 'vnd', leads: 'count' },
      },
    ]);
    expect(
      alertsFor({ orders: 0, revenue: 0, adSpend: 500_000, leads: 20 }, { maxCpl: 10_000 }).map(
        (a) => a.code,
      ),
    ).toEqual(['zero-orders-with-spend', 'cpl-above-max']);
  });

  it('leaves ROAS alone without ad spend and CVR alone without leads', () => {
    expect(alertsFor({ orders: 0, revenue: 0, adSpend: 0, leads: 0 })).toEqual([]);
    expect(alertsFor({ orders: 3, revenue: 600_000, adSpend: 0, leads: 0 })).toEqual([]);
    expect(alertsFor({ orders: 0, revenue: 0, adSpend: 0, leads: 12 }).map((a) => a.code)).toEqual([
      'cvr-below-min',
    ]);
  });

  it('stays quiet at exactly break-even ROAS and exactly the minimum CVR', () => {
    // Margin 0,6: 3.000.000 of ads on 5.000.000 of revenue is ROAS 5/3, exactly break-even.
    expect(alertsFor({ orders: 10, revenue: 5_000_000, adSpend: 3_000_000, leads: 100 })).toEqual([]);
  });

  it('uses the shop cost model for break-even', () => {
    const costs = { ...DEFAULT_COST_SETTINGS, cogsRatio: 0.7 }; // break-even ROAS 3,33
    expect(alertsFor(GOOD_DAY, {}, costs).map((a) => a.code)).toEqual([]);
    expect(alertsFor({ ...GOOD_DAY, adSpend: 3_000_000 }, {}, costs).map((a) => a.code)).toEqual([
      'roas-below-break-even',
    ]);
  });
});

describe('DAILY_ALERT_ORDER', () => {
  it('ranks money spent for nothing first, then losing ads, dear leads and idle leads', () => {
    expect(DAILY_ALERT_ORDER).toEqual([
      'zero-orders-with-spend',
      'roas-below-break-even',
      'cpl-above-max',
      'cvr-below-min',
    ]);
    expect(new Set(DAILY_ALERT_RULES.map((r) => r.key)).size).toBe(DAILY_ALERT_RULES.length);
  });
});

describe('DAILY_ALERT_RULES rows', () => {
  it('gives ROAS 4tr / 2tr5 = 1,6 against break-even 1 / 0,6 with the unit of each number', () => {
    const breakEven = expect.closeTo(1 / 0.6, 12);
    expect(alertsFor(WEAK_DAY)[0]).toEqual({
      code: 'roas-below-break-even',
      ...rendered('alert-roas-below-break-even', {
        ...{ roas: [1.6, 'ratio'], breakEvenRoas: [breakEven, 'ratio'] },
        ...{ adSpend: [2_500_000, 'vnd'], revenue: [4_000_000, 'vnd'] },
      }),
    });
  });

  it('has no CPL without leads, even with a maximum set', () => {
    // 300.000 of ads and no lead: no cost per lead to compare; ROAS 1tr / 300.000 = 3,33 is fine.
    expect(
      alertsFor({ orders: 2, revenue: 1_000_000, adSpend: 300_000, leads: 0 }, { maxCpl: 10_000 }),
    ).toEqual([]);
  });
});
