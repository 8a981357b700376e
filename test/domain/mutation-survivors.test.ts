import { describe, expect, it } from 'vitest';
import {
  computeDailyMetrics,
  DEFAULT_COST_SETTINGS,
  toStoredMetrics,
} from '../../src/domain/daily-metrics.js';
import { moneyWordKind, parseCount, parseMoney } from '../../src/domain/money.js';
import {
  decomposeProfitChange,
  dominantCause,
  type ProfitPart,
} from '../../src/domain/profit-decomposition.js';
import { computeWeekPnl, type WeekTotals } from '../../src/domain/week-totals.js';
import { DEFAULT_WEEK_SETTINGS } from './week-fixtures.js';

// Cases that kill the mutants Stryker found surviving (npm run mutation), each worked by hand.

describe('parseMoney: inputs the other tests did not pin down', () => {
  it('reads a number before a unit only when it is all digits with at most one decimal point', () => {
    // `8.5.5` is no decimal number: refused, not read as 8.5 or 5.5 triệu.
    expect(parseMoney('8.5.5tr')).toEqual({ ok: false, error: 'invalid' });
    // The digits after `tr` go on after the implied decimal point only when they are plain digits.
    expect(parseMoney('8tr5.5')).toEqual({ ok: false, error: 'invalid' });
  });

  it('refuses a currency mark in the middle as invalid, not as a fraction', () => {
    expect(parseMoney('850 đ 000')).toEqual({ ok: false, error: 'invalid' });
  });

  it('divides exactly when the decimals go past the unit: 1,2340 nghìn = 1.234 ₫', () => {
    // digits 12340, scale 4, exponent 3: 12340 × 10^(3 − 4) = 1234, exact.
    expect(parseMoney('1.2340k')).toEqual({ ok: true, value: 1_234 });
    // 1,2345 nghìn = 1234,5 ₫: not a whole number of đồng.
    expect(parseMoney('1.2345k')).toEqual({ ok: false, error: 'fraction' });
  });
});

describe('parseMoney and moneyWordKind: signs and marks without a number', () => {
  it('refuses a lone minus, with or without a currency mark, as invalid', () => {
    // Nothing follows the sign: no amount to call negative.
    expect(parseMoney('-')).toEqual({ ok: false, error: 'invalid' });
    expect(parseMoney('- ₫')).toEqual({ ok: false, error: 'invalid' });
    // One mark is dropped from the end; the second one is left where no amount accepts it.
    expect(parseMoney('5 đ đ')).toEqual({ ok: false, error: 'invalid' });
  });

  it('names a word that is one unit, rưỡi or currency mark, and nothing else', () => {
    expect(moneyWordKind(' k ')).toBe('unit');
    expect(moneyWordKind('rưỡi')).toBe('half');
    expect(moneyWordKind('₫')).toBe('currency');
    // A number, a minus sign or a unit with its digits is no such word.
    expect(moneyWordKind('5')).toBeNull();
    expect(moneyWordKind('-')).toBeNull();
    expect(moneyWordKind('tr5')).toBeNull();
  });
});

describe('parseCount: inputs the other tests did not pin down', () => {
  it('ignores zero-width characters copied out of a chat: 1⁠5 = 15', () => {
    expect(parseCount('1\u200b5')).toEqual({ ok: true, value: 15 });
  });

  it('calls a minus with a space before the number negative', () => {
    expect(parseCount('- 5')).toEqual({ ok: false, error: 'negative' });
  });

  it('calls 12.5 and 12,5 fractions, whatever the number of digits before the point', () => {
    expect(parseCount('12.5')).toEqual({ ok: false, error: 'fraction' });
    expect(parseCount('12,5')).toEqual({ ok: false, error: 'fraction' });
    // 12,0 is a whole 12.
    expect(parseCount('12,0')).toEqual({ ok: true, value: 12 });
  });
});

describe('toStoredMetrics: a day without ad spend', () => {
  it('stores no ROAS (not 0) when nothing was spent on ads', () => {
    // 15 orders, 8.500.000 ₫, no ads, 85 leads: ROAS is undefined; CVR 15 / 85 = 17,647 % → 17,65.
    const m = computeDailyMetrics(
      { orders: 15, revenue: 8_500_000, adSpend: 0, leads: 85 },
      DEFAULT_COST_SETTINGS,
    );
    expect(toStoredMetrics(m)).toMatchObject({ roas: null, cvrPercent: 17.65, flags: [] });
  });
});

const part = (factor: ProfitPart['factor'], amount: number): ProfitPart => ({
  factor,
  amount,
  previous: 0,
  current: 0,
});

describe('dominantCause: which part is named', () => {
  it('names the earlier factor when two parts are equally large', () => {
    // −100 = −50 (leads) − 50 (cvr): a tie, and leads comes first.
    const cause = dominantCause({ total: -100, parts: [part('leads', -50), part('cvr', -50)] });
    expect(cause).toMatchObject({ part: { factor: 'leads' }, share: 0.5 });
  });

  it('never names a part that moved against the change, even when it is the last one', () => {
    // +100 = +150 (aov) − 50 (cpl): aov explains 150 / 100 = 1,5 — more than all of it.
    const cause = dominantCause({ total: 100, parts: [part('aov', 150), part('cpl', -50)] });
    expect(cause).toMatchObject({ part: { factor: 'aov' }, share: 1.5 });
    // −100 = +20 (leads) − 120 (margin) … the fall is margin's: 120 / 100 = 1,2.
    const fall = dominantCause({ total: -100, parts: [part('leads', 20), part('margin', -120)] });
    expect(fall).toMatchObject({ part: { factor: 'margin' }, share: 1.2 });
  });
});

describe('dominantCause: the part in the direction of the change', () => {
  it('names the largest part in the direction of the change, not the first one', () => {
    // −100 = −20 (leads) − 80 (cvr): cvr explains 80 / 100 = 0,8 of the fall.
    const cause = dominantCause({ total: -100, parts: [part('leads', -20), part('cvr', -80)] });
    expect(cause).toMatchObject({ part: { factor: 'cvr' }, share: 0.8 });
  });

  it('names nothing when every part moved against the change or not at all', () => {
    // +100 with parts −30 (leads) and 0 (cvr): neither raised profit.
    expect(dominantCause({ total: 100, parts: [part('leads', -30), part('cvr', 0)] })).toBeNull();
  });

  it('names nothing when profit did not change, even if parts moved both ways', () => {
    // 0 = +40 (leads) − 40 (cvr).
    expect(dominantCause({ total: 0, parts: [part('leads', 40), part('cvr', -40)] })).toBeNull();
  });
});

/** 20 orders, 10.000.000 ₫, 2.000.000 ₫ ads, 100 leads, COGS 40 %: net profit 6.000.000 − 2.000.000 = 4.000.000 ₫. */
const WEEK: WeekTotals = {
  orders: 20,
  revenue: 10_000_000,
  adSpend: 2_000_000,
  leads: 100,
  cogs: 4_000_000,
  returnedRevenue: 0,
  shippingCost: 0,
  paymentFees: 0,
  fixedCost: 0,
  daysRecorded: 7,
  daysInPeriod: 7,
};

describe('decomposeProfitChange: net profits that are not the model’s to the đồng', () => {
  // A WeekPnl built elsewhere may carry a net profit a few đồng off the model's; the parts still add up to
  // the change, and a factor that did not change still gets 0.
  const before = computeWeekPnl(WEEK, DEFAULT_WEEK_SETTINGS);

  it('leaves every part at 0 when no factor changed, whatever the change', () => {
    const up = decomposeProfitChange({ ...before, netProfit: 4_000_002 }, before);
    expect(up.total).toBe(2);
    expect(up.parts?.map((p) => p.amount)).toEqual([0, 0, 0, 0, 0]);
    const down = decomposeProfitChange({ ...before, netProfit: 3_999_998 }, before);
    expect(down.total).toBe(-2);
    expect(down.parts?.map((p) => p.amount)).toEqual([0, 0, 0, 0, 0]);
  });

  it('takes units off the only factor that changed, never off the unchanged ones', () => {
    // Ads 2tr → 3tr: CPL 20.000 → 30.000 ₫, Shapley value −100 × 10.000 = −1.000.000 ₫. Net profit given as
    // 2.999.997 instead of 3.000.000: the change is −1.000.003 ₫, and CPL takes all three extra units.
    const after = computeWeekPnl({ ...WEEK, adSpend: 3_000_000 }, DEFAULT_WEEK_SETTINGS);
    const decomposition = decomposeProfitChange({ ...after, netProfit: 2_999_997 }, before);
    expect(decomposition.total).toBe(-1_000_003);
    expect(decomposition.parts?.map((p) => [p.factor, p.amount])).toEqual([
      ['leads', 0],
      ['cvr', 0],
      ['aov', 0],
      ['margin', 0],
      ['cpl', -1_000_003],
    ]);
  });

  it('takes units off in turn from the last factor back when two factors share equal remainders', () => {
    // CPL −1.000.000 ₫ (ads 2tr → 3tr) and fixed costs 0 → 7 × 100.000 = −700.000 ₫, both whole (remainder
    // 0). Net profit 2.299.996 instead of 2.300.000: four units off, fixed, cpl, fixed, cpl.
    const after = computeWeekPnl(
      { ...WEEK, adSpend: 3_000_000, fixedCost: 700_000 },
      { ...DEFAULT_WEEK_SETTINGS, dailyFixedCost: 100_000 },
    );
    expect(after.netProfit).toBe(2_300_000);
    const decomposition = decomposeProfitChange({ ...after, netProfit: 2_299_996 }, before);
    expect(decomposition.total).toBe(-1_700_004);
    expect(decomposition.parts?.map((p) => [p.factor, p.amount])).toEqual([
      ['leads', 0],
      ['cvr', 0],
      ['aov', 0],
      ['margin', 0],
      ['cpl', -1_000_002],
      ['fixed', -700_002],
    ]);
  });
});
