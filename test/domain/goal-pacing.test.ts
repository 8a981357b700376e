import { describe, expect, it } from 'vitest';
import {
  computeGoalPace,
  GOAL_METRICS,
  type GoalPaceInput,
  monthToDate,
} from '../../src/domain/goal-pacing.js';

const NOVEMBER: GoalPaceInput = {
  month: '2026-11',
  revenueTarget: 300_000_000,
  profitTarget: null,
  asOf: '2026-11-15',
  revenueToDate: 120_000_000,
  profitToDate: 30_000_000,
  daysRecorded: 15,
};

const pace = (patch: Partial<GoalPaceInput>) => computeGoalPace({ ...NOVEMBER, ...patch });

describe('computeGoalPace', () => {
  it('computes pro-rata target, pace, forecast and the daily run-rate still needed at mid-month', () => {
    expect(pace({})).toEqual({
      month: '2026-11',
      asOf: '2026-11-15',
      daysInMonth: 30,
      daysElapsed: 15,
      daysRemaining: 15,
      daysRecorded: 15,
      daysNotRecorded: 0,
      goalPaceRatio: 0.9,
      revenue: {
        target: 300_000_000,
        toDate: 120_000_000,
        proRataTarget: 150_000_000,
        pace: 0.8,
        forecast: 240_000_000,
        remaining: 180_000_000,
        requiredDailyRunRate: 12_000_000,
        onTrack: false,
      },
      profit: null,
    });
  });

  it('is on track at exactly the goal pace ratio and off it just under', () => {
    expect(pace({ revenueToDate: 135_000_000 }).revenue.onTrack).toBe(true);
    expect(pace({ revenueToDate: 134_999_999 }).revenue.onTrack).toBe(false);
    expect(pace({ revenueToDate: 134_999_999, goalPaceRatio: 0.8 }).revenue.onTrack).toBe(true);
  });

  it('forecasts on the basis of the pace: unrecorded past days count as nothing in both, and are named', () => {
    // 10 of 15 days recorded: 120tr over 15 elapsed days is 8tr a day, × 30 days = 240tr = 80 % of 300tr,
    // the same 80 % as the pace (120tr of a pro-rata 150tr); the 5 days not recorded are counted.
    const gaps = pace({ daysRecorded: 10 });
    expect(gaps.revenue.forecast).toBe(240_000_000);
    expect(gaps.revenue.pace).toBe(0.8);
    expect(gaps.daysNotRecorded).toBe(5);
  });

  it('never has a forecast that contradicts the pace: forecast / target is the pace', () => {
    for (const [asOf, toDate, recorded] of [
      ['2026-11-03', 1_000_000, 1],
      ['2026-11-22', 87_500_000, 14],
      ['2026-11-29', 400_000_000, 20],
    ] as const) {
      const { revenue } = pace({ asOf, revenueToDate: toDate, daysRecorded: recorded });
      expect(revenue.forecast! / revenue.target).toBeCloseTo(revenue.pace!, 8);
      // On pace ⇔ the forecast reaches the goal pace ratio of the target.
      expect(revenue.onTrack).toBe(revenue.forecast! >= 0.9 * revenue.target);
    }
  });

  it('rounds the run-rate still needed up to the next đồng', () => {
    expect(pace({ revenueToDate: 100_000_001 }).revenue.requiredDailyRunRate).toBe(13_333_334); // 13.333.333,27
    expect(pace({ revenueTarget: 100_000_000, revenueToDate: 0 }).revenue.requiredDailyRunRate).toBe(
      6_666_667,
    );
  });

  it('needs nothing more per day once the target is reached', () => {
    const reached = pace({ revenueToDate: 310_000_000 }).revenue;
    expect(reached).toMatchObject({ remaining: -10_000_000, requiredDailyRunRate: 0, onTrack: true });
  });

  it('has no run-rate to ask for once the month is over', () => {
    const over = pace({ asOf: '2026-12-03', revenueToDate: 280_000_000, daysRecorded: 30 });
    expect(over).toMatchObject({ daysElapsed: 30, daysRemaining: 0 });
    expect(over.revenue).toMatchObject({
      proRataTarget: 300_000_000,
      forecast: 280_000_000,
      requiredDailyRunRate: null,
    });
    expect(over.revenue.pace).toBeCloseTo(280 / 300, 15);
  });

  it('has not started before the month', () => {
    const early = pace({ asOf: '2026-10-31', revenueToDate: 0, daysRecorded: 0 });
    expect(early).toMatchObject({ daysElapsed: 0, daysRemaining: 30 });
    expect(early.revenue).toMatchObject({
      proRataTarget: 0,
      pace: null,
      forecast: null,
      requiredDailyRunRate: 10_000_000,
      onTrack: true,
    });
  });

  it('counts 29 days in February of a leap year', () => {
    const february = pace({ month: '2028-02', asOf: '2028-02-29', revenueTarget: 290_000_000 });
    expect(february).toMatchObject({ daysInMonth: 29, daysElapsed: 29 });
    expect(pace({ month: '2027-02', asOf: '2027-02-14' }).daysInMonth).toBe(28);
  });

  it('paces the profit target too', () => {
    const { profit } = pace({ profitTarget: 60_000_000, profitToDate: 20_000_000 });
    expect(profit).toMatchObject({
      target: 60_000_000,
      toDate: 20_000_000,
      proRataTarget: 30_000_000,
      forecast: 40_000_000,
      remaining: 40_000_000,
      requiredDailyRunRate: 2_666_667,
      onTrack: false,
    });
    expect(profit!.pace).toBeCloseTo(2 / 3, 15);
  });

  it('does not loosen a planned loss by the pace ratio', () => {
    const { profit } = pace({ profitTarget: -30_000_000, profitToDate: -14_000_000 });
    expect(profit).toMatchObject({ proRataTarget: -15_000_000, pace: null, onTrack: true });
    expect(pace({ profitTarget: -30_000_000, profitToDate: -16_000_000 }).profit?.onTrack).toBe(false);
  });

  it.each(['2026-13', '2026-1', 'nov'])('refuses the month %s', (month) => {
    expect(() => pace({ month })).toThrow(RangeError);
  });
});

describe('monthToDate', () => {
  it.each([
    ['2026-11', '2026-11-15', { start: '2026-11-01', end: '2026-11-15' }],
    ['2026-11', '2026-12-02', { start: '2026-11-01', end: '2026-11-30' }],
    ['2026-11', '2026-11-01', { start: '2026-11-01', end: '2026-11-01' }],
    ['2026-11', '2026-10-31', null],
  ])('%s as of %s is %j', (month, asOf, expected) => {
    expect(monthToDate(month, asOf)).toEqual(expected);
  });
});

describe('GOAL_METRICS', () => {
  it('gives the exact pro-rata target while the pace shows it rounded', () => {
    const g = pace({ revenueTarget: 100_000_000, asOf: '2026-11-01', profitTarget: 10_000_000 });
    expect(g.revenue.proRataTarget).toBe(3_333_333);
    expect(GOAL_METRICS.proRataRevenueTarget.exact(g)).toBeCloseTo(100_000_000 / 30, 6);
    expect(GOAL_METRICS.proRataProfitTarget.exact(g)).toBeCloseTo(10_000_000 / 30, 6);
    expect(GOAL_METRICS.profitToDate.exact(pace({}))).toBeNull();
  });
});
